/** The room that holds a plan's internal steps, open to seller tokens only. */
export const INTERNAL_ROOM_SUFFIX = '#internal';

/** What an access token grants, as its issuer signed it. */
export interface TokenClaims {
  room: string;
  side: 'seller' | 'buyer';
  write: boolean;
  name: string;
  exp: number;
}

/**
 * The claims of a token as written, without checking the signature (only the server can): the page uses them to
 * decide which rooms to open and whether to offer editing; the server enforces both.
 */
export function readTokenClaims(token: string): TokenClaims | undefined {
  const [body] = token.split('.');
  try {
    const json = atob(body!.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as unknown;
    if (typeof claims !== 'object' || claims === null) return undefined;
    const { room, side, write, name, exp } = claims as Record<string, unknown>;
    if (typeof room !== 'string' || (side !== 'seller' && side !== 'buyer') || typeof write !== 'boolean')
      return undefined;
    return { room, side, write, name: typeof name === 'string' ? name : '', exp: typeof exp === 'number' ? exp : 0 };
  } catch {
    return undefined;
  }
}
