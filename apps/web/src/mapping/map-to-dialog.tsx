import { createMemo, createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import { Dialog } from "../components/dialog.tsx";
import { formatCount } from "../lib/format.ts";
import { type SearchIndex, searchItems } from "../lib/search-index.ts";
import type { MappingItem, MappingTarget } from "./mapping-item.ts";
import type { MappingWords } from "./mapping-source.ts";

const shownLimit = 100;

/**
 * The keyboard (and screen-reader) way to map: a dialog with a combobox that filters the Tally
 * accounts or services, the item's closest guesses first. Arrow keys move, Enter chooses,
 * Escape closes and focus returns to the "Map to…" button.
 */
export function MapToDialog(props: {
  item: MappingItem;
  targets: readonly MappingTarget[];
  targetIndex: SearchIndex;
  words: MappingWords;
  onChoose: (target: MappingTarget) => void;
  onClose: () => void;
}): JSX.Element {
  const inputId = createUniqueId();
  const listId = createUniqueId();
  const [query, setQuery] = createSignal("");
  const [active, setActive] = createSignal(0);
  let input: HTMLInputElement | undefined;
  let list: HTMLDivElement | undefined;

  const byId = createMemo(() => new Map(props.targets.map((target) => [target.id, target])));
  const options = createMemo(() => {
    const suggested =
      query().trim() === ""
        ? props.item.suggestions.flatMap((suggestion) => {
            const target = byId().get(suggestion.targetId);
            return target ? [{ target, reason: suggestion.reason as string | null }] : [];
          })
        : [];
    const suggestedIds = new Set(suggested.map((option) => option.target.id));
    const matches = searchItems(
      props.targetIndex,
      props.targets,
      (target) => target.id,
      query(),
      (target) => !suggestedIds.has(target.id),
    );
    return [
      ...suggested,
      ...matches.slice(0, shownLimit - suggested.length).map((target) => ({ target, reason: null as string | null })),
    ];
  });
  const totalMatches = createMemo(
    () => searchItems(props.targetIndex, props.targets, (target) => target.id, query()).length,
  );
  const optionId = (index: number): string => `${listId}-option-${index}`;

  const move = (index: number): void => {
    const last = options().length - 1;
    const next = Math.max(0, Math.min(last, index));
    setActive(next);
    list?.querySelector(`#${CSS.escape(optionId(next))}`)?.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === "ArrowDown") move(active() + 1);
    else if (event.key === "ArrowUp") move(active() - 1);
    else if (event.key === "Home" && event.ctrlKey) move(0);
    else if (event.key === "End" && event.ctrlKey) move(options().length - 1);
    else if (event.key === "PageDown") move(active() + 8);
    else if (event.key === "PageUp") move(active() - 8);
    else if (event.key === "Enter") {
      const option = options()[active()];
      if (option) props.onChoose(option.target);
    } else return;
    event.preventDefault();
  };

  return (
    <Dialog
      title={`Map “${props.item.name}” to…`}
      description={`Choose the Tally ${props.words.targetOne} this ${props.words.itemOne} bills to.`}
      onClose={props.onClose}
      initialFocus={() => input}
    >
      <div class="field">
        <label class="label" for={inputId}>
          Search {props.words.targetOther}
        </label>
        <input
          ref={input}
          id={inputId}
          class="input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={options().length > 0 ? optionId(active()) : undefined}
          autocomplete="off"
          value={query()}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p class="hint" aria-live="polite">
          {options().length === 0
            ? `No ${props.words.targetOther} match.`
            : totalMatches() > options().length
              ? `Showing ${formatCount(options().length)} of ${formatCount(totalMatches())} — type to narrow down. ↑ ↓ to move, Enter to choose.`
              : "↑ ↓ to move, Enter to choose, Escape to cancel."}
        </p>
      </div>
      <div ref={list} id={listId} class="listbox" role="listbox" aria-label={`Tally ${props.words.targetOther}`}>
        <For each={options()}>
          {(option, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant)
            <div
              id={optionId(index())}
              role="option"
              tabIndex={-1}
              class="listbox-option"
              aria-selected={index() === active()}
              onMouseMove={() => setActive(index())}
              onClick={() => props.onChoose(option.target)}
            >
              <span class="listbox-option-name">{option.target.name}</span>
              <Show when={option.reason}>
                <span class="badge badge-accent">Closest guess · {option.reason}</span>
              </Show>
              <Show when={!option.reason && option.target.detail}>
                <span class="muted mono">{option.target.detail}</span>
              </Show>
            </div>
          )}
        </For>
      </div>
    </Dialog>
  );
}
