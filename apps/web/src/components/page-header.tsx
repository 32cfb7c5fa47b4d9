import { type JSX, Show } from "solid-js";

/** A page's title row: the title, an optional line under it, and the page's actions on the right. */
export function PageHeader(props: {
  title: string;
  description?: JSX.Element;
  actions?: JSX.Element;
  eyebrow?: JSX.Element;
}): JSX.Element {
  return (
    <header class="page-header">
      <div class="page-header-text">
        <Show when={props.eyebrow}>
          <div class="page-eyebrow">{props.eyebrow}</div>
        </Show>
        <h1>{props.title}</h1>
        <Show when={props.description}>
          <p class="page-description">{props.description}</p>
        </Show>
      </div>
      <Show when={props.actions}>
        <div class="page-actions">{props.actions}</div>
      </Show>
    </header>
  );
}
