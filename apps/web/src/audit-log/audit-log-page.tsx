import { useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, For, type JSX, Match, on, Show, Switch } from "solid-js";
import { listAuditEvents } from "../api/audit.ts";
import type { AuditEvent } from "../api/types.ts";
import { PageHeader } from "../components/page-header.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState, StateMessage } from "../components/state-message.tsx";
import { formatDateTime } from "../lib/format.ts";
import { describeChange, describeEventType } from "./describe-change.ts";
import "./audit-log.css";

const typeOptions = [
  { value: "", label: "All events" },
  { value: "card.*", label: "Reconciliation decisions" },
  { value: "account.*", label: "Accounts" },
  { value: "service.*", label: "Services" },
  { value: "contract.*", label: "Contracts" },
  { value: "contract_line.*", label: "Contract lines" },
  { value: "integration.*", label: "Integrations" },
  { value: "auth.*", label: "Sign-ins" },
  { value: "user.*", label: "Users" },
  { value: "token.*", label: "API tokens" },
];

function subjectOf(event: AuditEvent): string {
  return typeof event.subject === "string" ? event.subject : `${event.subject.type} ${event.subject.id}`;
}

function EventRow(props: { event: AuditEvent; highlighted: boolean }): JSX.Element {
  const changes = () => describeChange(props.event.before, props.event.after);
  return (
    <li
      class="audit-event"
      classList={{ "is-highlighted": props.highlighted }}
      id={`event-${props.event.id}`}
      aria-current={props.highlighted ? "true" : undefined}
    >
      <div class="audit-event-head">
        <span class="audit-type">{describeEventType(props.event.type)}</span>
        <span class="muted audit-subject mono">{subjectOf(props.event)}</span>
        <span class="audit-actor">
          {props.event.actor.name}
          <Show when={props.event.actor.type !== "user"}>
            <span class="badge">{props.event.actor.type === "token" ? "API token" : "System"}</span>
          </Show>
        </span>
        <time class="muted audit-time" datetime={props.event.at}>
          {formatDateTime(props.event.at)}
        </time>
      </div>
      <Show when={changes().length > 0}>
        <dl class="audit-changes">
          <For each={changes().slice(0, 8)}>
            {(change) => (
              <div class="audit-change">
                <dt>{change.field}</dt>
                <dd>
                  <Show when={props.event.before !== null && props.event.before !== undefined}>
                    <span class="audit-before">{change.before}</span>
                    <span aria-hidden="true"> → </span>
                    <span class="visually-hidden"> changed to </span>
                  </Show>
                  <span class="audit-after">{change.after}</span>
                </dd>
              </div>
            )}
          </For>
        </dl>
      </Show>
    </li>
  );
}

/** The audit log: who did what and when, before → after, filtered by kind of event and date. */
export function AuditLogPage(): JSX.Element {
  const [search, setSearch] = useSearchParams<{ type?: string; since?: string; event?: string }>();
  const [events, setEvents] = createSignal<AuditEvent[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>(null);

  const load = async (reset: boolean): Promise<void> => {
    setLoading(true);
    setError(null);
    try {
      const page = await listAuditEvents({
        ...(search.type ? { type: search.type } : {}),
        ...(search.since ? { since: new Date(`${search.since}T00:00:00`).toISOString() } : {}),
        ...(!reset && cursor() ? { cursor: cursor() ?? "" } : {}),
      });
      setEvents((current) => (reset ? page.items : [...current, ...page.items]));
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };
  createEffect(on([() => search.type, () => search.since], () => void load(true)));
  createEffect(() => {
    const id = search.event;
    if (id && events().some((event) => event.id === id)) {
      queueMicrotask(() => document.getElementById(`event-${id}`)?.scrollIntoView({ block: "center" }));
    }
  });

  return (
    <div class="page">
      <PageHeader title="Audit log" description="Who did what, and when — before and after." />
      <form
        class="toolbar audit-filters"
        aria-label="Filter the audit log"
        onSubmit={(event) => event.preventDefault()}
      >
        <div class="filter">
          <label class="filter-label" for="filter-event-type">
            Event type
          </label>
          <select
            id="filter-event-type"
            class="input audit-select"
            value={search.type ?? ""}
            onChange={(event) => setSearch({ type: event.currentTarget.value || undefined, event: undefined })}
          >
            <For each={typeOptions}>{(option) => <option value={option.value}>{option.label}</option>}</For>
          </select>
        </div>
        <div class="filter">
          <label class="filter-label" for="filter-since">
            Since
          </label>
          <input
            id="filter-since"
            class="input audit-date"
            type="date"
            value={search.since ?? ""}
            onChange={(event) => setSearch({ since: event.currentTarget.value || undefined, event: undefined })}
          />
        </div>
      </form>
      <div class="panel">
        <Switch>
          <Match when={error() && events().length === 0}>
            <div class="panel-body">
              <ProblemAlert error={error()} context="Loading the audit log" onRetry={() => void load(true)} />
            </div>
          </Match>
          <Match when={loading() && events().length === 0}>
            <LoadingState label="Loading events…" />
          </Match>
          <Match when={events().length === 0}>
            <StateMessage icon="audit" title="No events">
              {search.type || search.since
                ? "No event matches these filters."
                : "Connections, mappings, directory changes and decisions are recorded here as they happen."}
            </StateMessage>
          </Match>
          <Match when={true}>
            <ol class="audit-list" aria-label="Audit events, newest first">
              <For each={events()}>{(event) => <EventRow event={event} highlighted={event.id === search.event} />}</For>
            </ol>
            <Show when={error()}>
              <div class="panel-body">
                <ProblemAlert error={error()} onRetry={() => void load(false)} />
              </div>
            </Show>
            <Show when={cursor()}>
              <div class="panel-footer">
                <button type="button" class="btn" disabled={loading()} onClick={() => void load(false)}>
                  {loading() ? "Loading…" : "Load older events"}
                </button>
              </div>
            </Show>
          </Match>
        </Switch>
      </div>
    </div>
  );
}
