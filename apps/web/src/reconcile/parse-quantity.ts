/**
 * Reads a quantity field: a whole number from 0, or the message to show under the field.
 *
 * @example parseQuantity("12") // { ok: true, value: 12 }
 */
export function parseQuantity(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "Enter the quantity to bill." };
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < 0) return { ok: false, message: "Use a whole number, 0 or more." };
  return { ok: true, value };
}
