// The share strip and the others' selections and drags, drawn as plain DOM inside the collaboration chunk, so the
// main bundle carries none of it. Names are always text (textContent), never HTML.

export type ConnectionState = 'connecting' | 'live' | 'offline' | 'reconnecting' | 'refused';

/** What one person in the room shows the others: who, what is selected, and the step being dragged. */
export interface Presence {
  name: string;
  color: string;
  selected?: string[];
  drag?: { itemId: string; start: string; end: string; partyId: string };
}

export interface Person extends Presence {
  clientID: number;
}

/** The part of the element's scene the overlay needs: where steps and lanes are, and the day → x mapping. */
export interface SceneView {
  layout: {
    byId: ReadonlyMap<string, { x: number; y: number; width: number; height: number; item: { partyId: string } }>;
    lanes: readonly { party: { id: string }; y: number }[];
  };
  scale: { x(date: string): number; dayWidth: number };
}

/**
 * The others, each once: a seller is in both rooms under one id, with the shared steps they point at in the shared
 * room's presence and the internal ones in the internal room's.
 */
export function mergePeople(rooms: readonly Map<number, Record<string, unknown>>[], self: number): Person[] {
  const people = new Map<number, Person>();
  for (const states of rooms)
    for (const [clientID, state] of states) {
      if (clientID === self || typeof state['name'] !== 'string') continue;
      const presence = state as unknown as Presence;
      const known = people.get(clientID);
      const selected = [...(known?.selected ?? []), ...(presence.selected ?? [])];
      const drag = presence.drag ?? known?.drag;
      people.set(clientID, {
        ...(known ?? { name: presence.name, color: presence.color, clientID }),
        ...(selected.length ? { selected } : {}),
        ...(drag ? { drag } : {}),
      });
    }
  return [...people.values()];
}

const CONNECTION: Record<ConnectionState, [label: string, hint: string]> = {
  connecting: ['Connecting…', 'Joining the shared plan'],
  live: ['Live', 'Changes are shared as you make them'],
  offline: ['Offline · saving locally', 'Changes are kept in this browser and shared on reconnect'],
  reconnecting: ['Reconnecting…', 'Changes are kept in this browser meanwhile'],
  refused: ['Not shared', 'The server refused the access token'],
};

/** A colour a person chose, if it is one: anything else falls back to grey. */
export const personColor = (color: unknown): string =>
  typeof color === 'string' && /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([\d\s.,%]+\))$/i.test(color.trim())
    ? color.trim()
    : '#64748b';

export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .map((word) => word.match(/\p{L}|\p{N}/u)?.[0])
    .filter((letter): letter is string => letter !== undefined)
    .slice(0, 2)
    .join('')
    .toUpperCase() || '?';

const element = (tag: string, className: string, text?: string): HTMLElement => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** The header's share strip: connection state and one avatar (initials, full name beside it) per person. */
export function drawStrip(
  strip: HTMLElement,
  state: ConnectionState,
  people: readonly Person[],
  reason?: string,
): void {
  const [label, hint] = CONNECTION[state];
  const connection = element('span', `connection ${state}`, label);
  connection.setAttribute('role', 'status');
  connection.title = reason ?? hint;
  const avatars = people.map((person) => {
    const chip = element('span', 'person');
    chip.title = person.name;
    const avatar = element('span', 'avatar', initials(person.name));
    avatar.style.background = personColor(person.color);
    chip.append(avatar, element('span', 'name', person.name));
    return chip;
  });
  strip.replaceChildren(connection, ...avatars);
}

const place = (node: HTMLElement, box: { left: number; top: number; width: number; height: number }): void => {
  Object.assign(node.style, {
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
  });
};

/** The height a person's name takes above the step they drag. */
const NAME_ROOM = 20;

/** Each person's selection outlined in their colour, and the step they drag as a ghost where they hold it. */
export function drawOverlay(
  overlay: HTMLElement,
  scene: SceneView,
  people: readonly Person[],
  origin: [number, number],
) {
  const [left, top] = origin;
  const marks: HTMLElement[] = [];
  for (const person of people) {
    const color = personColor(person.color);
    for (const id of person.selected ?? []) {
      const box = scene.layout.byId.get(id);
      if (!box || person.drag?.itemId === id) continue;
      const outline = element('div', 'peer-outline');
      outline.dataset['person'] = person.name;
      outline.style.borderColor = color;
      place(outline, { left: left + box.x - 3, top: top + box.y - 3, width: box.width + 6, height: box.height + 6 });
      marks.push(outline);
    }
    const box = person.drag && scene.layout.byId.get(person.drag.itemId);
    if (!person.drag || !box) continue;
    const { start, end, partyId } = person.drag;
    const laneY = (id: string) => scene.layout.lanes.find((lane) => lane.party.id === id)?.y;
    const y = box.y + ((laneY(partyId) ?? 0) - (laneY(box.item.partyId) ?? 0));
    const x = scene.scale.x(start);
    const width = Math.max(box.height, scene.scale.x(end) + scene.scale.dayWidth - x);
    const ghost = element('div', 'peer-ghost');
    ghost.dataset['person'] = person.name;
    ghost.style.borderColor = color;
    place(ghost, { left: left + x, top: top + y, width, height: box.height });
    const name = element('span', 'peer-name', person.name);
    name.style.background = color;
    // Above the ghost, unless that would put it under the axis: a drag in a lane's first row names its person below.
    if (y < NAME_ROOM) name.classList.add('below');
    ghost.append(name);
    marks.push(ghost);
  }
  overlay.replaceChildren(...marks);
}

export const PRESENCE_CSS = `
  .presence { display: inline-flex; align-items: center; gap: 6px; margin-left: 8px; font-size: calc(12px * var(--mt-font-scale, 1)); }
  .connection { padding: 2px 8px; border-radius: 999px; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
  .connection.live { color: #15803d; }
  .connection.offline, .connection.reconnecting, .connection.connecting { color: #b45309; }
  .connection.refused { color: #b91c1c; }
  /* Never past the title bar's edge: names give way once the title is as narrow as it may be (cut short, then left to
     the avatars' tooltips). */
  .titlebar > .presence { flex-shrink: 1; min-width: 0; }
  .person { display: inline-flex; align-items: center; gap: 4px; max-width: 12em; min-width: 0; }
  .presence:has(> .person ~ .person ~ .person) .person .name { display: none; }
  .avatar { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 50%; color: #fff;
    font-size: 10px; font-weight: 700; flex-shrink: 0; }
  .person .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 3.5em; }
  .presence-overlay { position: absolute; left: 0; top: 0; pointer-events: none; }
  /* Over the steps, under the sticky lane heads and axis: a step scrolled under them takes its outline along. */
  .peer-outline, .peer-ghost { position: absolute; z-index: 1; pointer-events: none; border: 2px solid; border-radius: 6px;
    box-sizing: border-box; }
  .peer-ghost { border-style: dashed; background: rgba(100, 116, 139, 0.12); }
  .peer-name { position: absolute; left: -2px; bottom: 100%; padding: 1px 6px; border-radius: 4px 4px 4px 0; color: #fff;
    font-size: 11px; font-weight: 600; white-space: nowrap; }
  .peer-name.below { bottom: auto; top: 100%; border-radius: 0 4px 4px 4px; }
`;
