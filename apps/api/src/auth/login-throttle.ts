/** The outcome of asking whether a login may be tried. */
export type ThrottleCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts failed logins per email + IP in a sliding window. */
export interface LoginThrottle {
  check(key: string, now: Date): ThrottleCheck;
  recordFailure(key: string, now: Date): void;
  reset(key: string): void;
}

/**
 * An in-memory login throttle: after `maxFailures` failures within `windowMs`, further tries are
 * refused until the oldest failure leaves the window. In memory on purpose: one API process.
 *
 * @example const throttle = createLoginThrottle(); throttle.check("a@b.c|1.2.3.4", new Date());
 */
export function createLoginThrottle(maxFailures = 5, windowMs = 15 * 60_000): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: Date) => {
    const kept = (failures.get(key) ?? []).filter((t) => now.getTime() - t < windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    check(key, now) {
      const kept = recent(key, now);
      const oldest = kept[0];
      if (kept.length < maxFailures || oldest === undefined) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000)) };
    },
    recordFailure(key, now) {
      failures.set(key, [...recent(key, now), now.getTime()]);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
