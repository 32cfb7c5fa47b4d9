import type { UsageDay } from "../api/types.ts";

/** One bar of the usage chart. */
export interface ChartBar {
  date: string;
  usage: number;
  x: number;
  y: number;
  width: number;
  height: number;
  weekend: boolean;
  isMax: boolean;
}

/** The usage chart laid out in SVG units. */
export interface UsageChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  /** The value the y axis tops out at (a round number ≥ the maximum). */
  yMax: number;
  ticks: { value: number; y: number }[];
  /** The day (first one, if several) with the highest usage; null for an empty series. */
  max: ChartBar | null;
}

/** Whether a `YYYY-MM-DD` date is a Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The smallest "nice" number (1, 2 or 5 × 10ⁿ) that is at least `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Lays out a daily usage series as bars in a `width × height` SVG: y from 0 to a nice ceiling of
 * the maximum, weekends flagged (the portal view leaves them out), the maximum marked.
 *
 * @example scaleUsageChart(days, 600, 200).max?.usage === Math.max(...days.map((d) => d.usage))
 */
export function scaleUsageChart(days: readonly UsageDay[], width: number, height: number): UsageChartLayout {
  const plot = { left: 44, top: 16, right: width - 8, bottom: height - 24 };
  const maxUsage = days.reduce((max, day) => Math.max(max, day.usage), 0);
  const yMax = niceCeiling(maxUsage);
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;
  const slot = days.length === 0 ? 0 : plotWidth / days.length;
  const barWidth = Math.max(1, slot * 0.7);
  const maxIndex = days.findIndex((day) => day.usage === maxUsage);
  const bars = days.map((day, index): ChartBar => {
    const barHeight = (day.usage / yMax) * plotHeight;
    return {
      date: day.date,
      usage: day.usage,
      x: plot.left + index * slot + (slot - barWidth) / 2,
      y: plot.bottom - barHeight,
      width: barWidth,
      height: barHeight,
      weekend: isWeekend(day.date),
      isMax: days.length > 0 && index === maxIndex,
    };
  });
  const ticks = [0, 0.5, 1].map((share) => ({ value: yMax * share, y: plot.bottom - share * plotHeight }));
  return { width, height, plot, bars, yMax, ticks, max: bars[maxIndex] ?? null };
}

/**
 * The weekday-only maximum: what SpamTitan's portal shows, which leaves weekends out; null when
 * the series has no weekday.
 */
export function weekdayMaximum(days: readonly UsageDay[]): number | null {
  let max: number | null = null;
  for (const day of days) if (!isWeekend(day.date)) max = Math.max(max ?? 0, day.usage);
  return max;
}
