import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexAccountsForSuggestions, stripLegalSuffixes, suggestMatches } from "./suggest-matches.ts";

describe("stripLegalSuffixes", () => {
  it("drops punctuation and trailing legal forms", () => {
    expect(stripLegalSuffixes("ACME, Ltd.")).toBe("acme");
    expect(stripLegalSuffixes("Globex Holdings S.A.")).toBe("globex holdings");
    expect(stripLegalSuffixes("Initech GmbH & Co. KG")).toBe("initech");
  });

  it("keeps a name that is only a legal form", () => {
    expect(stripLegalSuffixes("Ltd")).toBe("ltd");
  });
});

describe("suggestMatches", () => {
  it("suggests names that differ only by punctuation or legal suffix (which auto-match refuses)", () => {
    const suggestions = suggestMatches({ id: "v1", name: "Acme Ltd." }, [
      { id: "a1", name: "Acme Limited" },
      { id: "a2", name: "Globex" },
    ]);
    expect(suggestions).toEqual([
      { accountId: "a1", name: "Acme Limited", score: 0.9, reason: "same_name_without_suffix" },
    ]);
  });

  it("ranks a shared domain first", () => {
    const suggestions = suggestMatches({ id: "v1", name: "AC Group", domains: ["acme.example"] }, [
      { id: "a1", name: "AC Group Ltd" },
      { id: "a2", name: "Completely Different", domains: ["ACME.example"] },
    ]);
    expect(suggestions.map((s) => [s.accountId, s.reason])).toEqual([
      ["a2", "shared_domain"],
      ["a1", "same_name_without_suffix"],
    ]);
  });

  it("scores token overlap by Jaccard below the stronger reasons", () => {
    const suggestions = suggestMatches({ id: "v1", name: "Acme Finance Group" }, [
      { id: "a1", name: "Acme Finance" },
      { id: "a2", name: "Acme Travel Services" },
    ]);
    expect(suggestions).toEqual([
      { accountId: "a1", name: "Acme Finance", score: 0.533, reason: "token_overlap" },
      { accountId: "a2", name: "Acme Travel Services", score: 0.16, reason: "token_overlap" },
    ]);
  });

  it("honours the limit and breaks ties by name then id", () => {
    const accounts = [
      { id: "a3", name: "Acme" },
      { id: "a1", name: "Acme" },
      { id: "a2", name: "Acme Inc" },
    ];
    expect(suggestMatches({ id: "v", name: "Acme" }, accounts, { limit: 2 }).map((s) => s.accountId)).toEqual([
      "a1",
      "a3",
    ]);
    expect(suggestMatches({ id: "v", name: "Acme" }, accounts, { limit: 0 })).toEqual([]);
  });

  it("suggests nothing for an empty name without domains", () => {
    expect(suggestMatches({ id: "v", name: "  " }, [{ id: "a1", name: "" }])).toEqual([]);
  });
});

describe("indexAccountsForSuggestions", () => {
  const namePool = [
    "Acme Ltd",
    "ACME, Limited",
    "Acme Finance",
    "Globex Inc",
    "Globex",
    "Initech S.A.",
    "",
    "Umbrella Group",
  ];
  const arbitraryItem = (prefix: string) =>
    fc.record({
      id: fc.integer({ min: 0, max: 30 }).map((n) => `${prefix}${n}`),
      name: fc.constantFrom(...namePool),
      domains: fc.array(fc.constantFrom("acme.example", "GLOBEX.example", "x.example"), { maxLength: 2 }),
    });

  it("gives exactly the suggestions of the plain list", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryItem("a"), { maxLength: 20 }),
        arbitraryItem("v"),
        fc.nat(6),
        (accounts, vendor, limit) => {
          const index = indexAccountsForSuggestions(accounts);
          expect(suggestMatches(vendor, index, { limit })).toEqual(suggestMatches(vendor, accounts, { limit }));
        },
      ),
    );
  });
});
