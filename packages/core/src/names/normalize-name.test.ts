import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeName } from "./normalize-name.ts";

describe("normalizeName", () => {
  it("folds case, trims and collapses whitespace", () => {
    expect(normalizeName("  Acme \t  LTD\n")).toBe("acme ltd");
  });

  it("folds compatibility forms with NFKC (full-width letters, ligatures)", () => {
    expect(normalizeName("ＡＣＭＥ ﬁnance")).toBe("acme finance");
  });

  it("keeps punctuation: 'Acme Ltd.' is not 'Acme Ltd'", () => {
    expect(normalizeName("Acme Ltd.")).not.toBe(normalizeName("Acme Ltd"));
  });
});

describe("normalizeName case folding", () => {
  it("folds case fully: 'Straße' is 'STRASSE', final sigma is sigma", () => {
    expect(normalizeName("Straße GmbH")).toBe(normalizeName("STRASSE GMBH"));
    expect(normalizeName("ΟΔΟΣ")).toBe(normalizeName("οδος"));
  });

  it("maps an empty or blank name to the empty string", () => {
    expect(normalizeName(" \t\n ")).toBe("");
  });
});

describe("normalizeName on ASCII and non-ASCII input", () => {
  it("gives the same result whichever path a name takes", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: "binary-ascii", maxLength: 20 })),
        (ascii) => {
          const full = ascii
            .normalize("NFKC")
            .trim()
            .replace(/\s+/gu, " ")
            .toUpperCase()
            .toLowerCase()
            .normalize("NFKC");
          expect(normalizeName(ascii)).toBe(full);
        },
      ),
    );
  });
});
