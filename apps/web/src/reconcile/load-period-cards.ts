import { type Accessor, batch, createSignal, onCleanup } from "solid-js";
import { loadAllCards } from "../api/reconciliation.ts";
import type { CardStatus, ReconciliationCard } from "../api/types.ts";

/** The cards of one period as the page holds them while they load page by page. */
export interface PeriodCards {
  cards: Accessor<readonly ReconciliationCard[]>;
  /** True until the last page arrived. */
  loading: Accessor<boolean>;
  error: Accessor<unknown>;
  /** (Re)loads the period from the first page; an earlier load still in flight is abandoned. */
  reload: (period: string, status: CardStatus | "all") => void;
  /** Takes decided cards out of the open list. */
  remove: (cardIds: ReadonlySet<string>) => void;
  /** Puts the fresh version of a card in place of the one held. */
  replace: (card: ReconciliationCard) => void;
}

/** How often, at most, the held cards are handed to the page while later pages still arrive. */
const flushEveryMs = 400;

/**
 * Loads every card of a period with `loadAllCards` (pages of 500): the first page is shown at
 * once, later pages are handed over at most every 400 ms and at the end, so 20,000 cards cost a
 * handful of re-renders rather than forty; filtering then runs in memory on what is loaded.
 */
export function createPeriodCards(): PeriodCards {
  const [cards, setCards] = createSignal<readonly ReconciliationCard[]>([]);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>(null);
  let controller: AbortController | null = null;
  onCleanup(() => controller?.abort());

  const reload = (period: string, status: CardStatus | "all"): void => {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    batch(() => {
      setCards([]);
      setError(null);
      setLoading(true);
    });
    const held: ReconciliationCard[] = [];
    let shownAt = 0;
    const flush = (): void => {
      shownAt = Date.now();
      setCards([...held]);
    };
    loadAllCards(
      { period, status },
      (page) => {
        if (current.signal.aborted) return;
        for (const card of page) held.push(card);
        if (shownAt === 0 || Date.now() - shownAt >= flushEveryMs) flush();
      },
      current.signal,
    )
      .then(() => {
        if (!current.signal.aborted) flush();
      })
      .catch((caught: unknown) => {
        if (!current.signal.aborted) setError(caught);
      })
      .finally(() => {
        if (!current.signal.aborted) setLoading(false);
      });
  };

  return {
    cards,
    loading,
    error,
    reload,
    remove: (cardIds) => setCards((list) => list.filter((card) => !cardIds.has(card.id))),
    replace: (fresh) => setCards((list) => list.map((card) => (card.id === fresh.id ? fresh : card))),
  };
}
