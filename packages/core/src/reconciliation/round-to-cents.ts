/**
 * Rounds an amount of money to cents, half away from zero, without binary floating-point noise
 * (`1.005` → `1.01`, `-0.125` → `-0.13`, never `-0`). Unit prices are decimal currency units.
 *
 * @example roundToCents(3 * 0.1) === 0.3
 */
export function roundToCents(amount: number): number {
  // A few ulps of relative bias absorb representation error (1.005 * 100 = 100.49999999999999)
  // so a half cent written in decimal rounds the way a person expects; cheap enough for 100k cards.
  const cents = Math.round(Math.abs(amount) * 100 * (1 + 8 * Number.EPSILON));
  const rounded = cents / 100;
  return amount < 0 && rounded !== 0 ? -rounded : rounded;
}
