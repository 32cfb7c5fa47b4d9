import { type JSX, Show } from "solid-js";
import type { CardViewProps } from "./card-tile.tsx";

/**
 * What both card layouts (tile and list row) are framed by: the labelled article that carries
 * the card's kind and id, marked when selected.
 */
export function CardFrame(props: {
  class: string;
  card: CardViewProps["card"];
  selected: boolean;
  children: JSX.Element;
}): JSX.Element {
  return (
    <article
      class={props.class}
      classList={{ "is-selected": props.selected }}
      data-kind={props.card.kind}
      data-card-id={props.card.id}
      aria-label={`${props.card.accountName}, ${props.card.serviceName}`}
    >
      {props.children}
    </article>
  );
}

/** The checkbox that adds a card to the bulk selection, shown only to someone who may decide. */
export function CardSelect(props: CardViewProps): JSX.Element {
  return (
    <Show when={props.canDecide}>
      <input
        type="checkbox"
        class="card-select"
        checked={props.selected}
        onChange={() => props.onToggle(props.card)}
        aria-label={`Select ${props.card.accountName}, ${props.card.serviceName}`}
      />
    </Show>
  );
}
