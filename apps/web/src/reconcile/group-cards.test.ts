import { describe, expect, it } from "vitest";
import { groupCards, layoutCardRows, subtotalOf } from "./group-cards.ts";
import { makeCard } from "./reconcile-helpers.fixtures.ts";

describe("subtotalOf", () => {
  it("sums quantities and money, treating missing values as zero, without float drift", () => {
    const total = subtotalOf([
      makeCard({ id: "1", psaQuantity: 10, vendorQuantity: 12, delta: 2, revenueDelta: 0.1 }),
      makeCard({ id: "2", psaQuantity: null, vendorQuantity: 5, delta: null, revenueDelta: 0.2 }),
      makeCard({ id: "3", psaQuantity: 4, vendorQuantity: null, delta: null, revenueDelta: null }),
    ]);
    expect(total).toEqual({ count: 3, psaQuantity: 14, vendorQuantity: 17, delta: 2, revenueDelta: 0.3 });
  });
});

describe("groupCards", () => {
  const cards = [
    makeCard({ id: "1", accountId: "b", accountName: "Beta", contractId: null, revenueDelta: 3 }),
    makeCard({
      id: "2",
      accountId: "a",
      accountName: "Alpha",
      contractId: "k1",
      contractName: "Alpha main",
      revenueDelta: -2,
    }),
    makeCard({
      id: "3",
      accountId: "b",
      accountName: "Beta",
      contractId: "k2",
      contractName: "Beta main",
      revenueDelta: 1,
    }),
  ];

  it("groups by account, ordered by name, with subtotals", () => {
    const groups = groupCards(cards, "account");
    expect(
      groups.map((group) => [group.label, group.cards.map((card) => card.id), group.subtotal.revenueDelta]),
    ).toEqual([
      ["Alpha", ["2"], -2],
      ["Beta", ["1", "3"], 4],
    ]);
  });

  it("puts cards without a contract last when grouping by contract", () => {
    expect(groupCards(cards, "contract").map((group) => group.label)).toEqual([
      "Alpha main",
      "Beta main",
      "No contract",
    ]);
  });

  it("keeps one group of everything for none", () => {
    const [only, ...rest] = groupCards(cards, "none");
    expect(rest).toEqual([]);
    expect(only?.cards.map((card) => card.id)).toEqual(["1", "2", "3"]);
  });
});

describe("layoutCardRows", () => {
  it("puts a header before each group and chunks cards per row", () => {
    const cards = ["1", "2", "3"].map((id) => makeCard({ id, accountId: "a", accountName: "Alpha" }));
    const rows = layoutCardRows(groupCards(cards, "account"), 2, true);
    expect(
      rows.map((row) => (row.type === "group" ? `group ${row.group.label}` : row.cards.map((c) => c.id).join("+"))),
    ).toEqual(["group Alpha", "1+2", "3"]);
  });

  it("leaves headers out for the flat list", () => {
    const rows = layoutCardRows(groupCards([makeCard({ id: "1" })], "none"), 1, false);
    expect(rows.map((row) => row.type)).toEqual(["cards"]);
  });
});
