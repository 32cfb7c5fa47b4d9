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

/**
 * A count or quantity with the locale's grouping, e.g. "5,000".
 *
 * @example formatCount(5000, "en-US") === "5,000"
 */
export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * An amount of money in a currency, e.g. "$1,234.50".
 *
 * @example formatMoney(1234.5, "USD", "en-US") === "$1,234.50"
 */
export function formatMoney(value: number, currency: string, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(value);
}

/**
 * An ISO-8601 instant as a date and time in the reader's locale and time zone, or "—" when absent.
 *
 * @example formatDateTime("2026-12-03T09:05:00Z", "en-GB", "UTC") === "3 Dec 2026, 09:05"
 */
export function formatDateTime(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/**
 * The last characters of a stored key as it may be shown, e.g. "••••abcd"; "—" when there is none.
 *
 * @example formatKeyHint("abcd") === "••••abcd"
 */
export function formatKeyHint(hint: string | null | undefined): string {
  if (!hint) return "—";
  const visible = hint.replace(/^[•*.]+/, "").slice(-4);
  return `••••${visible}`;
}

/**
 * "1 domain group" / "3 domain groups": a count with the right singular or plural noun.
 *
 * @example formatPlural(1, "mapping", "mappings", "en-US") === "1 mapping"
 */
export function formatPlural(count: number, singular: string, plural: string, locale?: string): string {
  const rule = new Intl.PluralRules(locale).select(count);
  return `${formatCount(count, locale)} ${rule === "one" ? singular : plural}`;
}
