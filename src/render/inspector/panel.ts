import { html } from 'lit';

/** The side panel that holds one inspector: a heading, a close button, and the fields. */
export function inspectorPanel(label: string, heading: unknown, close: () => void, body: unknown) {
  return html`<aside class="inspector no-pan" aria-label=${label}>
    <form @submit=${(event: Event) => event.preventDefault()}>
      <div class="inspector-head">
        <h3>${heading}</h3>
        <button type="button" class="close" aria-label=${`Close ${label.toLowerCase()}`} title="Close (Esc)" @click=${close}>✕</button>
      </div>
      ${body}
    </form>
  </aside>`;
}
