import { For, type JSX } from "solid-js";
import type { CardKind } from "../api/types.ts";
import { formatCount } from "../lib/format.ts";
import { cardKindLabel, cardKinds } from "./card-kinds.ts";
import { formatSignedMoney } from "./format-delta.ts";
import type { CardSummary } from "./summarize-cards.ts";

/**
 * The counts per kind (each a toggle that filters to that kind) and the revenue the open cards
 * would add and remove.
 */
export function SummaryBar(props: {
  summary: CardSummary;
  kind: CardKind | "";
  onKind: (kind: CardKind | "") => void;
}): JSX.Element {
  return (
    <section class="summary-bar panel" aria-label="Summary">
      <div class="summary-kinds">
        <button type="button" class="summary-kind" aria-pressed={props.kind === ""} onClick={() => props.onKind("")}>
          <span class="summary-kind-label">All</span>
          <span class="summary-kind-count numeric">{formatCount(props.summary.total)}</span>
        </button>
        <For each={cardKinds}>
          {(kind) => (
            <button
              type="button"
              class="summary-kind"
              data-kind={kind}
              aria-pressed={props.kind === kind}
              onClick={() => props.onKind(props.kind === kind ? "" : kind)}
            >
              <span class="summary-kind-label">
                <span class="kind-dot" aria-hidden="true" />
                {cardKindLabel[kind]}
              </span>
              <span class="summary-kind-count numeric" data-testid={`count-${kind}`}>
                {formatCount(props.summary.byKind[kind])}
              </span>
            </button>
          )}
        </For>
      </div>
      <dl class="summary-revenue">
        <div>
          <dt>Revenue up</dt>
          <dd class="numeric delta" data-sign="up">
            {formatSignedMoney(props.summary.revenueUp)}
          </dd>
        </div>
        <div>
          <dt>Revenue down</dt>
          <dd class="numeric delta" data-sign={props.summary.revenueDown < 0 ? "down" : "zero"}>
            {formatSignedMoney(props.summary.revenueDown)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
