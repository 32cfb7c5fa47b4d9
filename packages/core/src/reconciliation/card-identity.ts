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

function mixText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), fnvPrime);
  return h;
}

function mixQuantity(hash: number, quantity: number | null): number {
  // A separator first, so "1|23" and "12|3" differ; null differs from every number.
  const h = Math.imul(hash ^ 0x7c, fnvPrime);
  return quantity === null ? Math.imul(h ^ 0x2d, fnvPrime) : mixText(h, String(quantity));
}

/**
 * The version of a card: an 8-hex-digit FNV-1a fingerprint of its key, PSA quantity and vendor
 * quantity, so it changes whenever either quantity changes. Not cryptographic.
 *
 * @example cardVersionOf("spamtitan:2026-12:a1:s1", 10, 12) // "3f0c9a1e"-like
 */
export function cardVersionOf(key: string, psaQuantity: number | null, vendorQuantity: number | null): string {
  const hash = mixQuantity(mixQuantity(mixText(0x811c9dc5, key), psaQuantity), vendorQuantity);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
