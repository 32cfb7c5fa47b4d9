import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardVersionOf } from "./card-identity.ts";

/** The definition, spelled out: FNV-1a over `key|psa|vendor`, with `-` for a missing quantity. */
function referenceVersion(key: string, psa: number | null, vendor: number | null): string {
  const text = `${key}|${psa === null ? "-" : String(psa)}|${vendor === null ? "-" : String(vendor)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

describe("cardVersionOf", () => {
  it("is the FNV-1a fingerprint of the key and both quantities as they print", () => {
    const quantity = fc.oneof(
      fc.constant(null),
      fc.nat(),
      fc.integer(),
      fc.constantFrom(0, -0, 9, 10, 1e15 - 1, 1e15, 1e21, Number.MAX_SAFE_INTEGER),
      fc.double({ noNaN: true }),
    );
    fc.assert(
      fc.property(fc.string(), quantity, quantity, (key, psa, vendor) => {
        expect(cardVersionOf(key, psa, vendor)).toBe(referenceVersion(key, psa, vendor));
      }),
    );
  });

  it("prints eight hex digits", () => {
    expect(cardVersionOf("spamtitan:2026-12:a1:s1", 10, 12)).toMatch(/^[0-9a-f]{8}$/);
  });
});
