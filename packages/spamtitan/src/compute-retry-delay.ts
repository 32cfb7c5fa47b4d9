/** How failed requests are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). */
  retries: number;
  /** First backoff step (default 500 ms); doubles each retry. */
  baseDelayMs: number;
  /** Largest backoff step (default 8 s). */
  maxDelayMs: number;
  /** Largest wait a `Retry-After` may impose (default 30 s). */
  maxRetryAfterMs: number;
}

/** The retry policy used when none is given. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/**
 * Exponential backoff with "equal jitter": half of the step is fixed, half random, so retries
 * of many workers spread out without ever retrying instantly.
 *
 * @example computeBackoffDelay(2, DEFAULT_RETRY_POLICY, () => 0.5) // 1500
 */
export function computeBackoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return step / 2 + random() * (step / 2);
}

/**
 * Reads a `Retry-After` header (seconds or an HTTP date) as milliseconds to wait, capped;
 * `null` when absent or unreadable.
 *
 * @example parseRetryAfter("2", 30_000, Date.now()) // 2000
 */
export function parseRetryAfter(header: string | null, capMs: number, nowMs: number): number | null {
  if (header === null || header.trim() === "") return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, capMs);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - nowMs), capMs);
}
