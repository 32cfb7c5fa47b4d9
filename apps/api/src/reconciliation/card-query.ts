import type { CardKind } from "@tally/core";
import * as v from "valibot";
import { ApiError } from "../http/api-error.ts";
import type { Page } from "../http/pagination.ts";
import { type ApiCard, CardSchema } from "./card.ts";
import { type CardSet, sortKeyOf } from "./card-set.ts";

/** The filters of the card list, summary and exports. */
export interface CardFilter {
  vendor?: string | undefined;
  kinds?: readonly CardKind[] | undefined;
  accountId?: string | undefined;
  serviceId?: string | undefined;
  q?: string | undefined;
  status: "open" | "decided" | "all";
}

/** The dimensions cards can be grouped by. */
export type CardGrouping = "account" | "service" | "contract";

/** A group of cards with subtotals. */
export const CardGroupSchema = v.object({
  groupBy: v.picklist(["account", "service", "contract"]),
  /** The account, service or contract id; null for cards without a contract when grouping by contract. */
  id: v.nullable(v.string()),
  name: v.string(),
  count: v.number(),
  psaQuantity: v.number(),
  vendorQuantity: v.number(),
  delta: v.number(),
  revenueDelta: v.number(),
  cards: v.array(CardSchema),
});

/** A group of cards with subtotals. */
export type CardGroup = v.InferOutput<typeof CardGroupSchema>;

/** Whether a card passes the filter. */
export function matchesFilter(set: CardSet, card: ApiCard, filter: CardFilter): boolean {
  if (filter.status !== "all" && card.status !== filter.status) return false;
  if (filter.vendor !== undefined && card.vendor !== filter.vendor) return false;
  if (filter.kinds !== undefined && !filter.kinds.includes(card.kind)) return false;
  if (filter.accountId !== undefined && card.accountId !== filter.accountId) return false;
  if (filter.serviceId !== undefined && card.serviceId !== filter.serviceId) return false;
  if (filter.q !== undefined && !(set.haystacks.get(card.id) ?? "").includes(filter.q.toLowerCase())) return false;
  return true;
}

/** Every card of the set that passes the filter, in list order. */
export function filterCards(set: CardSet, filter: CardFilter): ApiCard[] {
  return set.cards.filter((card) => matchesFilter(set, card, filter));
}

function encodeCardCursor(sortKey: string): string {
  return Buffer.from(sortKey, "utf8").toString("base64url");
}

function decodeCardCursor(cursor: string): string {
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (key.split("\u0000").length !== 3) {
    throw new ApiError(400, "validation_failed", "The cursor is not one this API returned.", {
      errors: [{ path: "cursor", message: "invalid cursor" }],
    });
  }
  return key;
}

/** The first index whose sort key sorts after `key` (binary search; keys are sorted). */
function indexAfter(sortKeys: readonly string[], key: string): number {
  let low = 0;
  let high = sortKeys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sortKeys[mid] ?? "") <= key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * One page of filtered cards. The cursor is the last card's sort key (names + id), so a page
 * boundary holds even when cards appear or disappear between requests.
 */
export function pageCards(set: CardSet, filter: CardFilter, limit: number, cursor?: string): Page<ApiCard> {
  const start = cursor === undefined ? 0 : indexAfter(set.sortKeys, decodeCardCursor(cursor));
  const items: ApiCard[] = [];
  let hasMore = false;
  for (let i = start; i < set.cards.length; i++) {
    const card = set.cards[i];
    if (!card || !matchesFilter(set, card, filter)) continue;
    if (items.length === limit) {
      hasMore = true;
      break;
    }
    items.push(card);
  }
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeCardCursor(sortKeyOf(last)) : null };
}

function groupKeyOf(card: ApiCard, by: CardGrouping): { id: string | null; name: string } {
  if (by === "account") return { id: card.accountId, name: card.accountName };
  if (by === "service") return { id: card.serviceId, name: card.serviceName };
  return { id: card.contractId, name: card.contractName ?? "(no contract)" };
}

