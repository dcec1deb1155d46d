// Limits on one client connection, applied before Hocuspocus sees a message: a rate limit, and a clear reason when
// `ws` drops a message over the size limit. `ws` has no hook that runs before a socket's own listeners, so the guard
// wraps the socket's `emit` and `close`.
import { createRateLimiter } from './rate-limit.mjs';

/** Close codes a client sees (4000–4999 are free for applications; 1009 is the WebSocket "message too big"). */
export const CLOSE_RATE_LIMITED = 4429;
export const CLOSE_TOO_BIG = 1009;

export function guardConnection(socket, { maxMessageBytes, rateLimit }, log = console) {
  const allow = createRateLimiter(rateLimit);
  const emit = socket.emit;
  const close = socket.close;
  let refused = false;

  socket.close = function closeWithReason(code, reason) {
    if (code === CLOSE_TOO_BIG && !reason) reason = `message-too-big: over ${maxMessageBytes} bytes`;
    return close.call(this, code, reason);
  };
  socket.emit = function emitWithinLimits(event, ...args) {
    if (event === 'message') {
      if (refused) return false;
      if (!allow()) {
        refused = true;
        log.warn(`Closed a connection that sent more than ${rateLimit.perSecond} messages per second`);
        close.call(this, CLOSE_RATE_LIMITED, `rate-limited: over ${rateLimit.perSecond} messages per second`);
        return false;
      }
    }
    // `ws` has already closed with 1009; the server's own handler would print the error with its stack.
    if (event === 'error' && args[0]?.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      log.warn(`Closed a connection that sent a message over ${maxMessageBytes} bytes`);
      return true;
    }
    return emit.call(this, event, ...args);
  };
}
