import type { JSX } from "solid-js";
import type { CardKind } from "../api/types.ts";
import { cardKindLabel } from "./card-kinds.ts";

/** A card's kind as a coloured badge (colours from the design tokens). */
export function KindBadge(props: { kind: CardKind }): JSX.Element {
  return <span class={`badge badge-dot badge-kind-${props.kind}`}>{cardKindLabel[props.kind]}</span>;
}
