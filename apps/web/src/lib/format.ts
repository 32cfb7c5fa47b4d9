/**
 * A billing period `YYYY-MM` as people read it, e.g. "December 2026".
 *
 * @example formatPeriod("2026-12", "en-GB") === "December 2026"
 */
export function formatPeriod(period: string, locale?: string): string {
  const [year, month] = period.split("-").map(Number);
  if (!year || !month) return period;
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}
