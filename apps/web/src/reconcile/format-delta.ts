/** The currency amounts are shown in until the API names the organization's own. */
export const displayCurrency = "USD";

/**
 * A quantity difference with its sign, e.g. "+2" or "−3"; "—" when there is none.
 *
 * @example formatSignedCount(2, "en-US") === "+2"
 */
export function formatSignedCount(value: number | null, locale?: string): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(locale, { signDisplay: "exceptZero", maximumFractionDigits: 2 }).format(value);
}

/**
 * A money difference with its sign, e.g. "+$12.50"; "—" when there is none.
 *
 * @example formatSignedMoney(12.5, "en-US") === "+$12.50"
 */
export function formatSignedMoney(value: number | null, locale?: string): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: displayCurrency,
    signDisplay: "exceptZero",
  }).format(value);
}

/** A quantity, or "—" when there is none. */
export function formatQuantity(value: number | null, locale?: string): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
