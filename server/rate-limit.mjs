// A token bucket: `burst` messages at once, refilled at `perSecond`. Pure, with the clock passed in for tests.

export function createRateLimiter({ perSecond, burst }, now = () => performance.now()) {
  let tokens = burst;
  let last = now();
  return function allow() {
    const time = now();
    tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond);
    last = time;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
