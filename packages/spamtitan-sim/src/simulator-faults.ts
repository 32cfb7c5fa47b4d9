/** How a 429 announces when to come back. */
export type RetryAfterFormat = "seconds" | "http-date" | "none";

/** Faults a simulator injects; every field is optional and off by default. */
export interface SimulatorFaults {
  /** Added to every request: a fixed number of milliseconds or a `[min, max]` range. */
  latencyMs?: number | readonly [number, number];
  /** Every k-th request (counted over all requests) answers 429. */
  rateLimitEvery?: number;
  /** The `Retry-After` of those 429s, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** How `Retry-After` is written (default "seconds"). */
  retryAfterFormat?: RetryAfterFormat;
  /** Share (0..1) of requests answering 500, 502 or 503. */
  serverErrorRate?: number;
  /** Share (0..1) of requests that never answer (until the client gives up). */
  timeoutRate?: number;
  /** How long an unanswered request hangs at most before the server drops it (default 30 s). */
  timeoutHangMs?: number;
  /** Share (0..1, or `true` for all) of JSON answers cut off in the middle. */
  malformedJson?: boolean | number;
  /** Share (0..1, or `true` for all) of requests answered 200 with an HTML login page. */
  htmlInsteadOfJson?: boolean | number;
  /** `GET /domain-groups` returns the same page forever, always with a next page. */
  endlessPages?: boolean;
  /** Group ids whose reports (and domains) answer with this status instead. */
  failingGroups?: Readonly<Record<number, 404 | 500 | 502 | 503>>;
}

/** Turns a `boolean | rate` fault into a rate in 0..1. */
export function faultRate(value: boolean | number | undefined): number {
  if (value === true) return 1;
  if (value === false || value === undefined) return 0;
  return value;
}
