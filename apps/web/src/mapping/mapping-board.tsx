import { createMemo, createResource, createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { Portal } from "solid-js/web";
import { Icon } from "../components/icon.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState, StateMessage } from "../components/state-message.tsx";
import { formatCount, formatPlural } from "../lib/format.ts";
import { createSearchIndex, searchItems } from "../lib/search-index.ts";
import { createDragController } from "./drag-controller.ts";
import { type ItemActions, ItemCard } from "./item-card.tsx";
import { MapToDialog } from "./map-to-dialog.tsx";
import { countMappingStatuses, type MappingItem, type MappingTarget } from "./mapping-item.ts";
import type { MappingSource } from "./mapping-source.ts";
import { TargetCard } from "./target-card.tsx";
import { VirtualList } from "./virtual-list.tsx";

const targetRowHeight = 52;
const itemRowHeight = 80;

function SearchField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  placeholder: string;
}): JSX.Element {
  return (
    <div class="search-input">
      <Icon name="search" size={14} />
      <input
        class="input"
        type="search"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

function LoadedBoard(props: {
  source: MappingSource;
  initialItems: MappingItem[];
  targets: MappingTarget[];
  readOnly: boolean;
  onItemsChange?: (items: readonly MappingItem[]) => void;
}): JSX.Element {
  const words = props.source.words;
  const [items, setItems] = createSignal<readonly MappingItem[]>(props.initialItems);
  // Names and domains never change while mapping, so both indexes are built once per load.
  const itemIndex = createSearchIndex(
    props.initialItems,
    (item) => item.id,
    (item) => [item.name, ...item.details],
  );
  const targetIndex = createSearchIndex(
    props.targets,
    (target) => target.id,
    (target) => [target.name, target.detail ?? ""],
  );
  const targetById = new Map(props.targets.map((target) => [target.id, target]));

  const [targetQuery, setTargetQuery] = createSignal("");
  const [itemQuery, setItemQuery] = createSignal("");
  const [hideMapped, setHideMapped] = createSignal(false);
  const [guessesFor, setGuessesFor] = createSignal<MappingItem | null>(null);
  const [pending, setPending] = createSignal<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = createSignal<ReadonlyMap<string, unknown>>(new Map());
  const [announcement, setAnnouncement] = createSignal("");
  const [mapTo, setMapTo] = createSignal<{ item: MappingItem; opener: HTMLElement } | null>(null);

  const counts = createMemo(() => countMappingStatuses(items()));
  const mappedCountByTarget = createMemo(() => {
    const byTarget = new Map<string, number>();
    for (const item of items()) {
      if (item.status === "mapped" && item.targetId)
        byTarget.set(item.targetId, (byTarget.get(item.targetId) ?? 0) + 1);
    }
    return byTarget;
  });
  const shownItems = createMemo(() =>
    searchItems(
      itemIndex,
      items(),
      (item) => item.id,
      itemQuery(),
      hideMapped() ? (item) => item.status !== "mapped" : undefined,
    ),
  );
  const shownTargets = createMemo((): { target: MappingTarget; reason: string | null }[] => {
    const guessing = guessesFor();
    if (guessing) {
      return guessing.suggestions.flatMap((suggestion) => {
        const target = targetById.get(suggestion.targetId);
        return target ? [{ target, reason: suggestion.reason }] : [];
      });
    }
    return searchItems(targetIndex, props.targets, (target) => target.id, targetQuery()).map((target) => ({
      target,
      reason: null,
    }));
  });

  const replaceItem = (updated: MappingItem): void => {
    const next = items().map((item) => (item.id === updated.id ? updated : item));
    setItems(next);
    props.onItemsChange?.(next);
  };

  const run = async (
    item: MappingItem,
    action: () => Promise<MappingItem>,
    done: (updated: MappingItem) => string,
  ): Promise<void> => {
    setPending((current) => new Set(current).add(item.id));
    setErrors((current) => {
      const next = new Map(current);
      next.delete(item.id);
      return next;
    });
    try {
      const updated = await action();
      replaceItem(updated);
      setAnnouncement(done(updated));
    } catch (error) {
      setErrors((current) => new Map(current).set(item.id, error));
      setAnnouncement(`Could not change ${item.name}.`);
    } finally {
      setPending((current) => {
        const next = new Set(current);
        next.delete(item.id);
        return next;
      });
    }
  };

  const mapItem = (item: MappingItem, target: MappingTarget): void => {
    if (guessesFor()?.id === item.id) setGuessesFor(null);
    void run(
      item,
      () => props.source.map(item.id, target.id),
      () => `Mapped ${item.name} to ${target.name}.`,
    );
  };

  const drag = props.readOnly
    ? null
    : createDragController((subject, itemId) => {
        const item = items().find((candidate) => candidate.id === itemId);
        const target = targetById.get(subject.id);
        if (item && target) mapItem(item, target);
      });

  const actions: ItemActions | null = props.readOnly
    ? null
    : {
        openMapTo: (item, opener) => setMapTo({ item, opener }),
        unmap: (item) => {
          const from = item.targetId ? (targetById.get(item.targetId)?.name ?? "") : "";
          void run(
            item,
            () => props.source.unmap(item.id),
            () => `Undid the mapping of ${item.name}${from ? ` to ${from}` : ""}.`,
          );
        },
        exclude: (item) =>
          void run(
            item,
            () => props.source.exclude(item.id),
            () => `Excluded ${item.name}.`,
          ),
        include: (item) =>
          void run(
            item,
            () => props.source.include(item.id),
            () => `Included ${item.name} again.`,
          ),
        toggleGuesses: (item) => setGuessesFor((current) => (current?.id === item.id ? null : item)),
      };

  return (
    <div class="board">
      <div class="board-summary">
        <p class="board-counts" aria-live="polite">
          <span class="board-count-main numeric">
            {formatCount(counts().unmapped)} of {formatPlural(items().length, words.itemOne, words.itemOther)} unmapped
          </span>
          <span class="muted numeric">
            {formatCount(counts().mapped)} mapped · {formatCount(counts().excluded)} excluded
          </span>
        </p>
        <Show when={props.readOnly}>
          <p class="hint board-how">Read only: a reconciler, admin or owner can change the mapping.</p>
        </Show>
        <Show when={!props.readOnly}>
          <p class="hint board-how">
            Drag {words.aTargetOne} from the left onto a {words.itemOne} on the right, or use <strong>Map to…</strong>.
          </p>
        </Show>
      </div>
      <div class="board-columns">
        <section class="board-column board-column-targets" aria-labelledby={`board-${props.source.side}-left`}>
          <header class="board-column-header">
            <h2 id={`board-${props.source.side}-left`}>{words.leftTitle}</h2>
            <span class="muted numeric">{formatCount(props.targets.length)}</span>
          </header>
          <div class="board-tools">
            <Show
              when={guessesFor()}
              fallback={
                <SearchField
                  label={`Search ${words.leftTitle}`}
                  placeholder={`Search ${words.targetOther}`}
                  value={targetQuery()}
                  onInput={setTargetQuery}
                />
              }
            >
              {(guessing) => (
                <div class="guess-banner">
                  <Icon name="filter" size={14} />
                  <span class="guess-banner-text">
                    Closest guesses for <strong>{guessing().name}</strong>
                  </span>
                  <button type="button" class="btn btn-ghost btn-sm" onClick={() => setGuessesFor(null)}>
                    Show all
                  </button>
                </div>
              )}
            </Show>
          </div>
          <VirtualList
            items={shownTargets()}
            rowHeight={targetRowHeight}
            label={words.leftTitle}
            keyOf={(entry) => entry.target.id}
            empty={
              <StateMessage icon="search" title={`No ${words.targetOther} match`} compact>
                {props.targets.length === 0
                  ? `Your organization has no ${words.targetOther} yet.`
                  : "Try a shorter search."}
              </StateMessage>
            }
          >
            {(entry) => (
              <TargetCard
                target={entry.target}
                guessReason={entry.reason}
                mappedCount={mappedCountByTarget().get(entry.target.id) ?? 0}
                drag={drag}
                words={words}
              />
            )}
          </VirtualList>
        </section>
        <section class="board-column board-column-items" aria-labelledby={`board-${props.source.side}-right`}>
          <header class="board-column-header">
            <h2 id={`board-${props.source.side}-right`}>{words.rightTitle}</h2>
            <span class="muted numeric">{formatCount(items().length)}</span>
          </header>
          <div class="board-tools">
            <SearchField
              label={`Search ${words.rightTitle}`}
              placeholder={`Search ${words.itemOther}`}
              value={itemQuery()}
              onInput={setItemQuery}
            />
            <label class="checkbox">
              <input
                type="checkbox"
                checked={hideMapped()}
                onChange={(event) => setHideMapped(event.currentTarget.checked)}
              />
              Hide mapped
            </label>
          </div>
          <VirtualList
            items={shownItems()}
            rowHeight={itemRowHeight}
            label={words.rightTitle}
            keyOf={(item) => item.id}
            empty={
              <Switch>
                <Match when={items().length === 0}>
                  <StateMessage icon="inbox" title={`No ${words.itemOther} to map`} compact>
                    The vendor reported none. Sync again later, or continue.
                  </StateMessage>
                </Match>
                <Match when={hideMapped() && itemQuery().trim() === ""}>
                  <StateMessage icon="check" title={`Every ${words.itemOne} is mapped`} compact>
                    Nothing left to map here.
                  </StateMessage>
                </Match>
                <Match when={true}>
                  <StateMessage icon="search" title={`No ${words.itemOther} match`} compact>
                    Try a shorter search{hideMapped() ? " or show mapped ones" : ""}.
                  </StateMessage>
                </Match>
              </Switch>
            }
          >
            {(item) => (
              <ItemCard
                item={item}
                targetName={item.targetId ? (targetById.get(item.targetId)?.name ?? null) : null}
                words={words}
                drag={drag}
                actions={actions}
                pending={pending().has(item.id)}
                error={errors().get(item.id)}
                showingGuesses={guessesFor()?.id === item.id}
              />
            )}
          </VirtualList>
        </section>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement()}
      </p>
      <Show when={drag?.ghost()}>
        {(at) => (
          <Portal>
            <div
              class="drag-ghost"
              style={{ transform: `translate(${at().x + 12}px, ${at().y + 8}px)` }}
              aria-hidden="true"
            >
              {drag?.dragging()?.name}
            </div>
          </Portal>
        )}
      </Show>
      <Show when={mapTo()}>
        {(open) => (
          <MapToDialog
            item={open().item}
            targets={props.targets}
            targetIndex={targetIndex}
            words={words}
            onClose={() => setMapTo(null)}
            onChoose={(target) => {
              const item = open().item;
              setMapTo(null);
              mapItem(item, target);
            }}
          />
        )}
      </Show>
    </div>
  );
}

/**
 * The mapping screen for one side (accounts or services): Tally's items on the left, the
 * vendor's on the right; drag, "Map to…", closest guesses, exclude/include, one-click undo.
 * Used by the connect wizard and by Configure's "Edit mappings".
 */
export function MappingBoard(props: {
  source: MappingSource;
  readOnly: boolean;
  onItemsChange?: (items: readonly MappingItem[]) => void;
}): JSX.Element {
  const [data, { refetch }] = createResource(
    () => props.source,
    async (source) => {
      const [items, targets] = await Promise.all([source.loadItems(), source.loadTargets()]);
      return { items, targets };
    },
  );
  return (
    <Switch>
      <Match when={data.error}>
        <ProblemAlert
          error={data.error}
          context={`Loading ${props.source.words.itemOther}`}
          onRetry={() => void refetch()}
        />
      </Match>
      <Match when={data.loading}>
        <div class="panel">
          <LoadingState label={`Loading ${props.source.words.itemOther} and ${props.source.words.targetOther}…`} />
        </div>
      </Match>
      <Match when={data()}>
        {(loaded) => {
          props.onItemsChange?.(loaded().items);
          return (
            <LoadedBoard
              source={props.source}
              initialItems={loaded().items}
              targets={loaded().targets}
              readOnly={props.readOnly}
              {...(props.onItemsChange ? { onItemsChange: props.onItemsChange } : {})}
            />
          );
        }}
      </Match>
    </Switch>
  );
}
