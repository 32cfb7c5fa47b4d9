import { useSearchParams } from "@solidjs/router";
import { createVirtualizer } from "@tanstack/solid-virtual";
import {
  createEffect,
  createMemo,
  createSignal,
  For,
  Index,
  type JSX,
  Match,
  on,
  onCleanup,
  onMount,
  Show,
  Switch,
} from "solid-js";
import { ApiProblem } from "../api/api-problem.ts";
import { canMap } from "../api/auth.ts";
import { type CardAction, cardsCsvUrl, changesCsvUrl, decideCard, readStaleCard } from "../api/reconciliation.ts";
import type { BulkResult, CardKind, CardStatus, DecisionResult, ReconciliationCard } from "../api/types.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { Icon } from "../components/icon.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StateMessage } from "../components/state-message.tsx";
import { describeProblem } from "../lib/describe-problem.ts";
import { formatCount, formatPeriod, formatPlural } from "../lib/format.ts";
import { AdjustDialog, type AdjustValues } from "./adjust-dialog.tsx";
import { canTakeAction } from "./allowed-actions.ts";
import { AttachDialog } from "./attach-dialog.tsx";
import { BulkDialog } from "./bulk-dialog.tsx";
import type { CardActionHandlers } from "./card-actions.tsx";
import { cardKindLabel, cardKinds } from "./card-kinds.ts";
import { CardListRow } from "./card-list-row.tsx";
import { CardTile, signOf } from "./card-tile.tsx";
import { DismissDialog } from "./dismiss-dialog.tsx";
import {
  type CardFilter,
  createGrowingCardIndex,
  distinctOptions,
  emptyCardFilter,
  filterCards,
} from "./filter-cards.ts";
import { formatQuantity, formatSignedCount, formatSignedMoney } from "./format-delta.ts";
import { type CardGroup, type GroupBy, groupCards, layoutCardRows } from "./group-cards.ts";
import { createPeriodCards } from "./load-period-cards.ts";
import { orderCardsForReview } from "./order-cards.ts";
import { currentPeriod, periodOptions } from "./period.ts";
import { StaleCardDialog } from "./stale-card-dialog.tsx";
import { summarizeCards } from "./summarize-cards.ts";
import { SummaryBar } from "./summary-bar.tsx";
import { createToasts, ToastRegion } from "./toasts.tsx";
import { vendorName } from "./vendor-name.ts";
import { WhyPanel } from "./why-panel.tsx";
import "./reconcile.css";

type OpenDialog =
  | { type: "adjust"; card: ReconciliationCard }
  | { type: "dismiss"; card: ReconciliationCard }
  | { type: "attach"; card: ReconciliationCard }
  | { type: "why"; card: ReconciliationCard }
  | { type: "bulk"; action: "approve" | "dismiss"; cards: ReconciliationCard[] }
  | { type: "stale"; previous: ReconciliationCard; fresh: ReconciliationCard; action: CardAction; label: string };

const tileMinWidth = 340;
const tileGap = 12;
const rowHeight = { tile: 176, list: 60, group: 48 } as const;

function isGroup(entry: ReconciliationCard | CardGroup): entry is CardGroup {
  return "subtotal" in entry;
}

const pastTense: Record<CardAction["action"], string> = {
  approve: "Approved",
  adjust: "Adjusted",
  dismiss: "Dismissed",
  attach: "Attached",
};

/**
 * Reconcile: the period's cards (every page loaded, then filtered and grouped in memory), in a
 * card or list view, with the summary bar, bulk approve/dismiss after a dry run, the card
 * actions, "Why this number?" and the CSV exports. Viewers see no action buttons.
 */
