import { describe, expect, it } from "vitest";
import { computeBackoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter } from "./compute-retry-delay.ts";

describe("computeBackoffDelay", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };

  it("doubles the step each attempt, half fixed and half jitter", () => {
    expect([0, 1, 2].map((n) => computeBackoffDelay(n, policy, () => 0))).toEqual([50, 100, 200]);
    expect([0, 1, 2].map((n) => computeBackoffDelay(n, policy, () => 0.999_999))).toEqual([
      expect.closeTo(100, 3),
      expect.closeTo(200, 3),
      expect.closeTo(400, 3),
    ]);
  });

  it("never exceeds the largest step", () => {
    expect(computeBackoffDelay(20, policy, () => 0.999_999)).toBeLessThanOrEqual(1_000);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-12-03T10:00:00Z");

  it("reads seconds and HTTP dates, capped", () => {
    expect(parseRetryAfter("2", 30_000, now)).toBe(2_000);
    expect(parseRetryAfter("120", 30_000, now)).toBe(30_000);
    expect(parseRetryAfter("Thu, 03 Dec 2026 10:00:05 GMT", 30_000, now)).toBe(5_000);
    expect(parseRetryAfter("Thu, 03 Dec 2026 09:00:00 GMT", 30_000, now)).toBe(0);
  });

  it("gives null when the header is absent or unreadable", () => {
    expect(parseRetryAfter(null, 30_000, now)).toBeNull();
    expect(parseRetryAfter("soon", 30_000, now)).toBeNull();
  });
});
