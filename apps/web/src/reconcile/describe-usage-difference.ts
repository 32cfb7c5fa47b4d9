import { formatCount } from "../lib/format.ts";

/**
 * One sentence on why the billed figure (the maximum of every day in the window) differs from
 * the portal view (weekdays only), for the "Why this number?" panel.
 *
 * @example describeUsageDifference(52, 48, "2026-11-29", "en-US")
 */
export function describeUsageDifference(
  billed: number,
  portal: number | null,
  maxDay: string | null,
  locale?: string,
): string {
  const day = maxDay
    ? new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
        new Date(`${maxDay}T00:00:00Z`),
      )
    : null;
  if (portal === null) {
    return `Billed ${formatCount(billed, locale)}: the highest daily count in the 30-day window; the portal view has no weekday to show.`;
  }
  if (portal === billed) {
    return `Billed ${formatCount(billed, locale)}: the highest daily count in the 30-day window${day ? `, reached on ${day}` : ""}, which the portal view shows too.`;
  }
  return `Billed ${formatCount(billed, locale)}, not the portal's ${formatCount(portal, locale)}: the billed figure is the highest of every day in the 30-day window${day ? `, reached on ${day}` : ""}, while the portal view leaves weekends out.`;
}
