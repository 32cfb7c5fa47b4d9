import { type JSX, Show } from "solid-js";
import { formatCount } from "../lib/format.ts";

/** The note under a table cut at its first rows, saying how many more a search would reach. */
export function HiddenRowsNote(props: { hidden: number }): JSX.Element {
  return (
    <Show when={props.hidden > 0}>
      <p class="table-more muted">{formatCount(props.hidden)} more — search to narrow the list.</p>
    </Show>
  );
}
