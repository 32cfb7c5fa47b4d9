import { createSignal, For, type JSX, Match, onMount, Show, Switch } from "solid-js";
import { runBulk } from "../api/reconciliation.ts";
import type { BulkResult, ReconciliationCard } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState } from "../components/state-message.tsx";
import { formatPlural } from "../lib/format.ts";
import { formatQuantity } from "./format-delta.ts";
import { firstOfNextMonth } from "./period.ts";

/**
 * Bulk approve or dismiss: picks one effective date, asks the API for the dry-run diff (what
 * each card would become, nothing changed), shows it, and applies only on a second click.
 */
export function BulkDialog(props: {
  action: "approve" | "dismiss";
  cards: ReconciliationCard[];
  onApplied: (result: BulkResult) => void;
  onClose: () => void;
}): JSX.Element {
  const [effectiveDate, setEffectiveDate] = createSignal(firstOfNextMonth(new Date()));
  const [preview, setPreview] = createSignal<BulkResult | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const byId = new Map(props.cards.map((card) => [card.id, card]));
  const verb = props.action === "approve" ? "Approve" : "Dismiss";
  const request = () => ({
    action: props.action,
    cardIds: props.cards.map((card) => card.id),
    ...(props.action === "approve" ? { effectiveDate: effectiveDate() } : {}),
  });

  const dryRun = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setPreview(null);
    try {
      setPreview(await runBulk(request(), true));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const apply = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      props.onApplied(await runBulk(request(), false));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  onMount(() => void dryRun());

  const counts = () => {
    const items = preview()?.items ?? [];
    return {
      changed: items.filter((item) => item.outcome === "changed").length,
      unchanged: items.filter((item) => item.outcome === "unchanged").length,
      rejected: items.filter((item) => item.outcome === "rejected").length,
    };
  };

  return (
    <Dialog
      title={`${verb} ${formatPlural(props.cards.length, "card", "cards")}`}
      description="Read what would change first; nothing is changed until you apply."
      onClose={props.onClose}
      dismissible={!busy()}
      size="lg"
    >
      <Show when={props.action === "approve"}>
        <div class="bulk-date">
          <div class="field">
            <label class="label" for="bulk-date">
              Effective date for every card
            </label>
            <input
              id="bulk-date"
              class="input"
              type="date"
              value={effectiveDate()}
              onChange={(event) => {
                setEffectiveDate(event.currentTarget.value);
                void dryRun();
              }}
            />
          </div>
        </div>
      </Show>
      <Switch>
        <Match when={error()}>
          <ProblemAlert error={error()} context="The bulk action" onRetry={() => void dryRun()} />
        </Match>
        <Match when={preview()}>
          {(result) => (
            <>
              <p class="bulk-counts" role="status">
                Dry run: {formatPlural(counts().changed, "card changes", "cards change")}
                {counts().unchanged > 0 ? `, ${formatCount(counts().unchanged)} unchanged` : ""}
                {counts().rejected > 0 ? `, ${formatCount(counts().rejected)} refused` : ""}.
              </p>
              <div class="bulk-diff">
                <table class="data-table">
                  <caption class="visually-hidden">What the bulk action would change</caption>
                  <thead>
                    <tr>
                      <th scope="col">Account</th>
                      <th scope="col">Service</th>
                      <th scope="col" class="num">
                        Billed now
                      </th>
                      <th scope="col" class="num">
                        After
                      </th>
                      <th scope="col">Result</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={result().items}>
                      {(item) => (
                        <tr data-outcome={item.outcome}>
                          <td>{byId.get(item.cardId)?.accountName ?? item.cardId}</td>
                          <td>{byId.get(item.cardId)?.serviceName ?? ""}</td>
                          <td class="num numeric">{formatQuantity(item.before)}</td>
                          <td class="num numeric">{formatQuantity(item.after)}</td>
                          <td>
                            {item.outcome === "changed"
                              ? "Changes"
                              : item.outcome === "unchanged"
                                ? "No change"
                                : "Refused"}
                            <Show when={item.reason}>
                              <span class="muted"> · {item.reason}</span>
                            </Show>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </>
          )}
        </Match>
        <Match when={busy()}>
          <LoadingState label="Working out what would change…" compact />
        </Match>
      </Switch>
      <div class="dialog-inline-footer">
        <button type="button" class="btn" onClick={props.onClose} disabled={busy()}>
          Cancel
        </button>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => void apply()}
          disabled={busy() || preview() === null || counts().changed + counts().unchanged === 0}
        >
          {verb} {formatPlural(props.cards.length, "card", "cards")}
        </button>
      </div>
    </Dialog>
  );
}

function formatCount(value: number): string {
  return new Intl.NumberFormat().format(value);
}
