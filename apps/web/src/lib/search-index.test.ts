import { describe, expect, it } from "vitest";
import { createSearchIndex, foldForSearch, searchItems } from "./search-index.ts";

interface Group {
  id: string;
  name: string;
  domains: string[];
  status: "mapped" | "unmapped";
}

const groups: Group[] = [
  { id: "1", name: "Acme Ltd", domains: ["acme.example"], status: "mapped" },
  { id: "2", name: "Globex Corporation", domains: ["globex.example", "globex-mail.example"], status: "unmapped" },
  { id: "3", name: "Ｉnitech  GmbH", domains: ["initech.example"], status: "unmapped" },
];
const keyOf = (group: Group) => group.id;
const index = createSearchIndex(groups, keyOf, (group) => [group.name, ...group.domains]);
const ids = (found: Group[]) => found.map((group) => group.id);

describe("foldForSearch", () => {
  it("lower-cases, NFKC-normalises and collapses whitespace", () => {
    expect(foldForSearch("  Ｉnitech\t\tGmbH ")).toBe("initech gmbh");
  });
});

describe("searchItems", () => {
  it("returns every item, in order, for an empty query", () => {
    expect(ids(searchItems(index, groups, keyOf, "   "))).toEqual(["1", "2", "3"]);
  });

  it("matches case-insensitively on the name or any domain", () => {
    expect(ids(searchItems(index, groups, keyOf, "ACME"))).toEqual(["1"]);
    expect(ids(searchItems(index, groups, keyOf, "globex-mail"))).toEqual(["2"]);
  });

  it("requires every word, in any order", () => {
    expect(ids(searchItems(index, groups, keyOf, "gmbh initech"))).toEqual(["3"]);
    expect(ids(searchItems(index, groups, keyOf, "acme globex"))).toEqual([]);
  });

  it("applies keep, e.g. hide mapped", () => {
    expect(ids(searchItems(index, groups, keyOf, "", (group) => group.status !== "mapped"))).toEqual(["2", "3"]);
  });

  it("searches the indexed text even when the items were replaced by updated copies", () => {
    const updated = groups.map((group) => (group.id === "2" ? { ...group, status: "mapped" as const } : group));
    expect(ids(searchItems(index, updated, keyOf, "globex"))).toEqual(["2"]);
  });

  it("filters 5,000 groups (benchmark figure printed, not asserted)", () => {
    const many: Group[] = Array.from({ length: 5000 }, (_, n) => ({
      id: String(n),
      name: `Customer ${n} Holdings Ltd`,
      domains: [`customer-${n}.example`, `mail-${n}.example`],
      status: n % 3 === 0 ? "mapped" : "unmapped",
    }));
    const started = performance.now();
    const manyIndex = createSearchIndex(many, keyOf, (group) => [group.name, ...group.domains]);
    const built = performance.now();
    const runs = 20;
    let found = 0;
    for (let run = 0; run < runs; run++) found = searchItems(manyIndex, many, keyOf, "customer 42").length;
    const searched = performance.now();
    console.log(
      `search-index: built 5,000 in ${(built - started).toFixed(2)} ms; one search ${((searched - built) / runs).toFixed(2)} ms`,
    );
    expect(found).toBe(many.filter((group) => group.id.includes("42")).length);
  });
});
