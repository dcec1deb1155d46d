import { html, render } from 'lit';

const TIMEOUT_MS = { info: 3500, error: 9000 } as const;

/** A short message in the corner; errors stay longer. Text only: messages may quote plan data. */
export function toast(message: string, options: { tone?: 'info' | 'error'; title?: string } = {}): void {
  const tone = options.tone ?? 'info';
  const container = document.getElementById('toasts');
  if (!container) return;
  const node = document.createElement('div');
  node.className = `toast ${tone}`;
  node.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  render(html`${options.title ? html`<strong>${options.title}</strong>` : null}${message}`, node);
  node.title = 'Click to dismiss';
  node.addEventListener('click', () => node.remove());
  container.append(node);
  window.setTimeout(() => node.remove(), TIMEOUT_MS[tone]);
}
