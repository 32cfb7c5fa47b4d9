import * as v from "valibot";

/** A non-negative amount with at most 4 decimals (unit prices and costs). */
export const MoneySchema = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0),
  v.maxValue(1_000_000_000),
  v.check((n) => Math.abs(Math.round(n * 10_000) - n * 10_000) < 1e-6, "at most 4 decimals"),
);

/** Stores an amount as exact decimal text ("12.5", "0.875"). */
export function toDecimalText(amount: number): string {
  return amount.toFixed(4).replace(/\.?0+$/, "") || "0";
}

/** Reads a stored decimal text back as a number for JSON. */
export function fromDecimalText(text: string): number {
  return Number(text);
}
