import type { ReconciliationCard } from "../api/types.ts";

/** What the cards can be grouped by; `none` keeps one flat list. */
export type GroupBy = "none" | "account" | "service" | "contract";

/** The sums shown in a group's header. */
export interface Subtotal {
  count: number;
  psaQuantity: number;
  vendorQuantity: number;
  delta: number;
  revenueDelta: number;
}

/** One group of cards and its subtotal. */
export interface CardGroup {
  key: string;
  label: string;
  cards: ReconciliationCard[];
  subtotal: Subtotal;
}

function keyAndLabel(card: ReconciliationCard, by: GroupBy): [string, string] {
  switch (by) {
    case "account":
      return [card.accountId, card.accountName];
    case "service":
      return [card.serviceId, card.serviceName];
    case "contract":
      return card.contractId === null
        ? ["", "No contract"]
        : [card.contractId, card.contractName ?? `${card.accountName} contract`];
    default:
      return ["all", "All cards"];
  }
}

/** Sums quantities and deltas of `cards`; missing values count as zero, money in whole cents. */
export function subtotalOf(cards: readonly ReconciliationCard[]): Subtotal {
  let psaQuantity = 0;
  let vendorQuantity = 0;
  let delta = 0;
  let cents = 0;
  for (const card of cards) {
    psaQuantity += card.psaQuantity ?? 0;
    vendorQuantity += card.vendorQuantity ?? 0;
    delta += card.delta ?? 0;
    cents += Math.round((card.revenueDelta ?? 0) * 100);
  }
  return { count: cards.length, psaQuantity, vendorQuantity, delta, revenueDelta: cents / 100 };
}

/**
 * Groups cards by account, service or contract, keeping the cards' order inside a group and
 * ordering groups by label ("No contract" last); `none` gives one group of everything.
 *
 * @example groupCards(cards, "account").map((group) => group.subtotal.revenueDelta)
 */
export function groupCards(cards: readonly ReconciliationCard[], by: GroupBy): CardGroup[] {
  const groups = new Map<string, { label: string; cards: ReconciliationCard[] }>();
  for (const card of cards) {
    const [key, label] = keyAndLabel(card, by);
    let group = groups.get(key);
    if (!group) {
      group = { label, cards: [] };
      groups.set(key, group);
    }
    group.cards.push(card);
  }
  return [...groups]
    .map(([key, group]) => ({ key, label: group.label, cards: group.cards, subtotal: subtotalOf(group.cards) }))
    .sort((a, b) => (a.key === "" ? 1 : b.key === "" ? -1 : a.label.localeCompare(b.label)));
}

/** One row of the virtualised list: a group's header, or up to `perRow` cards. */
export type CardRow =
  | { type: "group"; key: string; group: CardGroup }
  | { type: "cards"; key: string; cards: ReconciliationCard[] };

/**
 * Flattens groups into the rows the virtual list renders: a header per group (unless there is
 * only the flat `none` group), then the group's cards `perRow` at a time (card view lays several
 * side by side; list view uses 1).
 */
export function layoutCardRows(groups: readonly CardGroup[], perRow: number, withHeaders: boolean): CardRow[] {
  const rows: CardRow[] = [];
  const size = Math.max(1, Math.floor(perRow));
  for (const group of groups) {
    if (withHeaders) rows.push({ type: "group", key: `g:${group.key}`, group });
    for (let start = 0; start < group.cards.length; start += size) {
      const cards = group.cards.slice(start, start + size);
      rows.push({ type: "cards", key: `c:${cards[0]?.id ?? start}`, cards });
    }
  }
  return rows;
}
