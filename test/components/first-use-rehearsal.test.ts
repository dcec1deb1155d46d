import { expect } from '@open-wc/testing';
import { defineMapTimeline } from '../../src/index.js';
import type { MapTimeline } from '../../src/components/map-timeline.js';
import { restsUntil } from '../support/frames.js';

const EVENTS = ['map-change', 'map-preview', 'map-select', 'map-load', 'map-error'];

describe('<map-timeline> rehearsing its first use', () => {
  it('draws a plan and moves a step unseen once the page rests, then leaves nothing behind', async () => {
    const added: Element[] = [];
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        added.push(...[...record.addedNodes].filter((node): node is Element => node instanceof Element));
        removed.push(...record.removedNodes);
      }
    });
    observer.observe(document.body, { childList: true });
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(event.type);
    for (const type of EVENTS) window.addEventListener(type, listen, { capture: true });
    try {
      // A new definition asks for a rehearsal of its own; each of its elements reports what it drew and the edit.
      defineMapTimeline('rehearsed-timeline');
      const seen: { drawn: number; moved: string | undefined; stage: Node }[] = [];
      const prototype = customElements.get('rehearsed-timeline')!.prototype as MapTimeline;
      const updateItem = prototype.updateItem;
      prototype.updateItem = function (this: MapTimeline, ...args: Parameters<MapTimeline['updateItem']>) {
        const result = updateItem.apply(this, args);
        seen.push({
          drawn: this.shadowRoot!.querySelectorAll('[data-item-id]').length,
          moved: this.getPlan().items.find((item) => item.id === args[0])?.start,
          stage: (this.getRootNode() as ShadowRoot).host,
        });
        return result;
      };

      await restsUntil(() => seen.length > 0 && removed.includes(seen[0]!.stage), 'the rehearsal is taken away');
      // The element defined when the page loaded may have rehearsed meanwhile too: each leaves nothing behind.
      await restsUntil(() => added.every((node) => !node.isConnected), 'every rehearsal is taken away');
      expect(seen, 'one edit, of a plan drawn').to.have.length(1);
      expect(seen[0]!.drawn, 'steps drawn before the edit').to.be.greaterThan(3);
      expect(seen[0]!.moved, 'the step moved').to.equal('2026-03-15');
      const { stage } = seen[0]!;
      expect(added, 'put on the page').to.include(stage);
      expect(stage instanceof Element && stage.hasAttribute('inert') && stage.getAttribute('aria-hidden')).to.equal(
        'true',
      );
      expect((stage as Element).shadowRoot, 'its content closed to the page').to.equal(null);
      expect(
        removed.filter((node) => node === stage),
        'taken away once',
      ).to.have.length(1);
      expect(heard, 'no event reached the page').to.deep.equal([]);
    } finally {
      observer.disconnect();
      for (const type of EVENTS) window.removeEventListener(type, listen, { capture: true });
    }
  });
});
