import { CoreError } from "../errors/core-error.ts";

/**
 * The effective date a decision gets when none is chosen: the first day of the month after
 * `now` (UTC), as `YYYY-MM-DD`.
 *
 * @example defaultEffectiveDate(new Date("2026-12-03T10:00:00Z")) === "2027-01-01"
 */
export function defaultEffectiveDate(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new CoreError("invalid_date", "now is an invalid date");
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 10);
}
