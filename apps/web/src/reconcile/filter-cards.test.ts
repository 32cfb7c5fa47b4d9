import { describe, expect, it } from "vitest";
import {
  createGrowingCardIndex,
  distinctOptions,
  emptyCardFilter,
  filterCards,
  indexCardsForSearch,
} from "./filter-cards.ts";
import { makeCard } from "./reconcile-helpers.fixtures.ts";

const cards = [
  makeCard({ id: "1", accountId: "a", accountName: "Acme Ltd", kind: "reconcile" }),
  makeCard({ id: "2", accountId: "b", accountName: "Globex", kind: "new_revenue", vendor: "other" }),
  makeCard({
    id: "3",
    accountId: "c",
    accountName: "Initech",
    kind: "missing_usage",
    serviceId: "s2",
    serviceName: "Backup",
  }),
];
const index = indexCardsForSearch(cards);
const ids = (list: { id: string }[]) => list.map((card) => card.id);

describe("filterCards", () => {
  it("keeps every card when no filter is set", () => {
    expect(ids(filterCards(cards, index, emptyCardFilter))).toEqual(["1", "2", "3"]);
  });

  it("combines vendor, kind, account and service filters", () => {
    expect(ids(filterCards(cards, index, { ...emptyCardFilter, vendor: "spamtitan" }))).toEqual(["1", "3"]);
    expect(ids(filterCards(cards, index, { ...emptyCardFilter, kind: "missing_usage" }))).toEqual(["3"]);
    expect(ids(filterCards(cards, index, { ...emptyCardFilter, accountId: "b" }))).toEqual(["2"]);
    expect(ids(filterCards(cards, index, { ...emptyCardFilter, serviceId: "s2", vendor: "other" }))).toEqual([]);
  });

  it("matches every word of the text in any order, ignoring case", () => {
    expect(ids(filterCards(cards, index, { ...emptyCardFilter, text: "LTD acme" }))).toEqual(["1"]);
    expect(ids(filterCards(cards, index, { ...emptyCardFilter, text: "backup" }))).toEqual(["3"]);
    expect(ids(filterCards(cards, index, { ...emptyCardFilter, text: "globex backup" }))).toEqual([]);
  });
});

describe("distinctOptions", () => {
  it("lists each account once, sorted by name", () => {
    const twice = [...cards, makeCard({ id: "4", accountId: "a", accountName: "Acme Ltd" })];
    expect(distinctOptions(twice, "account").map((option) => option.name)).toEqual(["Acme Ltd", "Globex", "Initech"]);
  });
});

describe("createGrowingCardIndex", () => {
  it("finds cards added in later pages, as the full index would", () => {
    const grow = createGrowingCardIndex();
    grow(cards.slice(0, 1));
    const index = grow(cards);
    expect(ids(filterCards(cards, index, { ...emptyCardFilter, text: "initech" }))).toEqual(["3"]);
    expect([...index]).toEqual([...indexCardsForSearch(cards)]);
  });
});
