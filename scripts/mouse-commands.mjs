// Test-runner commands for mouse input that `sendMouse` cannot send: one press the browser counts as a double-click,
// as Puppeteer's `mouse.click(x, y, { clickCount: 2 })` and automation tools send it.

/** A plugin for @web/test-runner with the Chrome launcher: `executeServerCommand('double-press', { x, y })`. */
export function mouseCommands() {
  return {
    name: 'map-timeline:mouse-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'double-press') return undefined;
      const page = session.browser.getPage(session.id);
      await page.mouse.click(payload.x, payload.y, { clickCount: 2 });
      return true;
    },
  };
}
