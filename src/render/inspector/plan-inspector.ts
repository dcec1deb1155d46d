import { html, nothing } from 'lit';
import { defaultCalendar } from '../../model/calendar.js';
import { formatShortDate } from '../../model/dates.js';
import { AGREEMENT_STATUSES, type AgreementStatus, type Calendar, type Plan } from '../../model/types.js';
import { AGREEMENT } from '../header.js';
import { dateField, selectField, textField } from './fields.js';
import { inspectorPanel } from './panel.js';

export type PlanField = 'title' | 'status' | 'targetDate' | 'targetItemId' | 'calendar';

export interface PlanActions {
  update(patch: Partial<Pick<Plan, PlanField>>): void;
  refuse(field: string, message: string): void;
  close(): void;
}

export interface PlanInspectorProps {
  plan: Plan;
  errors: ReadonlyMap<string, string>;
  /** Fields that show the plan's value again in place of an entry refused before the plan changed. */
  outdated?: ReadonlySet<string>;
  actions: PlanActions;
  /** Why this page may not change the agreement, when it may not (a buyer's page of a live plan). */
  agreementLocked?: string | undefined;
}

const agreementLabel = (status: AgreementStatus): string =>
  `${AGREEMENT[status].tone.toUpperCase()} · ${AGREEMENT[status].label}`;

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** The deal itself: title, agreement, target date and step, working days and holidays. */
export function planInspector({ plan, errors, outdated, actions, agreementLocked }: PlanInspectorProps) {
  const calendar = plan.calendar;
  const setCalendar = (next: Calendar | undefined) => actions.update({ calendar: next });
  const toggleDay = (day: number, on: boolean) => {
    if (!calendar) return;
    const workdays = on
      ? [...calendar.workdays, day].sort((a, b) => a - b)
      : calendar.workdays.filter((other) => other !== day);
    if (workdays.length === 0) return actions.refuse('calendar', 'Keep at least one working day.');
    setCalendar({ ...calendar, workdays });
  };
  const holidays = calendar?.holidays ?? [];
  const body = html`
    ${textField('Plan title', 'planTitle', plan.title, (title) => title && actions.update({ title }), {
      required: true,
      error: errors.get('title'),
      refuse: (message) => actions.refuse('title', message),
    })}
    ${
      agreementLocked
        ? html`<div class="field"><span class="field-label">Agreement</span>
            <span>${agreementLabel(plan.status ?? 'vague')}</span><p class="field-hint">${agreementLocked}</p></div>`
        : selectField(
            'Agreement',
            'status',
            plan.status ?? 'vague',
            AGREEMENT_STATUSES.map((status) => ({ value: status, label: agreementLabel(status) })),
            (status) => actions.update({ status: status as AgreementStatus }),
          )
    }
    <div class="field-row">
      ${dateField({
        name: 'targetDate',
        label: 'Target date',
        value: plan.targetDate ?? '',
        error: errors.get('targetDate'),
        outdated: outdated?.has('targetDate') ?? false,
        hint: plan.targetDate ? nothing : 'The date the buyer needs the plan finished by.',
        commit: (targetDate) => actions.update({ targetDate: targetDate || undefined }),
        refuse: (message) => actions.refuse('targetDate', message),
      })}
      ${plan.targetDate ? html`<button type="button" class="secondary" @click=${() => actions.update({ targetDate: undefined })}>Clear</button>` : nothing}
    </div>
    ${selectField(
      'Target step',
      'targetItemId',
      plan.targetItemId ?? '',
      [
        { value: '', label: 'The step that ends last' },
        ...plan.items.map((item) => ({ value: item.id, label: item.title })),
      ],
      (id) => actions.update({ targetItemId: id || undefined }),
    )}
    <fieldset class="calendar">
      <legend>Working days</legend>
      <label class="check"><input type="checkbox" name="useCalendar" .checked=${calendar !== undefined}
        @change=${(event: Event) => setCalendar((event.target as HTMLInputElement).checked ? defaultCalendar() : undefined)} />
        <span>Count working days only (moves and durations skip the days off)</span></label>
      ${
        calendar
          ? html`<div class="weekdays" role="group" aria-label="Working weekdays">
        ${WEEK_ORDER.map(
          (
            day,
          ) => html`<label class="day"><input type="checkbox" name=${`workday-${day}`} .checked=${calendar.workdays.includes(day)}
          @change=${(event: Event) => toggleDay(day, (event.target as HTMLInputElement).checked)} /><span>${WEEKDAY_NAMES[day]}</span></label>`,
        )}
      </div>
      ${errors.get('calendar') ? html`<span class="field-error" role="alert">${errors.get('calendar')}</span>` : nothing}
      <ul class="holidays" aria-label="Holidays">
        ${holidays.map(
          (day) => html`<li><span>${formatShortDate(day, true)}</span>
          <button type="button" class="chip-remove" aria-label=${`Remove the holiday ${formatShortDate(day, true)}`}
            @click=${() => setCalendar({ ...calendar, holidays: holidays.filter((other) => other !== day) })}>✕</button></li>`,
        )}
      </ul>
      ${dateField({
        name: 'holiday',
        label: 'Add a holiday',
        value: '',
        error: errors.get('holiday'),
        clearOnCommit: true,
        commit: (day) => {
          if (day && !holidays.includes(day)) setCalendar({ ...calendar, holidays: [...holidays, day].sort() });
        },
        refuse: (message) => actions.refuse('holiday', message),
      })}`
          : nothing
      }
    </fieldset>`;
  return inspectorPanel('Plan settings', 'Plan settings', actions.close, body);
}
