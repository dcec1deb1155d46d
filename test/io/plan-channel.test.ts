import { expect } from '@open-wc/testing';
import { PlanChannel, type PlanSavedMessage } from '../../src/io/plan-channel.js';
import { uniqueId, withGlobal } from './storage-fixtures.js';

const nextMessage = (channel: PlanChannel, planId: string): Promise<PlanSavedMessage> =>
  new Promise((resolve) => {
    const unsubscribe = channel.subscribe(planId, (message) => {
      unsubscribe();
      resolve(message);
    });
  });

describe('PlanChannel', () => {
  const channels: PlanChannel[] = [];
  const open = (): PlanChannel => {
    const channel = new PlanChannel();
    channels.push(channel);
    return channel;
  };
  afterEach(() => channels.splice(0).forEach((channel) => channel.close()));

  it('gives each instance its own sender id', () => {
    expect(open().sender).to.not.equal(open().sender);
  });

  it('delivers posts to other instances but not to the sender', async () => {
    const a = open();
    const b = open();
    const planId = uniqueId('channel');
    const heardByA: PlanSavedMessage[] = [];
    const heardByB: PlanSavedMessage[] = [];
    a.subscribe(planId, (message) => heardByA.push(message));
    b.subscribe(planId, (message) => heardByB.push(message));
    // The browser hands a message to channels in the order they were opened: once this newest one has a message,
    // every other instance has had its chance to hear it.
    const last = open();

    const bHears = nextMessage(b, planId);
    const lastHearsA = nextMessage(last, planId);
    a.post(planId, { savedAt: '2026-03-02T09:00:00.000Z' });
    expect(await bHears).to.deep.equal({ planId, savedAt: '2026-03-02T09:00:00.000Z', sender: a.sender });
    expect((await lastHearsA).sender).to.equal(a.sender);
    expect(heardByA, 'a does not hear its own post').to.deep.equal([]);

    const aHears = nextMessage(a, planId);
    const lastHearsB = nextMessage(last, planId);
    b.post(planId, { savedAt: '2026-03-02T09:00:01.000Z' });
    expect((await aHears).sender).to.equal(b.sender);
    expect((await lastHearsB).sender).to.equal(b.sender);
    expect(heardByA.map((message) => message.sender)).to.deep.equal([b.sender]);
    expect(
      heardByB.map((message) => message.sender),
      'b does not hear its own post',
    ).to.deep.equal([a.sender]);
  });

  it('only calls subscribers of the saved plan id, and not after unsubscribing', async () => {
    const a = open();
    const b = open();
    const planId = uniqueId('channel');
    const other: PlanSavedMessage[] = [];
    const unsubscribed: PlanSavedMessage[] = [];
    b.subscribe(uniqueId('other'), (message) => other.push(message));
    b.subscribe(planId, (message) => unsubscribed.push(message))();
    const heard = nextMessage(b, planId);
    a.post(planId, { savedAt: '2026-03-02T09:00:00.000Z' });
    // b calls its listeners for a message one after another in the same task: when one of them has heard it, the
    // others have been called or passed over.
    expect((await heard).sender).to.equal(a.sender);
    expect(other).to.deep.equal([]);
    expect(unsubscribed).to.deep.equal([]);
  });

  it('ignores messages that are not plan notifications', async () => {
    const b = open();
    const planId = uniqueId('channel');
    const heard: PlanSavedMessage[] = [];
    b.subscribe(planId, (message) => heard.push(message));
    const valid = nextMessage(b, planId);
    const raw = new BroadcastChannel('map-timeline');
    raw.postMessage({ planId });
    raw.postMessage('hello');
    // Messages from one channel arrive in the order they were posted: this one comes after the two above.
    raw.postMessage({ planId, savedAt: '2026-03-02T09:00:00.000Z', sender: 'another-tab' });
    expect((await valid).sender).to.equal('another-tab');
    raw.close();
    expect(heard.map((message) => message.sender)).to.deep.equal(['another-tab']);
  });

  it('does nothing, without throwing, when BroadcastChannel is missing', async () => {
    await withGlobal('BroadcastChannel', undefined, () => {
      const channel = new PlanChannel();
      const unsubscribe = channel.subscribe('x', () => undefined);
      channel.post('x', { savedAt: '2026-03-02T09:00:00.000Z' });
      unsubscribe();
      channel.close();
    });
  });
});
