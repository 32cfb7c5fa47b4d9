import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { autoMatchByExactName, type NamedItem } from "./auto-match-by-exact-name.ts";

const item = (id: string, name: string): NamedItem => ({ id, name });

describe("autoMatchByExactName", () => {
  it("matches names that differ only by case and spaces", () => {
    const result = autoMatchByExactName([item("a1", "Acme Ltd")], [item("v1", "  ACME   ltd ")]);
    expect(result.matched).toEqual([{ kind: "matched", accountId: "a1", vendorId: "v1", name: "acme ltd" }]);
    expect(result.unmatchedAccountIds).toEqual([]);
    expect(result.unmatchedVendorIds).toEqual([]);
  });

  it("matches Unicode look-alikes that NFKC folds (full-width letters, ligatures)", () => {
    const result = autoMatchByExactName([item("a1", "Acme Finance")], [item("v1", "ＡＣＭＥ ﬁnance")]);
    expect(result.matched.map((m) => m.vendorId)).toEqual(["v1"]);
  });

  it("does not match names that differ by punctuation or legal suffix", () => {
    const result = autoMatchByExactName(
      [item("a1", "Acme Ltd"), item("a2", "Globex")],
      [item("v1", "Acme Ltd."), item("v2", "Globex Inc")],
    );
    expect(result.matched).toEqual([]);
    expect(result.unmatchedVendorIds).toEqual(["v1", "v2"]);
    expect(result.unmatchedAccountIds).toEqual(["a1", "a2"]);
  });

  it("never matches a name duplicated on the vendor side, and reports the ids on both sides", () => {
    const result = autoMatchByExactName([item("a1", "Acme")], [item("v2", "acme"), item("v1", "ACME")]);
    expect(result.matched).toEqual([]);
    expect(result.ambiguous).toEqual([
      { kind: "ambiguous", name: "acme", accountIds: ["a1"], vendorIds: ["v1", "v2"] },
    ]);
    expect(result.unmatchedVendorIds).toEqual(["v1", "v2"]);
  });

  it("never matches a name duplicated on the account side", () => {
    const result = autoMatchByExactName([item("a1", "Acme"), item("a2", "Acme ")], [item("v1", "Acme")]);
    expect(result.matched).toEqual([]);
    expect(result.ambiguous).toEqual([
      { kind: "ambiguous", name: "acme", accountIds: ["a1", "a2"], vendorIds: ["v1"] },
    ]);
  });

  it("counts already-mapped vendor items when deciding ambiguity", () => {
    const result = autoMatchByExactName([item("a1", "Acme")], [item("v1", "Acme"), item("v2", "Acme")], {
      existing: new Set(["v1"]),
    });
    expect(result.matched).toEqual([]);
    expect(result.ambiguous).toHaveLength(1);
    expect(result.skippedVendorIds).toEqual(["v1"]);
    expect(result.unmatchedVendorIds).toEqual(["v2"]);
  });

  it("never touches a vendor item that is already mapped or excluded", () => {
    const result = autoMatchByExactName([item("a1", "Acme")], [item("v1", "Acme")], { existing: new Map([["v1", 1]]) });
    expect(result.matched).toEqual([]);
    expect(result.skippedVendorIds).toEqual(["v1"]);
    expect(result.unmatchedVendorIds).toEqual([]);
    expect(result.unmatchedAccountIds).toEqual(["a1"]);
  });

  it("never matches empty or whitespace-only names", () => {
    const result = autoMatchByExactName([item("a1", ""), item("a2", "  ")], [item("v1", ""), item("v2", "\t")]);
    expect(result.matched).toEqual([]);
    expect(result.ambiguous).toEqual([]);
    expect(result.unmatchedVendorIds).toEqual(["v1", "v2"]);
  });

  it("works for services the same way (generic over { id, name })", () => {
    const services = [{ id: "s1", name: "Total Licenses", unitPrice: 2.5 }];
    const result = autoMatchByExactName(services, [{ id: "vs1", name: "total licenses" }]);
    expect(result.matched.map((m) => [m.accountId, m.vendorId])).toEqual([["s1", "vs1"]]);
  });
});

const namePool = [
  "Acme",
  "acme",
  "ACME ",
  "Acme Ltd",
  "Acme Ltd.",
  "Globex",
  "ｇｌｏｂｅｘ",
  "Initech",
  "",
  "Umbrella",
];
const arbitraryItems = (prefix: string) =>
  fc.uniqueArray(
    fc.record({ id: fc.integer({ min: 0, max: 60 }).map((n) => `${prefix}${n}`), name: fc.constantFrom(...namePool) }),
    { selector: (i) => i.id, maxLength: 25 },
  );

describe("autoMatchByExactName properties", () => {
  it("never maps one vendor item or one account twice", () => {
    fc.assert(
      fc.property(arbitraryItems("a"), arbitraryItems("v"), (accounts, vendors) => {
        const { matched } = autoMatchByExactName(accounts, vendors);
        expect(new Set(matched.map((m) => m.vendorId)).size).toBe(matched.length);
        expect(new Set(matched.map((m) => m.accountId)).size).toBe(matched.length);
      }),
    );
  });

  it("never maps an ambiguous name", () => {
    fc.assert(
      fc.property(arbitraryItems("a"), arbitraryItems("v"), (accounts, vendors) => {
        const { matched, ambiguous } = autoMatchByExactName(accounts, vendors);
        const ambiguousNames = new Set(ambiguous.map((a) => a.name));
        for (const m of matched) expect(ambiguousNames.has(m.name)).toBe(false);
      }),
    );
  });

  it("never touches an existing vendor item", () => {
    fc.assert(
      fc.property(arbitraryItems("a"), arbitraryItems("v"), fc.func(fc.boolean()), (accounts, vendors, pick) => {
        const existing = new Set(vendors.filter((v) => pick(v.id)).map((v) => v.id));
        const { matched } = autoMatchByExactName(accounts, vendors, { existing });
        for (const m of matched) expect(existing.has(m.vendorId)).toBe(false);
      }),
    );
  });

  it("is independent of input order", () => {
    fc.assert(
      fc.property(
        arbitraryItems("a").chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length }))),
        arbitraryItems("v").chain((v) => fc.tuple(fc.constant(v), fc.shuffledSubarray(v, { minLength: v.length }))),
        ([accounts, accountsShuffled], [vendors, vendorsShuffled]) => {
          expect(autoMatchByExactName(accountsShuffled, vendorsShuffled)).toEqual(
            autoMatchByExactName(accounts, vendors),
          );
        },
      ),
    );
  });
});
