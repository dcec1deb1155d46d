// The demo's token endpoint: who a page says it is, as the others will see it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenAnswer } from '../../scripts/collab-dev-server.mjs';
import { verifyToken } from '../../server/token.mjs';

const SECRET = 'a test secret that is long enough';
const nameIn = async (query: string): Promise<string | undefined> => {
  const { status, body } = await tokenAnswer(new URLSearchParams(query), { secret: SECRET, url: 'ws://localhost:1' });
  assert.equal(status, 200);
  const { token, name } = body as { token: string; name: string };
  assert.equal((await verifyToken(token, SECRET)).name, name, 'the token names whom the answer names');
  return name;
};

describe('the demo’s token endpoint', () => {
  it('names each side plainly unless the page asks for a name', async () => {
    assert.equal(await nameIn('room=r&side=seller'), 'Seller');
    assert.equal(await nameIn('room=r&side=buyer'), 'Buyer');
    assert.equal(await nameIn('room=r&side=seller&name=Maya%20Chen'), 'Maya Chen');
  });

  it('keeps a name to 40 printable characters, and an empty one falls back to the side', async () => {
    assert.equal(
      await nameIn(`room=r&side=buyer&name=${encodeURIComponent(`Pri\u0007ya\u202E ${'x'.repeat(60)}`)}`),
      `Priya ${'x'.repeat(34)}`,
    );
    assert.equal(await nameIn('room=r&side=buyer&name=%20%20'), 'Buyer');
  });
});
