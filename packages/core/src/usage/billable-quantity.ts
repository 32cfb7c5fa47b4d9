import { type Rejection, reject } from "../errors/rejection.ts";
import { isIsoDate } from "../period/period.ts";
import type { UsageDay, UsageReport, UsageRule } from "./usage-report.ts";
import type { DateWindow } from "./usage-window.ts";

/** The billable quantity of one vendor account, with what is needed to explain it. */
export interface BillableUsage {
  readonly ok: true;
  /** The billed quantity: the report's `maximum`, or the max of the daily series without one. */
  readonly quantity: number;
  readonly source: "maximum" | "days";
  /** The same rule over weekdays only, as the vendor portal shows it; null without weekdays in the series. */
  readonly portalQuantity: number | null;
  /** The window the figure covers; null when neither the report nor its series says. */
  readonly window: DateWindow | null;
  /** The first day whose usage equals `quantity`; null when the series does not show it. */
  readonly maxDay: string | null;
  /** The daily series sorted by date. */
  readonly days: readonly UsageDay[];
  /** A plain-language explanation for the person reconciling. */
  readonly explanation: string;
  readonly rule: UsageRule;
}

/** Why a report could not be turned into a quantity. */
export type UsageRejectionCode = "usage_missing" | "usage_invalid";

/** The outcome of {@link billableQuantity}. */
export type BillableQuantityResult = BillableUsage | Rejection<UsageRejectionCode>;

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function maxOf(days: readonly UsageDay[]): number | null {
  let max: number | null = null;
  for (const day of days) if (max === null || day.usage > max) max = day.usage;
  return max;
}

function windowOf(report: UsageReport, days: readonly UsageDay[]): DateWindow | null {
  const start = report.startDate ?? days[0]?.date;
  const end = report.endDate ?? days[days.length - 1]?.date;
  return start !== undefined && end !== undefined ? { start, end } : null;
}

function explain(usage: Omit<BillableUsage, "explanation">): string {
  const window = usage.window ? ` from ${usage.window.start} to ${usage.window.end}` : "";
  const parts = [
    usage.source === "maximum"
      ? `Billed ${usage.quantity}: the highest licensed usage the vendor reports${window} (the vendor's maximum).`
      : `Billed ${usage.quantity}: the highest daily usage${window}; the vendor sent no maximum, so the daily series was used.`,
  ];
  if (usage.maxDay) parts.push(`The maximum was reached on ${usage.maxDay}.`);
  else if (usage.days.length > 0) parts.push("No single day in the series shows the maximum the vendor reports.");
  if (usage.portalQuantity !== null) {
    const why =
      "The API counts every calendar day, weekends included; the vendor portal leaves out Saturdays and Sundays, which carry little mail";
    parts.push(
      usage.portalQuantity === usage.quantity
        ? `The vendor portal shows the same figure over weekdays only (${usage.portalQuantity}).`
        : `The vendor portal would show ${usage.portalQuantity} over weekdays only. ${why}, so the two figures differ; Tally bills the API figure.`,
    );
  }
  return parts.join(" ");
}

/**
 * Turns a vendor usage report into the billable quantity under `rule`: for SpamTitan the
 * report's `maximum`, else the max of its daily series, plus the weekday-only "portal view"
 * figure, the day that set the maximum and a plain-language explanation. A report with neither a
 * maximum nor a series, or with a negative or non-integer count or a bad date, is a typed
 * rejection, never a zero.
 *
 * @example
 * const usage = billableQuantity({ maximum: 57, days: [{ date: "2026-11-30", usage: 57 }] }, spamTitanUsageRule);
 * if (usage.ok) usage.quantity; // 57
 */
export function billableQuantity(report: UsageReport, rule: UsageRule): BillableQuantityResult {
  const rawDays = report.days ?? [];
  for (const day of rawDays) {
    if (!isIsoDate(day.date)) return reject("usage_invalid", `"${day.date}" in the daily series is not a date`);
    if (!isCount(day.usage)) {
      return reject("usage_invalid", `usage ${day.usage} on ${day.date} is not a whole, non-negative count`);
    }
  }
  for (const [name, date] of [
    ["start", report.startDate],
    ["end", report.endDate],
  ] as const) {
    if (date !== undefined && !isIsoDate(date)) {
      return reject("usage_invalid", `the report's ${name} date "${date}" is not a date`);
    }
  }
  const maximum = report.maximum ?? null;
  if (maximum !== null && !isCount(maximum)) {
    return reject("usage_invalid", `the reported maximum ${maximum} is not a whole, non-negative count`);
  }
  const days = [...rawDays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const seriesMax = maxOf(days);
  const quantity = maximum ?? seriesMax;
  if (quantity === null) {
    return reject("usage_missing", "the report has neither a maximum nor a daily series");
  }
  const usage = {
    ok: true as const,
    quantity,
    source: maximum !== null ? ("maximum" as const) : ("days" as const),
    portalQuantity: maxOf(days.filter((d) => !isWeekend(d.date))),
    window: windowOf(report, days),
    maxDay: days.find((d) => d.usage === quantity)?.date ?? null,
    days,
    rule,
  };
  return { ...usage, explanation: explain(usage) };
}
