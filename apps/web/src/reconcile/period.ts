/**
 * The billing period `YYYY-MM` that `now` falls in (UTC), the page's default.
 *
 * @example currentPeriod(new Date("2026-12-03T10:00:00Z")) === "2026-12"
 */
export function currentPeriod(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The period `offset` months from `period` (negative goes back). */
export function shiftPeriod(period: string, offset: number): string {
  const [year = 1970, month = 1] = period.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1 + offset, 1));
  return currentPeriod(date);
}

/**
 * The periods the picker offers, newest first: next month, this one and `back` before it.
 *
 * @example periodOptions("2026-12", 2) // ["2027-01", "2026-12", "2026-11", "2026-10"]
 */
export function periodOptions(current: string, back: number): string[] {
  const options: string[] = [];
  for (let offset = 1; offset >= -back; offset -= 1) options.push(shiftPeriod(current, offset));
  return options;
}

/**
 * The effective date a decision gets unless the person picks another: the first day of the
 * month after `now` (UTC), as `YYYY-MM-DD` — the same rule as the API's default.
 *
 * @example firstOfNextMonth(new Date("2026-12-03T10:00:00Z")) === "2027-01-01"
 */
export function firstOfNextMonth(now: Date): string {
  return `${shiftPeriod(currentPeriod(now), 1)}-01`;
}
