import { formatCalendarDate, isWeekendDay } from "./calendar-date.ts";

/** Whether `maximum` is taken over the 5-day rolling averages or over the raw daily counts. */
export type MaximumOver = "rolling" | "raw";

/** One day of a Licensing Stats report. */
export interface LicenseUsageDay {
  date: string;
  usage: number;
}

/** The figures of a Licensing Stats report for one group and window. */
export interface LicenseUsageFigures {
  maximum: number;
  average: number;
  days: LicenseUsageDay[];
}

/** The raw daily counts of one group, starting at `firstDay` (days since 1970-01-01). */
export interface DailySeries {
  firstDay: number;
  counts: readonly number[];
}

/** How a window is computed. */
export interface LicenseUsageWindow {
  startDay: number;
  endDay: number;
  maximumOver: MaximumOver;
  /** The vendor portal's view: Saturdays and Sundays are left out of the averages and of the days. */
  weekdaysOnly?: boolean;
}

/** Length of SpamTitan's rolling average, in (counted) days. */
export const ROLLING_WINDOW_DAYS = 5;

/**
 * Computes the 5-day rolling average of unique clean internal recipients for every day of a
 * window, with its maximum and average, the way the simulator reports Licensing Stats.
 *
 * @example computeLicenseUsage(series, { startDay, endDay, maximumOver: "rolling" }).maximum
 */
export function computeLicenseUsage(series: DailySeries, window: LicenseUsageWindow): LicenseUsageFigures {
  const days: LicenseUsageDay[] = [];
  let rawMaximum = 0;
  const from = Math.max(window.startDay, series.firstDay);
  const to = Math.min(window.endDay, series.firstDay + series.counts.length - 1);
  for (let day = from; day <= to; day += 1) {
    if (window.weekdaysOnly && isWeekendDay(day)) continue;
    const counted: number[] = [];
    // Walk back over counted days only, so the portal view never mixes a weekend count in.
    for (let back = day; back >= series.firstDay && counted.length < ROLLING_WINDOW_DAYS; back -= 1) {
      if (window.weekdaysOnly && isWeekendDay(back)) continue;
      counted.push(series.counts[back - series.firstDay] ?? 0);
    }
    const average = counted.reduce((sum, n) => sum + n, 0) / Math.max(counted.length, 1);
    days.push({ date: formatCalendarDate(day), usage: Math.round(average) });
    rawMaximum = Math.max(rawMaximum, series.counts[day - series.firstDay] ?? 0);
  }
  const rollingMaximum = days.reduce((max, d) => Math.max(max, d.usage), 0);
  const average = days.length === 0 ? 0 : Math.round(days.reduce((sum, d) => sum + d.usage, 0) / days.length);
  return { maximum: window.maximumOver === "raw" ? rawMaximum : rollingMaximum, average, days };
}
