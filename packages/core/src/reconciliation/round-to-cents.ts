/**
 * Rounds an amount of money to cents, half away from zero, without binary floating-point noise
 * (`1.005` → `1.01`, `-0.125` → `-0.13`, never `-0`). Unit prices are decimal currency units.
 *
 * @example roundToCents(3 * 0.1) === 0.3
 */
export function roundToCents(amount: number): number {
  // 15 significant digits drop the representation error (1.005 * 100 = 100.49999999999999)
  // before rounding, so a half cent written in decimal rounds the way a person expects.
  const cents = Math.round(Number((Math.abs(amount) * 100).toPrecision(15)));
  const rounded = cents / 100;
  return amount < 0 && rounded !== 0 ? -rounded : rounded;
}
