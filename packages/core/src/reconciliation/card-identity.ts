import type { Period } from "../period/period.ts";

const plainId = /^[A-Za-z0-9_.~-]*$/;

/** One part of a card key: URI-encoded unless it is plain already. */
export function encodeKeyPart(part: string): string {
  // Most ids are plain; skipping encodeURIComponent for them keeps 100k cards cheap.
  return plainId.test(part) ? part : encodeURIComponent(part);
}

/**
 * The stable key of the card for one vendor, period, account and service; the parts are
 * URI-encoded so an id containing `:` cannot collide with another card's key.
 *
 * @example cardKeyOf("spamtitan", period, "a1", "s1") === "spamtitan:2026-12:a1:s1"
 */
export function cardKeyOf(vendor: string, period: Period, accountId: string, serviceId: string): string {
  return `${encodeKeyPart(vendor)}:${period}:${encodeKeyPart(accountId)}:${encodeKeyPart(serviceId)}`;
}

const fnvPrime = 0x01000193;

/** FNV-1a over the code units of `text`, continuing from `hash`. */
export function mixText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), fnvPrime);
  return h;
}

// 10^15: below it every non-negative integer prints as plain digits, as String() does.
const plainIntegerLimit = 1e15;

/** Mixes the decimal digits of a non-negative integer, as `String(n)` spells them, no string built. */
function mixDigits(hash: number, n: number): number {
  let divisor = 1;
  while (divisor * 10 <= n) divisor *= 10;
  let h = hash;
  let rest = n;
  while (divisor >= 1) {
    const digit = Math.floor(rest / divisor);
    h = Math.imul(h ^ (48 + digit), fnvPrime);
    rest -= digit * divisor;
    divisor /= 10;
  }
  return h;
}

function mixQuantity(hash: number, quantity: number | null): number {
  // A separator first, so "1|23" and "12|3" differ; null differs from every number.
  const h = Math.imul(hash ^ 0x7c, fnvPrime);
  if (quantity === null) return Math.imul(h ^ 0x2d, fnvPrime);
  if (Number.isInteger(quantity) && quantity >= 0 && quantity < plainIntegerLimit && !Object.is(quantity, -0)) {
    return mixDigits(h, quantity);
  }
  return mixText(h, String(quantity));
}

const hexCodes = Array.from("0123456789abcdef", (digit) => digit.charCodeAt(0));

/** Eight lower-case hex digits of a 32-bit hash; `toString(16)` is several times slower here. */
function hex8(hash: number): string {
  const c = hexCodes;
  return String.fromCharCode(
    c[(hash >>> 28) & 15] ?? 0,
    c[(hash >>> 24) & 15] ?? 0,
    c[(hash >>> 20) & 15] ?? 0,
    c[(hash >>> 16) & 15] ?? 0,
    c[(hash >>> 12) & 15] ?? 0,
    c[(hash >>> 8) & 15] ?? 0,
    c[(hash >>> 4) & 15] ?? 0,
    c[hash & 15] ?? 0,
  );
}

/** The fingerprint {@link cardVersionOf} prints, from the key's hash so far (see {@link mixText}). */
export function cardVersionFromKeyHash(
  keyHash: number,
  psaQuantity: number | null,
  vendorQuantity: number | null,
): string {
  return hex8(mixQuantity(mixQuantity(keyHash, psaQuantity), vendorQuantity));
}

/** The FNV-1a offset basis: the hash of the empty text. */
export const emptyTextHash = 0x811c9dc5;

/**
 * The version of a card: an 8-hex-digit FNV-1a fingerprint of its key, PSA quantity and vendor
 * quantity, so it changes whenever either quantity changes. Not cryptographic.
 *
 * @example cardVersionOf("spamtitan:2026-12:a1:s1", 10, 12) // "3f0c9a1e"-like
 */
export function cardVersionOf(key: string, psaQuantity: number | null, vendorQuantity: number | null): string {
  return cardVersionFromKeyHash(mixText(emptyTextHash, key), psaQuantity, vendorQuantity);
}
