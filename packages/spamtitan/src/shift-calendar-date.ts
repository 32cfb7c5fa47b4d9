const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Adds (or, negative, subtracts) whole days to a `YYYY-MM-DD` date, in UTC.
 *
 * @example shiftCalendarDate("2026-12-03", -30) // "2026-11-03"
 */
export function shiftCalendarDate(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!ISO_DATE.test(date) || Number.isNaN(ms)) throw new TypeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  return new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}
