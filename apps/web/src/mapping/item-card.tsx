import { type JSX, Match, Show, Switch } from "solid-js";
import { toApiProblem } from "../api/api-problem.ts";
import { Icon } from "../components/icon.tsx";
import { describeProblem } from "../lib/describe-problem.ts";
import type { DragController } from "./drag-controller.ts";
import type { MappingItem } from "./mapping-item.ts";
import type { MappingWords } from "./mapping-source.ts";

/** What a person can do to one vendor item. */
export interface ItemActions {
  openMapTo: (item: MappingItem, opener: HTMLElement) => void;
  unmap: (item: MappingItem) => void;
  exclude: (item: MappingItem) => void;
  include: (item: MappingItem) => void;
  toggleGuesses: (item: MappingItem) => void;
}

/**
 * A vendor item (domain group or vendor service) on the right: a drop target while unmapped or
 * mapped, with its state (mapped to whom, auto-mapped, excluded) and its actions. Names are
 * rendered as text nodes only.
 */
export function ItemCard(props: {
  item: MappingItem;
  targetName: string | null;
  words: MappingWords;
  drag: DragController | null;
  actions: ItemActions | null;
  pending: boolean;
  error: unknown;
  showingGuesses: boolean;
}): JSX.Element {
  const item = () => props.item;
  const accepts = () => item().status !== "excluded" && !props.pending;
  const drop = () => props.drag?.targetHandlers(item().id, accepts);
  const problem = () => (props.error ? describeProblem(toApiProblem(props.error)) : null);
  return (
    <section
      class="item-card"
      data-status={item().status}
      data-item-id={item().id}
      classList={{
        "is-drop-ready": props.drag?.dragging() != null && accepts(),
        "is-drop-over": props.drag?.over() === item().id,
        "is-pending": props.pending,
        "is-showing-guesses": props.showingGuesses,
      }}
      aria-label={item().name}
      data-drop-target={drop()?.["data-drop-target"]}
      onDragEnter={(event) => drop()?.onDragEnter(event)}
      onDragOver={(event) => drop()?.onDragOver(event)}
      onDragLeave={(event) => drop()?.onDragLeave(event)}
      onDrop={(event) => drop()?.onDrop(event)}
    >
      <div class="item-row">
        <span class="item-name" title={item().name}>
          {item().name}
        </span>
        <div class="item-state">
          <Switch>
            <Match when={item().status === "mapped"}>
              <span class="mapped-to" title={props.targetName ?? ""}>
                <Icon name="link" size={12} />
                <span class="mapped-to-name">{props.targetName ?? "Unknown"}</span>
              </span>
              <Show when={item().mappedBy === "auto"}>
                <span class="badge badge-accent">Auto-mapped</span>
              </Show>
            </Match>
            <Match when={item().status === "excluded"}>
              <span class="badge">
                <Icon name="ban" size={12} /> Excluded
              </span>
            </Match>
            <Match when={item().status === "unmapped"}>
              <span class="badge badge-warning">Unmapped</span>
            </Match>
          </Switch>
        </div>
      </div>
      <div class="item-row">
        <span class="item-details" title={item().details.join(", ")}>
          <Show when={problem()} fallback={item().details.length > 0 ? item().details.join(", ") : ""}>
            {(shown) => (
              <span class="field-error" role="alert">
                <Icon name="alert" size={12} /> {shown().title}
              </span>
            )}
          </Show>
        </span>
        <Show when={props.actions}>
          {(actions) => (
            <div class="item-actions">
              <Show when={props.pending}>
                <span class="spinner" role="status" aria-label="Saving" />
              </Show>
              <Switch>
                <Match when={item().status === "mapped"}>
                  <button
                    type="button"
                    class="btn btn-ghost btn-sm"
                    disabled={props.pending}
                    onClick={() => actions().unmap(item())}
                    aria-label={`Undo mapping of ${item().name}`}
                  >
                    <Icon name="undo" size={14} /> Undo
                  </button>
                </Match>
                <Match when={item().status === "excluded"}>
                  <button
                    type="button"
                    class="btn btn-ghost btn-sm"
                    disabled={props.pending}
                    onClick={() => actions().include(item())}
                    aria-label={`Include ${item().name}`}
                  >
                    Include
                  </button>
                </Match>
                <Match when={item().status === "unmapped"}>
                  <Show when={item().suggestions.length > 0}>
                    <button
                      type="button"
                      class="btn btn-ghost btn-sm"
                      aria-pressed={props.showingGuesses}
                      onClick={() => actions().toggleGuesses(item())}
                      aria-label={`Guesses for ${item().name}`}
                      title="Show the closest guesses on the left"
                    >
                      <Icon name="filter" size={14} /> Guesses
                    </button>
                  </Show>
                  <button
                    type="button"
                    class="btn btn-ghost btn-sm"
                    disabled={props.pending}
                    onClick={() => actions().exclude(item())}
                    aria-label={`Exclude ${item().name}`}
                  >
                    Exclude
                  </button>
                </Match>
              </Switch>
              <Show when={item().status !== "excluded"}>
                <button
                  type="button"
                  class="btn btn-sm"
                  disabled={props.pending}
                  onClick={(event) => actions().openMapTo(item(), event.currentTarget)}
                  aria-label={`Map to… ${item().name}`}
                  aria-haspopup="dialog"
                >
                  Map to…
                </button>
              </Show>
            </div>
          )}
        </Show>
      </div>
    </section>
  );
}
