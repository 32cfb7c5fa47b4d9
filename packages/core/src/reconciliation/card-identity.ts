import type { Period } from "../period/period.ts";

/**
 * The stable key of the card for one vendor, period, account and service; the parts are
 * URI-encoded so an id containing `:` cannot collide with another card's key.
 *
 * @example cardKeyOf("spamtitan", period, "a1", "s1") === "spamtitan:2026-12:a1:s1"
 */
export function cardKeyOf(vendor: string, period: Period, accountId: string, serviceId: string): string {
  return [vendor, period, accountId, serviceId].map(encodeURIComponent).join(":");
}

/** FNV-1a over UTF-16 code units: a short, deterministic, non-cryptographic fingerprint. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The version of a card: changes whenever its key, PSA quantity or vendor quantity changes. */
export function cardVersionOf(key: string, psaQuantity: number | null, vendorQuantity: number | null): string {
  return fnv1a(`${key}|${psaQuantity ?? "-"}|${vendorQuantity ?? "-"}`);
}
