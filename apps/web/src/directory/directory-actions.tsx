import { type JSX, Show } from "solid-js";

/** A directory page's header actions, only for someone who may write: Import CSV, and create one. */
export function DirectoryActions(props: {
  canWrite: boolean;
  /** The create button's text, e.g. "New account". */
  newLabel: string;
  onImport: () => void;
  onNew: () => void;
}): JSX.Element {
  return (
    <Show when={props.canWrite}>
      <button type="button" class="btn" onClick={props.onImport}>
        Import CSV
      </button>
      <button type="button" class="btn btn-primary" onClick={props.onNew}>
        {props.newLabel}
      </button>
    </Show>
  );
}
