import type { CardKind, ReconciliationCard } from "../api/types.ts";
import { createSearchIndex, type SearchIndex, searchItems } from "../lib/search-index.ts";

/** The Reconcile page's filters; an empty string means "any". */
export interface CardFilter {
  vendor: string;
  kind: CardKind | "";
  accountId: string;
  serviceId: string;
  text: string;
}

/** No filter at all. */
export const emptyCardFilter: CardFilter = { vendor: "", kind: "", accountId: "", serviceId: "", text: "" };

const textOf = (card: ReconciliationCard): string[] => [
  card.accountName,
  card.serviceName,
  card.contractName ?? "",
  card.vendor,
];

/**
 * Folds each card's searchable text (account, service, contract, vendor) once, when the cards
 * load, so a keystroke only scans prepared strings.
 */
export function indexCardsForSearch(cards: readonly ReconciliationCard[]): SearchIndex {
  return createSearchIndex(cards, (card) => card.id, textOf);
}

/**
 * A search index that grows with the cards: each call folds only the cards it has not seen, so
 * pages arriving one after another (or a decided card replaced) cost only their own text.
 */
export function createGrowingCardIndex(): (cards: readonly ReconciliationCard[]) => SearchIndex {
  const index = new Map<string, string>();
  return (cards) => {
    const added = cards.filter((card) => !index.has(card.id));
    for (const [id, text] of indexCardsForSearch(added)) index.set(id, text);
    return index;
  };
}

/**
 * The cards that pass every set filter, in the given order; text matches every word anywhere in
 * the account, service or contract name.
 *
 * @example filterCards(cards, index, { ...emptyCardFilter, vendor: "spamtitan", text: "acme" })
 */
export function filterCards(
  cards: readonly ReconciliationCard[],
  index: SearchIndex,
  filter: CardFilter,
): ReconciliationCard[] {
  const keep = (card: ReconciliationCard): boolean =>
    (filter.vendor === "" || card.vendor === filter.vendor) &&
    (filter.kind === "" || card.kind === filter.kind) &&
    (filter.accountId === "" || card.accountId === filter.accountId) &&
    (filter.serviceId === "" || card.serviceId === filter.serviceId);
  return searchItems(index, cards, (card) => card.id, filter.text, keep);
}

/** The distinct `[id, name]` pairs of one side of the cards (accounts or services), sorted by name. */
export function distinctOptions(
  cards: readonly ReconciliationCard[],
  side: "account" | "service",
): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const card of cards) {
    if (side === "account") seen.set(card.accountId, card.accountName);
    else seen.set(card.serviceId, card.serviceName);
  }
  const collator = new Intl.Collator();
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
}