export function ReconcilePage(): JSX.Element {
  const user = useCurrentUser();
  const canDecide = () => canMap(user().role);
  const [search, setSearch] = useSearchParams<{ period?: string; view?: string; status?: string }>();
  const thisPeriod = currentPeriod(new Date());
  const period = () => search.period ?? thisPeriod;
  const view = () => (search.view === "list" ? "list" : "cards");
  const status = (): CardStatus | "all" =>
    search.status === "decided" || search.status === "all" ? search.status : "open";

  const periodCards = createPeriodCards();
  createEffect(on([period, status], ([p, s]) => periodCards.reload(p, s)));

  const [filter, setFilter] = createSignal<CardFilter>(emptyCardFilter);
  const [groupBy, setGroupBy] = createSignal<GroupBy>("none");
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = createSignal<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = createSignal<OpenDialog | null>(null);
  const toasts = createToasts();

  const patchFilter = (patch: Partial<CardFilter>): void => {
    setFilter((current) => ({ ...current, ...patch }));
  };
  const ordered = createMemo(() => orderCardsForReview(periodCards.cards()));
  const growIndex = createGrowingCardIndex();
  const searchIndex = createMemo(() => growIndex(periodCards.cards()), undefined, { equals: false });
  const withoutKind = createMemo(() => filterCards(ordered(), searchIndex(), { ...filter(), kind: "" }));
  const shown = createMemo(() => {
    const kind = filter().kind;
    return kind === "" ? withoutKind() : withoutKind().filter((card) => card.kind === kind);
  });
  const summary = createMemo(() => summarizeCards(withoutKind()));
  const vendors = createMemo(() => [...new Set(periodCards.cards().map((card) => card.vendor))].sort());
  // The account and service pickers fill once every page is in (thousands of options per page would jank).
  const accounts = createMemo(() => (periodCards.loading() ? [] : distinctOptions(periodCards.cards(), "account")));
  const services = createMemo(() => (periodCards.loading() ? [] : distinctOptions(periodCards.cards(), "service")));
  const groups = createMemo(() => groupCards(shown(), groupBy()));

  // Card view lays as many tiles side by side as the width allows.
  const [width, setWidth] = createSignal(1000);
  const perRow = () =>
    view() === "list" ? 1 : Math.max(1, Math.floor((width() + tileGap) / (tileMinWidth + tileGap)));
  const rows = createMemo(() => layoutCardRows(groups(), perRow(), groupBy() !== "none"));

  let scroller: HTMLDivElement | undefined;
  const virtualizer = createVirtualizer({
    get count() {
      return rows().length;
    },
    getScrollElement: () => scroller ?? null,
    estimateSize: (index) => {
      const row = rows()[index];
      return row?.type === "group" ? rowHeight.group : view() === "list" ? rowHeight.list : rowHeight.tile;
    },
    overscan: 3,
    get scrollMargin() {
      return view() === "list" ? 32 : 0;
    },
    getItemKey: (index) => rows()[index]?.key ?? index,
  });
  createEffect(
    on([rows, view], () => {
      virtualizer.measure();
    }),
  );
  onMount(() => {
    if (!scroller) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(scroller);
    onCleanup(() => observer.disconnect());
  });

  /** The cards and group headers in view, each with where it sits (row top, tile column, height). */
  const visibleCells = createMemo(() => {
    const places = new Map<ReconciliationCard | CardGroup, { top: number; column: number; size: number }>();
    const list: (ReconciliationCard | CardGroup)[] = [];
    const margin = virtualizer.options.scrollMargin;
    for (const item of virtualizer.getVirtualItems()) {
      const row = rows()[item.index];
      if (!row) continue;
      if (row.type === "group") {
        places.set(row.group, { top: item.start - margin, column: 0, size: item.size });
        list.push(row.group);
        continue;
      }
      row.cards.forEach((card, column) => {
        places.set(card, { top: item.start - margin, column, size: item.size });
        list.push(card);
      });
    }
    return { places, list };
  });
  const tileColumn = (column: number) => {
    const width = `((100% - ${2 * tileGap + (perRow() - 1) * tileGap}px) / ${perRow()})`;
    return { width: `calc(${width})`, left: `calc(${tileGap}px + ${column} * (${width} + ${tileGap}px))` };
  };

  const selectable = createMemo(() => shown().filter((card) => card.status === "open"));
  const selectedCards = createMemo(() => {
    const ids = selected();
    return ids.size === 0 ? [] : periodCards.cards().filter((card) => ids.has(card.id));
  });
  const allSelected = () => selectable().length > 0 && selectable().every((card) => selected().has(card.id));
  const toggle = (card: ReconciliationCard): void => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(card.id)) next.delete(card.id);
      else next.add(card.id);
      return next;
    });
  };
  const toggleAll = (): void => {
    setSelected(allSelected() ? new Set<string>() : new Set(selectable().map((card) => card.id)));
  };

  const setBusyFor = (id: string, on: boolean): void => {
    setBusy((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const finish = (card: ReconciliationCard, action: CardAction, result: DecisionResult): void => {
    if (status() === "open") periodCards.remove(new Set([card.id]));
    else periodCards.replace(result.card);
    setSelected((current) => {
      const next = new Set(current);
      next.delete(card.id);
      return next;
    });
    const detail =
      action.action === "adjust"
        ? ` to ${formatQuantity(action.quantity)}`
        : action.action === "approve"
          ? ` at ${formatQuantity(result.card.vendorQuantity ?? card.vendorQuantity)}`
          : "";
    toasts.show({
      tone: "success",
      text: `${pastTense[action.action]} ${card.accountName} · ${card.serviceName}${detail}.`,
      link: { href: `/audit-log?event=${encodeURIComponent(result.auditEventId)}`, label: "View in audit log" },
    });
  };

  /** Sends one decision; a stale card swaps in the fresh values and asks again. */
  const decide = async (card: ReconciliationCard, action: CardAction, label: string): Promise<void> => {
    setBusyFor(card.id, true);
    try {
      finish(card, action, await decideCard(card, action));
      setDialog(null);
    } catch (caught) {
      const fresh = caught instanceof ApiProblem && caught.code === "stale_card" ? readStaleCard(caught.body) : null;
      if (!fresh) throw caught;
      periodCards.replace(fresh);
      setDialog({ type: "stale", previous: card, fresh, action, label });
    } finally {
      setBusyFor(card.id, false);
    }
  };

  const handlers: CardActionHandlers = {
    onApprove: (card) => {
      decide(card, { action: "approve" }, "Approve").catch((caught: unknown) => {
        const described = describeProblem(
          caught instanceof ApiProblem
            ? caught
            : new ApiProblem({ code: "server_error", status: 0, title: String(caught) }),
        );
        toasts.show({
          tone: "danger",
          text: `Could not approve ${card.accountName}: ${described.detail ?? described.title}`,
        });
      });
    },
    onAdjust: (card) => setDialog({ type: "adjust", card }),
    onDismiss: (card) => setDialog({ type: "dismiss", card }),
    onAttach: (card) => setDialog({ type: "attach", card }),
    onExplain: (card) => setDialog({ type: "why", card }),
  };

  const onBulkApplied = (result: BulkResult, action: "approve" | "dismiss"): void => {
    const done = new Set(result.items.filter((item) => item.outcome !== "rejected").map((item) => item.cardId));
    if (status() === "open") periodCards.remove(done);
    setSelected(new Set<string>());
    setDialog(null);
    toasts.show({
      tone: "success",
      text: `${action === "approve" ? "Approved" : "Dismissed"} ${formatPlural(done.size, "card", "cards")}.`,
      link: { href: "/audit-log?type=card.*", label: "View in audit log" },
    });
  };

  const bulkCandidates = (action: "approve" | "dismiss") =>
    selectedCards().filter((card) => card.status === "open" && canTakeAction(card.kind, action));

  const cardProps = (card: ReconciliationCard) => ({
    card,
    selected: selected().has(card.id),
    onToggle: toggle,
    canDecide: canDecide(),
    busy: busy().has(card.id),
    handlers,
  });

  return (
    <div class="page page-wide reconcile-page">
      <PageHeader
        title="Reconcile"
        description={
          <>
            What you bill beside what your vendors report for <strong>{formatPeriod(period())}</strong>.
          </>
        }
        actions={
          <>
            <label class="visually-hidden" for="reconcile-period">
              Period
            </label>
            <select
              id="reconcile-period"
              class="input select period-select"
              value={period()}
              onChange={(event) => {
                setSelected(new Set<string>());
                setSearch({ period: event.currentTarget.value === thisPeriod ? undefined : event.currentTarget.value });
              }}
            >
              <For each={periodOptions(thisPeriod, 11)}>
                {(option) => <option value={option}>{formatPeriod(option)}</option>}
              </For>
            </select>
            <a class="btn" href={changesCsvUrl(period())} download={`tally-changes-${period()}.csv`}>
              Export changes CSV
            </a>
            <a class="btn" href={cardsCsvUrl(period())} download={`tally-cards-${period()}.csv`}>
              Export cards CSV
            </a>
          </>
        }
      />

      <SummaryBar summary={summary()} kind={filter().kind} onKind={(kind) => patchFilter({ kind })} />

      <form class="reconcile-toolbar" aria-label="Filter cards" onSubmit={(event) => event.preventDefault()}>
        <div class="search-input">
          <Icon name="search" />
          <label class="visually-hidden" for="reconcile-search">
            Search cards
          </label>
          <input
            id="reconcile-search"
            class="input"
            type="search"
            placeholder="Search account, service or contract"
            value={filter().text}
            onInput={(event) => patchFilter({ text: event.currentTarget.value })}
          />
        </div>
        <div class="filter">
          <label class="filter-label" for="filter-vendor">
            Vendor
          </label>
          <select
            id="filter-vendor"
            class="input select"
            value={filter().vendor}
            onChange={(event) => patchFilter({ vendor: event.currentTarget.value })}
          >
            <option value="">All vendors</option>
            <For each={vendors()}>{(vendor) => <option value={vendor}>{vendorName(vendor)}</option>}</For>
          </select>
        </div>
        <div class="filter">
          <label class="filter-label" for="filter-kind">
            Kind
          </label>
          <select
            id="filter-kind"
            class="input select"
            value={filter().kind}
            onChange={(event) => patchFilter({ kind: event.currentTarget.value as CardKind | "" })}
          >
            <option value="">All kinds</option>
            <For each={cardKinds}>{(kind) => <option value={kind}>{cardKindLabel[kind]}</option>}</For>
          </select>
        </div>
        <div class="filter">
          <label class="filter-label" for="filter-account">
            Account
          </label>
          <select
            id="filter-account"
            class="input select"
            value={filter().accountId}
            onChange={(event) => patchFilter({ accountId: event.currentTarget.value })}
          >
            <option value="">All accounts</option>
            <Index each={accounts()}>{(account) => <option value={account().id}>{account().name}</option>}</Index>
          </select>
        </div>
        <div class="filter">
          <label class="filter-label" for="filter-service">
            Service
          </label>
          <select
            id="filter-service"
            class="input select"
            value={filter().serviceId}
            onChange={(event) => patchFilter({ serviceId: event.currentTarget.value })}
          >
            <option value="">All services</option>
            <Index each={services()}>{(service) => <option value={service().id}>{service().name}</option>}</Index>
          </select>
        </div>
        <div class="filter">
          <label class="filter-label" for="filter-show">
            Show
          </label>
          <select
            id="filter-show"
            class="input select"
            value={status()}
            onChange={(event) =>
              setSearch({ status: event.currentTarget.value === "open" ? undefined : event.currentTarget.value })
            }
          >
            <option value="open">Open</option>
            <option value="decided">Decided</option>
            <option value="all">All</option>
          </select>
        </div>
      </form>

      <div class="bulk-bar">
        <Show when={canDecide()}>
          <label class="checkbox">
            <input type="checkbox" checked={allSelected()} disabled={selectable().length === 0} onChange={toggleAll} />
            Select all {formatCount(selectable().length)} in filter
          </label>
        </Show>
        <span class="muted numeric" role="status" aria-live="polite">
          <Show when={periodCards.loading() && periodCards.cards().length > 0}>
            <span class="spinner spinner-inline" aria-hidden="true" /> Loading…{" "}
            {formatCount(periodCards.cards().length)} so far ·{" "}
          </Show>
          {formatPlural(shown().length, "card", "cards")}
          {shown().length !== periodCards.cards().length ? ` of ${formatCount(periodCards.cards().length)}` : ""}
        </span>
        <Show when={canDecide() && selected().size > 0}>
          <div class="bulk-actions">
            <span class="bulk-selected">{formatCount(selected().size)} selected</span>
            <button
              type="button"
              class="btn btn-primary btn-sm"
              disabled={bulkCandidates("approve").length === 0}
              onClick={() => setDialog({ type: "bulk", action: "approve", cards: bulkCandidates("approve") })}
            >
              Approve selected…
            </button>
            <button
              type="button"
              class="btn btn-sm"
              disabled={bulkCandidates("dismiss").length === 0}
              onClick={() => setDialog({ type: "bulk", action: "dismiss", cards: bulkCandidates("dismiss") })}
            >
              Dismiss selected…
            </button>
            <button type="button" class="btn btn-ghost btn-sm" onClick={() => setSelected(new Set<string>())}>
              Clear selection
            </button>
          </div>
        </Show>
        <div class="view-controls">
          <div class="filter">
            <label class="filter-label" for="filter-group-by">
              Group by
            </label>
            <select
              id="filter-group-by"
              class="input select"
              value={groupBy()}
              onChange={(event) => setGroupBy(event.currentTarget.value as GroupBy)}
            >
              <option value="none">No grouping</option>
              <option value="account">Account</option>
              <option value="service">Service</option>
              <option value="contract">Contract</option>
            </select>
          </div>
          <fieldset class="segmented" aria-label="Layout">
            <button
              type="button"
              class="segmented-item"
              aria-pressed={view() === "cards"}
              onClick={() => setSearch({ view: undefined })}
            >
              Cards
            </button>
            <button
              type="button"
              class="segmented-item"
              aria-pressed={view() === "list"}
              onClick={() => setSearch({ view: "list" })}
            >
              List
            </button>
          </fieldset>
        </div>
      </div>

      <section
        ref={scroller}
        class="card-scroll panel"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll it (axe: scrollable-region-focusable)
        tabIndex={0}
        aria-label="Cards"
        aria-busy={periodCards.loading()}
      >
        <Switch>
          <Match when={periodCards.error()}>
            <div class="panel-body">
              <ProblemAlert
                error={periodCards.error()}
                context="Loading the period's cards"
                onRetry={() => periodCards.reload(period(), status())}
              />
            </div>
          </Match>
          <Match when={periodCards.loading() && periodCards.cards().length === 0}>
            <div class="card-skeletons" role="status" aria-label="Loading cards">
              <For each={[1, 2, 3, 4, 5, 6]}>{() => <div class="skeleton card-skeleton" />}</For>
            </div>
          </Match>
          <Match when={periodCards.cards().length === 0}>
            <StateMessage
              icon="reconcile"
              title={status() === "open" ? `Nothing left to reconcile for ${formatPeriod(period())}` : "No cards"}
              actions={
                <a class="btn" href="/integrations">
                  Go to Integrations
                </a>
              }
            >
              {status() === "open"
                ? "Every card of the period is decided, or no integration has synced usage yet. Cards appear after a sync."
                : "No decided cards for this period yet."}
            </StateMessage>
          </Match>
          <Match when={shown().length === 0}>
            <StateMessage
              icon="filter"
              title="No card matches these filters"
              actions={
                <button type="button" class="btn" onClick={() => setFilter(emptyCardFilter)}>
                  Clear filters
                </button>
              }
            >
              Try another vendor, kind or search text.
            </StateMessage>
          </Match>
          <Match when={true}>
            <Show when={view() === "list"}>
              <div class="card-row card-row-head" aria-hidden="true">
                <span />
                <span>Account · service · contract</span>
                <span>Kind</span>
                <span class="card-row-num">PSA</span>
                <span class="card-row-num">Vendor</span>
                <span class="card-row-num">Delta</span>
                <span class="card-row-num">Revenue</span>
                <span />
              </div>
            </Show>
            <ul class="virtual-inner" style={{ height: `${virtualizer.getTotalSize()}px` }}>
              {/* Keyed by the card (and group) objects, which survive filtering: a keystroke
                  that keeps a card in view moves its DOM instead of rebuilding it. */}
              <For each={visibleCells().list}>
                {(entry) => {
                  const place = () => visibleCells().places.get(entry) ?? { top: 0, column: 0, size: 0 };
                  const style = () => ({
                    height: `${place().size}px`,
                    transform: `translateY(${place().top}px)`,
                    ...(view() === "cards" && !isGroup(entry) ? tileColumn(place().column) : {}),
                  });
                  return (
                    <li
                      class="virtual-row"
                      classList={{ "tile-cell": view() === "cards" && !isGroup(entry) }}
                      style={style()}
                    >
                      {isGroup(entry) ? (
                        <div class="group-header">
                          <h2 class="group-title">{entry.label}</h2>
                          <span class="group-subtotal numeric">
                            {formatPlural(entry.subtotal.count, "card", "cards")} · PSA{" "}
                            {formatQuantity(entry.subtotal.psaQuantity)} · vendor{" "}
                            {formatQuantity(entry.subtotal.vendorQuantity)} · delta{" "}
                            {formatSignedCount(entry.subtotal.delta)} ·{" "}
                            <span class="delta" data-sign={signOf(entry.subtotal.revenueDelta)}>
                              {formatSignedMoney(entry.subtotal.revenueDelta)}
                            </span>
                          </span>
                        </div>
                      ) : view() === "list" ? (
                        <CardListRow {...cardProps(entry)} />
                      ) : (
                        <CardTile {...cardProps(entry)} />
                      )}
                    </li>
                  );
                }}
              </For>
            </ul>
          </Match>
        </Switch>
      </section>

      <ToastRegion toasts={toasts.toasts()} onDismiss={toasts.dismiss} />

      <Show when={dialog()}>
        {(open) => {
          const current = open();
          const close = () => setDialog(null);
          switch (current.type) {
            case "adjust":
              return (
                <AdjustDialog
                  card={current.card}
                  onClose={close}
                  onSubmit={(values: AdjustValues) =>
                    decide(
                      current.card,
                      {
                        action: "adjust",
                        quantity: values.quantity,
                        effectiveDate: values.effectiveDate,
                        ...(values.note ? { note: values.note } : {}),
                      },
                      "Adjust",
                    )
                  }
                />
              );
            case "dismiss":
              return (
                <DismissDialog
                  card={current.card}
                  onClose={close}
                  onSubmit={(note) => decide(current.card, { action: "dismiss", ...(note ? { note } : {}) }, "Dismiss")}
                />
              );
            case "attach":
              return (
                <AttachDialog
                  card={current.card}
                  onClose={close}
                  onSubmit={(contractId) => decide(current.card, { action: "attach", contractId }, "Attach")}
                />
              );
            case "why":
              return <WhyPanel card={current.card} onClose={close} />;
            case "bulk":
              return (
                <BulkDialog
                  action={current.action}
                  cards={current.cards}
                  onClose={close}
                  onApplied={(result) => onBulkApplied(result, current.action)}
                />
              );
            case "stale":
              return (
                <StaleCardDialog
                  previous={current.previous}
                  fresh={current.fresh}
                  actionLabel={current.label}
                  onClose={close}
                  onConfirm={() => decide(current.fresh, current.action, current.label)}
                />
              );
          }
        }}
      </Show>
    </div>
  );
}
