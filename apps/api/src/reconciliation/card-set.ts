import { type Card, type Period, reconcilePeriod } from "@tally/core";
import { type ApiCard, toApiCard } from "./card.ts";
import type { ReconcileData } from "./reconciliation.repository.ts";

/** A period's cards in list order, with core's cards by id for decisions. */
export interface CardSet {
  period: Period;
  /** Sorted by account name, service name, then id (case-insensitive names). */
  cards: ApiCard[];
  /** The sort key of each card in `cards`, same index. */
  sortKeys: string[];
  coreCards: ReadonlyMap<string, Card>;
  /** Lower-cased account, service and contract names per card, for `q`. */
  haystacks: ReadonlyMap<string, string>;
}

/** Runs core's reconcilePeriod once per connected vendor over the loaded data. */
export function computeCards(data: ReconcileData, period: Period): Card[] {
  const cards: Card[] = [];
  for (const integration of data.integrations) {
    cards.push(
      ...reconcilePeriod({
        vendor: integration.vendor,
        period,
        contractLines: data.contractLines,
        accountMappings: data.accountMappings.get(integration.id) ?? [],
        serviceMappings: data.serviceMappings.get(integration.id) ?? [],
        usage: data.usage.get(integration.id) ?? [],
        decisions: data.decisions,
        services: data.services,
      }),
    );
  }
  return cards;
}

/** The list sort key of a card: names folded to lower case, joined by NUL, then the id. */
export function sortKeyOf(card: Pick<ApiCard, "accountName" | "serviceName" | "id">): string {
  return `${card.accountName.toLowerCase()}\u0000${card.serviceName.toLowerCase()}\u0000${card.id}`;
}

/** The lower-cased text `q` searches in: account, service and contract names. */
export function haystackOf(card: ApiCard): string {
  return `${card.accountName}\n${card.serviceName}\n${card.contractName ?? ""}`.toLowerCase();
}

/** Maps data to API cards with names and sorts them for listing. */
export function buildCardSet(data: ReconcileData, period: Period): CardSet {
  const names = {
    accountName: (id: string) => data.accountNames.get(id) ?? "",
    serviceName: (id: string) => data.serviceNames.get(id) ?? "",
    contractName: (id: string) => data.contractNames.get(id) ?? null,
  };
  const coreCards = computeCards(data, period);
  const keyed = coreCards.map((card) => {
    const api = toApiCard(card, names);
    return { api, sortKey: sortKeyOf(api) };
  });
  keyed.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const haystacks = new Map<string, string>();
  for (const { api } of keyed) {
    haystacks.set(api.id, haystackOf(api));
  }
  return {
    period,
    cards: keyed.map((k) => k.api),
    sortKeys: keyed.map((k) => k.sortKey),
    coreCards: new Map(coreCards.map((card) => [card.key, card])),
    haystacks,
  };
}
