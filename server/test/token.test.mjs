import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessTo, mintToken, readClaims, TokenError, verifyToken } from '../token.mjs';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
const EXP = NOW / 1000 + 3600;
const seller = { room: 'acme-deal', side: 'seller', write: true, name: 'Ana', exp: EXP };
const codeOf = async (promise) =>
  (
    await promise.then(
      () => null,
      (error) => error,
    )
  )?.code;

test('a minted token verifies to its claims, and any page can read them without the secret', async () => {
  const token = await mintToken(seller, SECRET);
  assert.match(token, /^[\w-]+\.[\w-]+$/);
  assert.deepEqual(await verifyToken(token, SECRET, NOW), seller);
  assert.deepEqual(readClaims(token), seller);
});

test('minting fills write (true) and exp (twelve hours on), and refuses bad claims', async () => {
  const claims = readClaims(await mintToken({ room: 'acme-deal', side: 'buyer', name: 'Bea' }, SECRET));
  assert.equal(claims.write, true);
  assert.ok(Math.abs(claims.exp - (Date.now() / 1000 + 12 * 3600)) < 60);
  await assert.rejects(mintToken({ ...seller, side: 'partner' }, SECRET), /`side` must be "seller" or "buyer"/);
  await assert.rejects(mintToken({ ...seller, room: '' }, SECRET), /`room` must be a non-empty string/);
  await assert.rejects(mintToken({ ...seller, exp: 1.5 }, SECRET), /`exp` must be whole seconds/);
  await assert.rejects(mintToken({ ...seller, room: 'acme-deal#internal' }, SECRET), /mint it for the plan id/);
  await assert.rejects(mintToken(seller, ''), /secret must be a non-empty string/);
});

test('a changed claim, another secret, an expired or garbled token is refused with its code', async () => {
  const token = await mintToken(seller, SECRET);
  const [, signature] = token.split('.');
  const forged = `${Buffer.from(JSON.stringify({ ...seller, side: 'buyer' })).toString('base64url')}.${signature}`;
  assert.equal(await codeOf(verifyToken(forged, SECRET, NOW)), 'token-bad-signature');
  assert.equal(await codeOf(verifyToken(token, `${SECRET}!`, NOW)), 'token-bad-signature');
  assert.equal(await codeOf(verifyToken(token, SECRET, EXP * 1000)), 'token-expired');
  assert.equal(await codeOf(verifyToken(token, SECRET, EXP * 1000 - 1)), undefined);
  for (const garbled of ['abc', 'a.b.c', `${token}=`, '.x', `${token.split('.')[0]}.`]) {
    assert.equal(await codeOf(verifyToken(garbled, SECRET, NOW)), 'token-malformed', garbled);
  }
  assert.equal(await codeOf(verifyToken('', SECRET, NOW)), 'token-missing');
  assert.equal(readClaims('nonsense'), null);
});

test('a token opens its room; a seller’s also opens the internal room; a buyer never opens an internal room', () => {
  const buyer = { ...seller, side: 'buyer' };
  assert.deepEqual(accessTo(seller, 'acme-deal'), { readOnly: false });
  assert.deepEqual(accessTo(seller, 'acme-deal#internal'), { readOnly: false });
  assert.deepEqual(accessTo({ ...seller, write: false }, 'acme-deal#internal'), { readOnly: true });
  assert.deepEqual(accessTo({ ...buyer, write: false }, 'acme-deal'), { readOnly: true });
  const refused = (claims, room) => {
    try {
      accessTo(claims, room);
      return null;
    } catch (error) {
      assert.ok(error instanceof TokenError);
      return error.reason;
    }
  };
  assert.match(refused(buyer, 'acme-deal#internal'), /^room-seller-only: "acme-deal#internal"/);
  assert.match(refused(buyer, 'other#internal'), /^room-seller-only: /);
  assert.match(refused(seller, 'other-deal'), /^token-wrong-room: the token is for room "acme-deal", not "other-deal"/);
  assert.match(refused(seller, 'other-deal#internal'), /^token-wrong-room: /);
  assert.match(refused({ ...buyer, room: 'acme-deal#internal' }, 'acme-deal#internal'), /^room-seller-only: /);
});
