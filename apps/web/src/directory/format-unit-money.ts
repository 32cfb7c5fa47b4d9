import { displayCurrency } from "../reconcile/format-delta.ts";

/**
 * A unit price or cost, keeping up to 4 decimals when the amount has them.
 *
 * @example formatUnitMoney(2.5, "en-US") === "$2.50"
 */
export function formatUnitMoney(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: displayCurrency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(value);
}
