import { type JSX, Match, type Resource, Show, Switch } from "solid-js";
import type { IconName } from "../components/icon.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState, StateMessage } from "../components/state-message.tsx";
import { formatCount } from "../lib/format.ts";

/**
 * A directory list's states, first that applies: the load failed (with a retry), it is still
 * loading, there is nothing yet, nothing matches the search, or the table itself (`children`).
 */
export function DirectoryList(props: {
  list: Resource<readonly unknown[]>;
  /** What is loading, e.g. "Loading accounts": the failure's context and, with "…", the loading label. */
  loading: string;
  emptyIcon: IconName;
  emptyTitle: string;
  /** The sentence under the empty state's title. */
  emptyText: JSX.Element;
  noMatchTitle: string;
  query: string;
  matchCount: number;
  onRetry: () => void;
  children: JSX.Element;
}): JSX.Element {
  return (
    <Switch>
      <Match when={props.list.error}>
        <div class="panel-body">
          <ProblemAlert error={props.list.error} context={props.loading} onRetry={props.onRetry} />
        </div>
      </Match>
      <Match when={props.list.loading && !props.list.latest}>
        <LoadingState label={`${props.loading}…`} />
      </Match>
      <Match when={(props.list()?.length ?? 0) === 0}>
        <StateMessage icon={props.emptyIcon} title={props.emptyTitle}>
          {props.emptyText}
        </StateMessage>
      </Match>
      <Match when={props.matchCount === 0}>
        <StateMessage icon="search" title={props.noMatchTitle} compact>
          Nothing matches “{props.query}”.
        </StateMessage>
      </Match>
      <Match when={true}>{props.children}</Match>
    </Switch>
  );
}

/** The note under a table cut at its first rows, saying how many more a search would reach. */
export function HiddenRowsNote(props: { hidden: number }): JSX.Element {
  return (
    <Show when={props.hidden > 0}>
      <p class="table-more muted">{formatCount(props.hidden)} more — search to narrow the list.</p>
    </Show>
  );
}
