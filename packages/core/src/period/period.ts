import { CoreError } from "../errors/core-error.ts";
import { type Rejection, reject } from "../errors/rejection.ts";

declare const periodBrand: unique symbol;

/** A billing month as `YYYY-MM`, only obtainable through validation. */
export type Period = string & { readonly [periodBrand]: true };

/** The outcome of {@link parsePeriod}. */
export type ParsePeriodResult = { readonly ok: true; readonly value: Period } | Rejection<"invalid_period">;

const periodPattern = /^(\d{4})-(\d{2})$/;

/** Whether `text` is a valid `YYYY-MM` period (years 1000–9999, months 01–12). */
export function isPeriod(text: string): text is Period {
  const match = periodPattern.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1000 && month >= 1 && month <= 12;
}

/**
 * Validates a `YYYY-MM` string into a {@link Period}.
 *
 * @example parsePeriod("2026-12") // { ok: true, value: "2026-12" }
 */
export function parsePeriod(text: string): ParsePeriodResult {
  if (isPeriod(text)) return { ok: true, value: text };
  return reject("invalid_period", `"${text}" is not a period; expected YYYY-MM with a month from 01 to 12`);
}

/**
 * Formats a year and a month (1–12) as a {@link Period}; throws a {@link CoreError} for an
 * impossible month, which is a programmer error.
 *
 * @example formatPeriod(2026, 12) === "2026-12"
 */
export function formatPeriod(year: number, month: number): Period {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !isPeriod(text)) {
    throw new CoreError("invalid_period", `year ${year} month ${month} is not a period`);
  }
  return text;
}

/** The year and month (1–12) of a period. */
export function periodParts(period: Period): { readonly year: number; readonly month: number } {
  return { year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)) };
}

/**
 * The period a moment (in UTC) or a `YYYY-MM-DD` date falls in; throws a {@link CoreError} for an
 * invalid date.
 *
 * @example periodOfDate(new Date("2026-12-03T10:00:00Z")) === "2026-12"
 */
export function periodOfDate(date: Date | string): Period {
  if (typeof date === "string") {
    if (!isIsoDate(date)) throw new CoreError("invalid_date", `"${date}" is not a YYYY-MM-DD date`);
    return date.slice(0, 7) as Period;
  }
  if (Number.isNaN(date.getTime())) throw new CoreError("invalid_date", "the date is invalid");
  return formatPeriod(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** The month before `period`. */
export function previousPeriod(period: Period): Period {
  const { year, month } = periodParts(period);
  return month === 1 ? formatPeriod(year - 1, 12) : formatPeriod(year, month - 1);
}

/** The month after `period`. */
export function nextPeriod(period: Period): Period {
  const { year, month } = periodParts(period);
  return month === 12 ? formatPeriod(year + 1, 1) : formatPeriod(year, month + 1);
}

/** The first day of `period` as `YYYY-MM-DD`. */
export function firstDayOfPeriod(period: Period): string {
  return `${period}-01`;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is not). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
