import { type JSX, Match, type Resource, Switch } from "solid-js";
import type { IconName } from "./icon.tsx";
import { ProblemAlert } from "./problem-alert.tsx";
import { LoadingState, StateMessage } from "./state-message.tsx";

/**
 * A loaded list's states, first that applies: the load failed (with a retry), it is still
 * loading, there is nothing yet, nothing matches the search (when there is one), or the list
 * itself (`children`).
 */
export function ListStates(props: {
  list: Resource<readonly unknown[]>;
  /** What the loading state says, e.g. "Loading accounts…". */
  loadingLabel: string;
  /** What failed, for the alert when the load fails, e.g. "Loading accounts". */
  errorContext: string;
  /** The smaller loading and empty states, for a list inside a panel among others. */
  compact?: boolean;
  emptyIcon: IconName;
  emptyTitle: string;
  /** The sentence under the empty state's title. */
  emptyText?: JSX.Element;
  /** The search narrowing the list: its text, how many items match and the no-match title. */
  search?: { query: string; matchCount: number; noMatchTitle: string };
  onRetry: () => void;
  children: JSX.Element;
}): JSX.Element {
  return (
    <Switch>
      <Match when={props.list.error}>
        <div class="panel-body">
          <ProblemAlert error={props.list.error} context={props.errorContext} onRetry={props.onRetry} />
        </div>
      </Match>
      <Match when={props.list.loading && !props.list.latest}>
        <LoadingState label={props.loadingLabel} compact={props.compact === true} />
      </Match>
      <Match when={(props.list()?.length ?? 0) === 0}>
        <StateMessage icon={props.emptyIcon} title={props.emptyTitle} compact={props.compact === true}>
          {props.emptyText}
        </StateMessage>
      </Match>
      <Match when={props.search?.matchCount === 0 && props.search}>
        {(search) => (
          <StateMessage icon="search" title={search().noMatchTitle} compact>
            Nothing matches “{search().query}”.
          </StateMessage>
        )}
      </Match>
      <Match when={true}>{props.children}</Match>
    </Switch>
  );
}
