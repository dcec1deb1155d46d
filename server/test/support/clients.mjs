// Pages as the server sees them: Hocuspocus providers over `ws`, each with its own Y.Doc.
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A provider for `room` on the server at `url`; `doc` lets a page keep its document across connections. */
export function connect(url, room, token, doc = new Y.Doc()) {
  return new HocuspocusProvider({ url, name: room, token, document: doc, WebSocketPolyfill: WebSocket });
}

/** The first `event` of `emitter` whose payload passes `test`. */
export function nextEvent(emitter, event, test = () => true) {
  return new Promise((resolve) => {
    const listener = (payload) => {
      if (!test(payload)) return;
      emitter.off(event, listener);
      resolve(payload);
    };
    emitter.on(event, listener);
  });
}

/** Resolves when the page is synced with the room; rejects with the server's reason when it is refused. */
export function synced(provider) {
  if (provider.isSynced) return Promise.resolve(provider);
  return new Promise((resolve, reject) => {
    nextEvent(provider, 'synced').then(() => resolve(provider));
    nextEvent(provider, 'authenticationFailed').then(({ reason }) => reject(new Error(`refused: ${reason}`)));
  });
}

/** The reason the server gives for refusing the page; rejects when the page is let in instead. */
export function refusal(provider) {
  return new Promise((resolve, reject) => {
    nextEvent(provider, 'authenticationFailed').then(({ reason }) => resolve(reason));
    nextEvent(provider, 'synced').then(() => reject(new Error(`${provider.configuration.name} was let in`)));
  });
}

/** Resolves when the page's shared map `plan` has `key`, with its value. */
export function whenPlanHas(doc, key) {
  const plan = doc.getMap('plan');
  if (plan.has(key)) return Promise.resolve(plan.get(key));
  return new Promise((resolve) => {
    const observer = () => {
      if (!plan.has(key)) return;
      plan.unobserve(observer);
      resolve(plan.get(key));
    };
    plan.observe(observer);
  });
}

/** Resolves when another page's presence has `field` (awareness crosses the server like document updates). */
export function whenPresenceHas(provider, field) {
  const find = () => [...provider.awareness.getStates().values()].find((state) => field in state)?.[field];
  if (find() !== undefined) return Promise.resolve(find());
  return nextEvent(provider, 'awarenessChange', () => find() !== undefined).then(find);
}

export const planOf = (doc) => doc.getMap('plan').toJSON();

/**
 * Closes a page for good; use it instead of `destroy()`. Provider 3.4.4 schedules a reconnection when its socket
 * closes, and that timer survives `destroy()` and turns reconnecting back on, so a destroyed page would retry forever
 * once its server is gone and keep the test process alive.
 */
export function leave(provider) {
  const socket = provider.configuration.websocketProvider;
  provider.destroy();
  socket.connect = async () => {};
}
