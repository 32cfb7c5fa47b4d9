import { createResource, For, type JSX, Match, Show, Switch } from "solid-js";
import { getCardDetails } from "../api/reconciliation.ts";
import type { CardDetails, ReconciliationCard, Usage } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState, StateMessage } from "../components/state-message.tsx";
import { formatDateTime } from "../lib/format.ts";
import { describeUsageDifference } from "./describe-usage-difference.ts";
import { formatQuantity } from "./format-delta.ts";
import { KindBadge } from "./kind-badge.tsx";
import { weekdayMaximum } from "./usage-chart.ts";
import { UsageChartSvg } from "./usage-chart-svg.tsx";

function formatDay(date: string): string {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime())
    ? date
    : new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }).format(parsed);
}

function domainsOf(details: CardDetails, usage: Usage): string[] {
  return usage.domains ?? details.vendorAccounts.find((account) => account.id === usage.vendorAccountId)?.domains ?? [];
}

function UsageSection(props: { details: CardDetails; usage: Usage }): JSX.Element {
  const usage = () => props.usage;
  const portal = () => usage().portalQuantity ?? weekdayMaximum(usage().days);
  const domains = () => domainsOf(props.details, usage());
  return (
    <section class="why-usage" aria-label={`Usage of ${usage().name}`}>
      <div class="why-figures">
        <div class="stat">
          <p class="stat-label">Billed (30-day maximum)</p>
          <p class="stat-value" data-testid="billed-quantity">
            {formatQuantity(usage().quantity)}
          </p>
        </div>
        <div class="stat">
          <p class="stat-label">Portal view (weekdays)</p>
          <p class="stat-value" data-testid="portal-quantity">
            {formatQuantity(portal())}
          </p>
        </div>
      </div>
      <p class="why-sentence">
        {usage().explanation || describeUsageDifference(usage().quantity, portal(), usage().maxDay)}
      </p>
      <UsageChartSvg days={usage().days} label={`Daily usage of ${usage().name}`} />
      <dl class="facts why-facts">
        <dt>Domain group</dt>
        <dd>{usage().name}</dd>
        <dt>Domains</dt>
        <dd>
          <Show when={domains().length > 0} fallback={<span class="muted">None listed</span>}>
            <ul class="domain-list">
              <For each={domains()}>{(domain) => <li class="mono">{domain}</li>}</For>
            </ul>
          </Show>
        </dd>
        <dt>Window</dt>
        <dd>
          <Show when={usage().window} fallback="—">
            {(window) => (
              <>
                {formatDay(window().start)} – {formatDay(window().end)}
              </>
            )}
          </Show>
        </dd>
        <dt>Synced</dt>
        <dd>{formatDateTime(usage().syncedAt)}</dd>
      </dl>
    </section>
  );
}

/**
 * "Why this number?": for one card, each summed domain group's 30 daily values as a chart with
 * the maximum marked and weekends shaded, the billed figure beside the portal view and one
 * sentence on why they differ, the group's domains and when the data was synced.
 */
export function WhyPanel(props: { card: ReconciliationCard; onClose: () => void }): JSX.Element {
  const [details, { refetch }] = createResource(() => props.card.id, getCardDetails);
  return (
    <Dialog
      title="Why this number?"
      description={
        <span class="why-subtitle">
          {props.card.accountName} · {props.card.serviceName} <KindBadge kind={props.card.kind} />
        </span>
      }
      onClose={props.onClose}
      size="lg"
    >
      <Switch>
        <Match when={details.error}>
          <ProblemAlert error={details.error} context="Loading the card's usage" onRetry={refetch} />
        </Match>
        <Match when={details()}>
          {(loaded) => (
            <Show
              when={loaded().usage.length > 0}
              fallback={
                <StateMessage icon="info" title="No usage reported" compact>
                  The vendor reported no usage for this account in the window, so there is no daily series to show.
                </StateMessage>
              }
            >
              <For each={loaded().usage}>{(usage) => <UsageSection details={loaded()} usage={usage} />}</For>
            </Show>
          )}
        </Match>
        <Match when={true}>
          <LoadingState label="Loading the daily usage…" compact />
        </Match>
      </Switch>
      {/* Inside the body, so the scrolling body always holds something focusable (axe: scrollable-region-focusable). */}
      <div class="dialog-inline-footer">
        <button type="button" class="btn" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
