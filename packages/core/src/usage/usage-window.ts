import { CoreError } from "../errors/core-error.ts";
import { isIsoDate } from "../period/period.ts";
import type { UsageRule } from "./usage-report.ts";

/** An inclusive range of days, both `YYYY-MM-DD`. */
export interface DateWindow {
  readonly start: string;
  readonly end: string;
}

const dayMs = 86_400_000;

/**
 * The window a usage rule reads on `today` (a UTC moment or `YYYY-MM-DD`): for SpamTitan
 * [today − 30 days, today]. Throws a {@link CoreError} for an invalid date.
 *
 * @example usageWindowFor("2026-12-03", spamTitanUsageRule) // { start: "2026-11-03", end: "2026-12-03" }
 */
export function usageWindowFor(today: Date | string, rule: UsageRule): DateWindow {
  if (typeof today === "string" && !isIsoDate(today)) {
    throw new CoreError("invalid_date", `"${today}" is not a YYYY-MM-DD date`);
  }
  const end = typeof today === "string" ? new Date(`${today}T00:00:00Z`) : today;
  if (Number.isNaN(end.getTime())) throw new CoreError("invalid_date", "the date is invalid");
  const endDay = end.toISOString().slice(0, 10);
  const start = new Date(Date.parse(`${endDay}T00:00:00Z`) - rule.windowDays * dayMs);
  return { start: start.toISOString().slice(0, 10), end: endDay };
}
