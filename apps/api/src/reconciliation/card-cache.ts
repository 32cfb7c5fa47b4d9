import type { Card, Period } from "@tally/core";
import type { Db } from "../db/open-database.ts";
import type { ApiCard } from "./card.ts";
import { buildCardSet, type CardSet, haystackOf, sortKeyOf } from "./card-set.ts";
import { loadReconcileData, readDataVersion } from "./reconciliation.repository.ts";

interface CachedCardSet {
  version: number;
  set: CardSet;
}

/** How many (organization, period) card sets one database keeps. */
const maxEntries = 16;

// Keyed on the database handle so that every app (and every test's in-memory db) has its own.
const caches = new WeakMap<Db, Map<string, CachedCardSet>>();

function cacheOf(db: Db): Map<string, CachedCardSet> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

function remember(cache: Map<string, CachedCardSet>, key: string, entry: CachedCardSet): void {
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > maxEntries) {
    const oldest = cache.keys().next();
    if (oldest.done) break;
    cache.delete(oldest.value);
  }
}

/**
 * The period's cards, computed at most once per organization data version. The version is a
 * counter that database triggers bump in the same transaction as every write to the inputs
 * (directory, mappings, usage, decisions), so a cached set is served only while nothing it was
 * computed from has changed. A miss reads the version and the data in one transaction, so the
 * set stored under a version is exactly that version's. Pass `trx` inside a write transaction.
 *
 * @example const { cards } = await loadCardSet(db, organizationId, period);
 */
export async function loadCardSet(db: Db, organizationId: string, period: Period, trx?: Db): Promise<CardSet> {
  const cache = cacheOf(db);
  const key = `${organizationId}\u0000${period}`;
  const compute = async (reader: Db) => {
    const version = await readDataVersion(reader, organizationId);
    const cached = cache.get(key);
    if (cached && cached.version === version) return cached.set;
    const set = buildCardSet(await loadReconcileData(reader, organizationId, period), period);
    remember(cache, key, { version, set });
    return set;
  };
  if (trx) return compute(trx);
  const version = await readDataVersion(db, organizationId);
  const cached = cache.get(key);
  if (cached && cached.version === version) return cached.set;
  return db.transaction().execute(compute);
}

/**
 * Puts one freshly computed card into the cached set after a decision committed, so the next
 * page need not recompute the period. Only when the cache holds exactly `fromVersion` — the
 * version the decision's transaction started from; `toVersion` is the one it ended with, and
 * since transactions are serialised every bump between the two was the decision's own. In any
 * other case the cache is left alone and the version check recomputes it. Copy-on-write, so a
 * reader still holding the old set is unaffected.
 */
export function patchCachedCard(
  db: Db,
  organizationId: string,
  period: Period,
  versions: { fromVersion: number; toVersion: number },
  card: { core: Card; api: ApiCard },
): void {
  const cache = cacheOf(db);
  const key = `${organizationId}\u0000${period}`;
  const cached = cache.get(key);
  if (!cached || cached.version !== versions.fromVersion) return;
  const index = cached.set.cards.findIndex((c) => c.id === card.api.id);
  const at = cached.set.sortKeys[index];
  if (index < 0 || at !== sortKeyOf(card.api)) {
    cache.delete(key);
    return;
  }
  const cards = cached.set.cards.slice();
  cards[index] = card.api;
  const coreCards = new Map(cached.set.coreCards);
  coreCards.set(card.api.id, card.core);
  const haystacks = new Map(cached.set.haystacks);
  haystacks.set(card.api.id, haystackOf(card.api));
  remember(cache, key, { version: versions.toVersion, set: { ...cached.set, cards, coreCards, haystacks } });
}
