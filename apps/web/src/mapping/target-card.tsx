import { type JSX, Show } from "solid-js";
import { Icon } from "../components/icon.tsx";
import { formatPlural } from "../lib/format.ts";
import type { DragController } from "./drag-controller.ts";
import type { MappingTarget } from "./mapping-item.ts";
import type { MappingWords } from "./mapping-source.ts";

/** A Tally account or service on the left, to drag onto a vendor item. */
export function TargetCard(props: {
  target: MappingTarget;
  mappedCount: number;
  guessReason: string | null;
  drag: DragController | null;
  words: MappingWords;
}): JSX.Element {
  const handlers = () => props.drag?.sourceHandlers({ id: props.target.id, name: props.target.name });
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dragging is the mouse way; "Map to…" on each vendor item is the keyboard way
    <div
      class="target-card"
      classList={{
        "is-draggable": props.drag !== null,
        "is-dragging": props.drag?.dragging()?.id === props.target.id,
        "is-guess": props.guessReason !== null,
      }}
      data-target-id={props.target.id}
      draggable={handlers()?.draggable ?? false}
      onDragStart={(event) => handlers()?.onDragStart(event)}
      onDragEnd={() => handlers()?.onDragEnd()}
      onPointerDown={(event) => handlers()?.onPointerDown(event)}
    >
      <Show when={props.drag}>
        <span class="target-grip" aria-hidden="true">
          <Icon name="grip" />
        </span>
      </Show>
      <div class="target-text">
        <span class="target-name" title={props.target.name}>
          {props.target.name}
        </span>
        <span class="target-detail">
          <Show when={props.guessReason} fallback={props.target.detail ?? ""}>
            <span class="guess-reason">
              <Icon name="sparkle" size={12} /> {props.guessReason}
            </span>
          </Show>
        </span>
      </div>
      <Show when={props.mappedCount > 0}>
        <span
          class="badge numeric"
          title={`Receives ${formatPlural(props.mappedCount, props.words.itemOne, props.words.itemOther)}`}
        >
          {props.mappedCount}
        </span>
      </Show>
    </div>
  );
}
