import { For, type JSX, Show } from "solid-js";
import type { UsageDay } from "../api/types.ts";
import { formatCount } from "../lib/format.ts";
import { scaleUsageChart } from "./usage-chart.ts";

const dayFormat = (locale?: string) =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * The 30 daily values as bars, weekends shaded, the maximum marked and labelled; the chart has
 * a text alternative naming the maximum, and the bars carry their values as titles.
 */
export function UsageChartSvg(props: { days: UsageDay[]; label: string }): JSX.Element {
  const chart = () => scaleUsageChart(props.days, 640, 200);
  const max = () => chart().max;
  const summary = () => {
    const top = max();
    return top
      ? `${props.label}: ${props.days.length} daily values, maximum ${formatCount(top.usage)} on ${dayFormat().format(new Date(`${top.date}T00:00:00Z`))}.`
      : `${props.label}: no daily values.`;
  };
  return (
    <figure class="usage-chart" data-max={max()?.usage ?? ""}>
      <svg viewBox={`0 0 ${chart().width} ${chart().height}`} role="img" aria-label={summary()}>
        <For each={chart().bars.filter((bar) => bar.weekend)}>
          {(bar) => (
            <rect
              class="chart-weekend"
              x={bar.x - (bar.width * 0.43) / 2}
              y={chart().plot.top}
              width={bar.width * 1.43}
              height={chart().plot.bottom - chart().plot.top}
            />
          )}
        </For>
        <For each={chart().ticks}>
          {(tick) => (
            <>
              <line class="chart-grid" x1={chart().plot.left} x2={chart().plot.right} y1={tick.y} y2={tick.y} />
              <text class="chart-axis" x={chart().plot.left - 6} y={tick.y + 4} text-anchor="end">
                {formatCount(tick.value)}
              </text>
            </>
          )}
        </For>
        <For each={chart().bars}>
          {(bar) => (
            <rect
              class={bar.isMax ? "chart-bar chart-bar-max" : "chart-bar"}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={Math.max(bar.height, 0.5)}
              rx={1.5}
            >
              <title>
                {dayFormat().format(new Date(`${bar.date}T00:00:00Z`))}: {formatCount(bar.usage)}
              </title>
            </rect>
          )}
        </For>
        <Show when={max()}>
          {(top) => (
            <g class="chart-max-label">
              <line class="chart-max-line" x1={chart().plot.left} x2={chart().plot.right} y1={top().y} y2={top().y} />
              <text
                x={Math.min(top().x + top().width / 2, chart().plot.right - 40)}
                y={Math.max(top().y - 5, 11)}
                text-anchor="middle"
                data-testid="chart-max"
              >
                {formatCount(top().usage)}
              </text>
            </g>
          )}
        </Show>
        <Show when={chart().bars[0]}>
          {(first) => (
            <text class="chart-axis" x={first().x} y={chart().height - 6}>
              {dayFormat().format(new Date(`${first().date}T00:00:00Z`))}
            </text>
          )}
        </Show>
        <Show when={chart().bars[chart().bars.length - 1]}>
          {(last) => (
            <text class="chart-axis" x={last().x + last().width} y={chart().height - 6} text-anchor="end">
              {dayFormat().format(new Date(`${last().date}T00:00:00Z`))}
            </text>
          )}
        </Show>
      </svg>
      <figcaption class="chart-legend">
        <span class="legend-item">
          <span class="legend-swatch legend-bar" aria-hidden="true" /> Licensed mailboxes per day
        </span>
        <span class="legend-item">
          <span class="legend-swatch legend-max" aria-hidden="true" /> Maximum (billed)
        </span>
        <span class="legend-item">
          <span class="legend-swatch legend-weekend" aria-hidden="true" /> Weekend (not in the portal view)
        </span>
      </figcaption>
    </figure>
  );
}
