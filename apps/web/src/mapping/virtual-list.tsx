import { createVirtualizer } from "@tanstack/solid-virtual";
import { For, type JSX, Show } from "solid-js";

/**
 * A scrolling list that renders only the rows in view (plus a few), so 5,000 domain groups
 * scroll and filter without jank. Rows have a fixed height.
 */
export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  /** Names the list for assistive technology. */
  label: string;
  keyOf: (item: T) => string;
  children: (item: T) => JSX.Element;
  empty: JSX.Element;
}): JSX.Element {
  let scroller: HTMLElement | undefined;
  const virtualizer = createVirtualizer({
    get count() {
      return props.items.length;
    },
    getScrollElement: () => scroller ?? null,
    estimateSize: () => props.rowHeight,
    overscan: 8,
    getItemKey: (index) => {
      const item = props.items[index];
      return item === undefined ? index : props.keyOf(item);
    },
  });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll it (axe: scrollable-region-focusable)
    <section ref={scroller} class="virtual-scroll" tabIndex={0} aria-label={props.label}>
      <Show when={props.items.length > 0} fallback={props.empty}>
        <ul class="virtual-inner" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          <For each={virtualizer.getVirtualItems()}>
            {(row) => (
              <Show when={props.items[row.index]}>
                {(item) => (
                  <li
                    class="virtual-row"
                    aria-setsize={props.items.length}
                    aria-posinset={row.index + 1}
                    style={{ height: `${props.rowHeight}px`, transform: `translateY(${row.start}px)` }}
                  >
                    {props.children(item())}
                  </li>
                )}
              </Show>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
