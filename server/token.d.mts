/** Who a token lets into a plan's room, signed by the host's back end. */
export interface TokenClaims {
  /** The plan id. A seller's token also opens `<room>#internal`. */
  room: string;
  side: 'seller' | 'buyer';
  /** False: the server applies none of this page's edits. */
  write: boolean;
  /** Shown to the others in the room. */
  name: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

export declare const INTERNAL_SUFFIX: '#internal';

export declare class TokenError extends Error {
  /** `token-missing`, `token-malformed`, `token-bad-signature`, `token-expired`, `token-wrong-room`, `room-seller-only`. */
  readonly code: string;
  /** `code: explanation`, as the server sends it to a refused page. */
  readonly reason: string;
}

export declare function isInternalRoom(room: string): boolean;

/** Signs claims with the shared secret; `write` defaults to true, `exp` to twelve hours from now. */
export declare function mintToken(
  claims: Omit<TokenClaims, 'write' | 'name' | 'exp'> & Partial<Pick<TokenClaims, 'write' | 'name' | 'exp'>>,
  secret: string,
): Promise<string>;

/** The claims of a well-signed, unexpired token; rejects with a `TokenError` otherwise. */
export declare function verifyToken(token: string, secret: string, now?: number): Promise<TokenClaims>;

/** `{ readOnly }` in `room`, or throws a `TokenError` when the claims do not open it. */
export declare function accessTo(claims: TokenClaims, room: string): { readOnly: boolean };

/** The claims a token carries, unverified (for a page's own display), or null when it cannot be read. */
export declare function readClaims(token: string): TokenClaims | null;
