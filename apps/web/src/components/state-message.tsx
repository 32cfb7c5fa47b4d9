import { type JSX, Show } from "solid-js";
import { Icon, type IconName } from "./icon.tsx";

/** An empty (or informational) state: an icon, a title, a sentence and optional actions. */
export function StateMessage(props: {
  icon?: IconName;
  title: string;
  children?: JSX.Element;
  actions?: JSX.Element;
  compact?: boolean;
}): JSX.Element {
  return (
    <div class="state" classList={{ "state-compact": props.compact === true }}>
      <div class="state-icon">
        <Icon name={props.icon ?? "inbox"} size={20} />
      </div>
      <p class="state-title">{props.title}</p>
      <Show when={props.children}>
        <p class="state-text">{props.children}</p>
      </Show>
      <Show when={props.actions}>
        <div class="state-actions">{props.actions}</div>
      </Show>
    </div>
  );
}

/** A loading state that says what is loading, announced politely to screen readers. */
export function LoadingState(props: { label: string; compact?: boolean }): JSX.Element {
  return (
    <div class="state" classList={{ "state-compact": props.compact === true }} role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p class="muted">{props.label}</p>
    </div>
  );
}