/**
 * One page of groups of filtered cards with subtotals (quantities treat null as 0), groups in
 * name order; `limit` counts groups. The cursor is the last group's name and id.
 */
export function pageCardGroups(
  set: CardSet,
  filter: CardFilter,
  by: CardGrouping,
  limit: number,
  cursor?: string,
): Page<CardGroup> {
  const groups = new Map<string, CardGroup & { sortKey: string }>();
  for (const card of filterCards(set, filter)) {
    const { id, name } = groupKeyOf(card, by);
    const mapKey = id ?? "";
    let group = groups.get(mapKey);
    if (!group) {
      group = {
        groupBy: by,
        id,
        name,
        count: 0,
        psaQuantity: 0,
        vendorQuantity: 0,
        delta: 0,
        revenueDelta: 0,
        cards: [],
        sortKey: `${name.toLowerCase()}\u0000${mapKey}\u0000`,
      };
      groups.set(mapKey, group);
    }
    group.count += 1;
    group.psaQuantity += card.psaQuantity ?? 0;
    group.vendorQuantity += card.vendorQuantity ?? 0;
    group.delta += card.delta ?? 0;
    group.revenueDelta = Math.round((group.revenueDelta + (card.revenueDelta ?? 0)) * 100) / 100;
    group.cards.push(card);
  }
  const sorted = [...groups.values()].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const after = cursor === undefined ? undefined : decodeCardCursor(cursor);
  const rest = after === undefined ? sorted : sorted.filter((g) => g.sortKey > after);
  const pageGroups = rest.slice(0, limit);
  const last = pageGroups.at(-1);
  return {
    items: pageGroups.map(({ sortKey: _, ...group }) => group),
    nextCursor: rest.length > limit && last ? encodeCardCursor(last.sortKey) : null,
  };
}

/** Counts and revenue deltas of one slice of cards. */
export const SummaryFiguresSchema = v.object({
  count: v.number(),
  open: v.number(),
  decided: v.number(),
  /** Sum of the open cards' revenue deltas: what is left to fix. */
  revenueDelta: v.number(),
  /** Sum over every card of the slice, decided ones included. */
  revenueDeltaAll: v.number(),
});

/** GET /reconciliation/summary. */
export const SummarySchema = v.object({
  period: v.string(),
  total: SummaryFiguresSchema,
  byKind: v.record(v.string(), SummaryFiguresSchema),
  byVendor: v.record(v.string(), SummaryFiguresSchema),
});

type SummaryFigures = v.InferOutput<typeof SummaryFiguresSchema>;

/** Counts and revenue deltas of the filtered cards by kind and by vendor (every kind present, zeros included). */
export function summarizeCards(set: CardSet, filter: Omit<CardFilter, "status">): v.InferOutput<typeof SummarySchema> {
  const empty = (): SummaryFigures => ({ count: 0, open: 0, decided: 0, revenueDelta: 0, revenueDeltaAll: 0 });
  const total = empty();
  const byKind: Record<string, SummaryFigures> = {};
  for (const kind of ["no_change", "reconcile", "new_revenue", "missing_usage", "review"]) byKind[kind] = empty();
  const byVendor: Record<string, SummaryFigures> = {};
  const add = (figures: SummaryFigures, card: ApiCard) => {
    const money = card.revenueDelta ?? 0;
    figures.count += 1;
    figures.revenueDeltaAll = Math.round((figures.revenueDeltaAll + money) * 100) / 100;
    if (card.status === "open") {
      figures.open += 1;
      figures.revenueDelta = Math.round((figures.revenueDelta + money) * 100) / 100;
    } else figures.decided += 1;
  };
  for (const card of filterCards(set, { ...filter, status: "all" })) {
    add(total, card);
    const kind = byKind[card.kind] ?? empty();
    const vendor = byVendor[card.vendor] ?? empty();
    byKind[card.kind] = kind;
    byVendor[card.vendor] = vendor;
    add(kind, card);
    add(vendor, card);
  }
  return { period: set.period, total, byKind, byVendor };
}
