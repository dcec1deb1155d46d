// Access tokens for the collaboration server: claims `{ room, side, write, name, exp }` signed with HMAC-SHA256 by
// a host's back end holding the shared secret. Written as `base64url(JSON claims).base64url(signature)`.
// Web Crypto only (no Node modules), so back ends, the server and browsers can all import this file.

/** Suffix of the seller-only room that holds a plan's internal steps. */
export const INTERNAL_SUFFIX = '#internal';

const SIDES = ['seller', 'buyer'];
const DEFAULT_LIFETIME_SECONDS = 12 * 60 * 60;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A refused token or room. `code` is stable for programs; `reason` is `code: explanation`, sent to the client. */
export class TokenError extends Error {
  constructor(code, explanation) {
    super(`${code}: ${explanation}`);
    this.name = 'TokenError';
    this.code = code;
    this.reason = this.message;
  }
}

export const isInternalRoom = (room) => room.endsWith(INTERNAL_SUFFIX);

/**
 * Signs claims with the shared secret. `write` defaults to true and `exp` (seconds since the epoch) to twelve hours
 * from now. The room is the plan id: a seller's token also opens `<room>#internal`.
 */
export async function mintToken({ room, side, write = true, name = '', exp }, secret) {
  const claims = {
    room,
    side,
    write,
    name,
    exp: exp ?? Math.floor(Date.now() / 1000) + DEFAULT_LIFETIME_SECONDS,
  };
  const problem = claimsProblem(claims);
  if (problem) throw new TypeError(`Cannot mint a token: ${problem}`);
  if (isInternalRoom(room)) {
    throw new TypeError(`Cannot mint a token: mint it for the plan id; a seller's token opens "${room}" with it`);
  }
  const body = toBase64url(encoder.encode(JSON.stringify(claims)));
  const signature = await crypto.subtle.sign('HMAC', await keyFor(secret), encoder.encode(body));
  return `${body}.${toBase64url(new Uint8Array(signature))}`;
}

/** The claims of a token whose signature is right and which has not expired; throws a `TokenError` otherwise. */
export async function verifyToken(token, secret, now = Date.now()) {
  const [body, signature, ...rest] = typeof token === 'string' ? token.split('.') : [];
  if (!token) throw new TokenError('token-missing', 'no access token was sent');
  const signatureBytes = signature === undefined || rest.length ? null : fromBase64url(signature);
  if (!signatureBytes || !fromBase64url(body)) {
    throw new TokenError('token-malformed', 'a token is two base64url parts joined by a dot');
  }
  const valid = await crypto.subtle.verify('HMAC', await keyFor(secret), signatureBytes, encoder.encode(body));
  if (!valid) throw new TokenError('token-bad-signature', 'the token was not signed with this server’s secret');
  const claims = readClaims(token);
  if (!claims) throw new TokenError('token-malformed', 'the signed claims are not valid');
  if (claims.exp * 1000 <= now) {
    throw new TokenError('token-expired', `the token expired at ${new Date(claims.exp * 1000).toISOString()}`);
  }
  return claims;
}

/**
 * What verified claims allow in `room`: `{ readOnly }`, or a `TokenError` when the room is not theirs. The token's
 * room and, for sellers only, its internal room.
 */
export function accessTo(claims, room) {
  const readOnly = !claims.write;
  if (isInternalRoom(room)) {
    if (claims.side !== 'seller')
      throw new TokenError('room-seller-only', `"${room}" holds the seller’s internal steps`);
    if (room === claims.room + INTERNAL_SUFFIX) return { readOnly };
  } else if (room === claims.room) {
    return { readOnly };
  }
  throw new TokenError('token-wrong-room', `the token is for room "${claims.room}", not "${room}"`);
}

/**
 * The claims a token carries, without checking its signature (the server does that): for a page to show who it is
 * and to turn read-only by itself. Null when the token cannot be read.
 */
export function readClaims(token) {
  const bytes = typeof token === 'string' ? fromBase64url(token.split('.')[0]) : null;
  if (!bytes) return null;
  try {
    const claims = JSON.parse(decoder.decode(bytes));
    return claimsProblem(claims) ? null : claims;
  } catch {
    return null;
  }
}

function claimsProblem(claims) {
  if (typeof claims !== 'object' || claims === null) return 'the claims are not an object';
  if (typeof claims.room !== 'string' || !claims.room) return '`room` must be a non-empty string (the plan id)';
  if (!SIDES.includes(claims.side)) return '`side` must be "seller" or "buyer"';
  if (typeof claims.write !== 'boolean') return '`write` must be true or false';
  if (typeof claims.name !== 'string') return '`name` must be a string';
  if (!Number.isInteger(claims.exp) || claims.exp <= 0) return '`exp` must be whole seconds since the epoch';
  return null;
}

async function keyFor(secret) {
  if (typeof secret !== 'string' || !secret) throw new TypeError('The token secret must be a non-empty string');
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

function toBase64url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  if (typeof text !== 'string' || !text || !/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
