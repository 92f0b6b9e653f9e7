import type { DashboardResponse } from "@front-door/contracts";
import { h } from "../../lib/dom.ts";
import { chartLayout, chooseScale } from "./chart-scale.ts";
import { chartSummary, formatCount } from "./dashboard-query.ts";
import { shortDate } from "./london-date.ts";

const svgNs = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) {
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** The three series, told apart by shape as well as colour: wide bar, narrow bar, line. */
const series = [
  { key: "capacity", label: "Capacity (slots available)", className: "app-chart__capacity" },
  { key: "booked", label: "Booked appointments", className: "app-chart__booked" },
  { key: "demand", label: "Demand (same-day requests)", className: "app-chart__demand" },
] as const;

function legend(): HTMLElement {
  const swatch = (key: (typeof series)[number]["key"], className: string) =>
    svg(
      "svg",
      {
        class: "app-chart-legend__swatch",
        width: 24,
        height: 16,
        viewBox: "0 0 24 16",
        "aria-hidden": "true",
        focusable: "false",
      },
      key === "demand"
        ? svg(
            "g",
            {},
            svg("line", { class: className, x1: 0, y1: 8, x2: 24, y2: 8 }),
            svg("circle", { class: className, cx: 12, cy: 8, r: 3.5 }),
          )
        : svg("rect", {
            class: className,
            x: key === "booked" ? 6 : 2,
            y: 1,
            width: key === "booked" ? 12 : 20,
            height: 14,
          }),
    );
  return h(
    "ul",
    { class: "app-chart-legend", "aria-label": "Key" },
    ...series.map((s) => h("li", {}, swatch(s.key, s.className), s.label)),
  );
}

/** Two pale strokes across a cut-off bar near its top: the mark for "drawn short". */
function breakMark(x: number, width: number, top: number): SVGElement {
  const left = x - width / 2 - 2;
  const right = x + width / 2 + 2;
  return svg("path", {
    class: "app-chart__break",
    d: `M${left},${top + 10} L${right},${top + 6} M${left},${top + 15} L${right},${top + 11}`,
  });
}

/** The chart itself, drawn to `width`: redrawn when its container's width changes. */
function chartSvg(data: DashboardResponse, width: number, summary: string): SVGSVGElement {
  const { days } = data;
  const scale = chooseScale(days.map((d) => Math.max(d.demand, d.capacity, d.booked)));
  const layout = chartLayout(days.length, scale, width);
  const { plot } = layout;
  const bottom = plot.top + plot.height;

  const grid = scale.ticks.map((tick) =>
    svg(
      "g",
      {},
      svg("line", {
        class: "app-chart__gridline",
        x1: plot.left,
        x2: plot.left + plot.width,
        y1: layout.y(tick),
        y2: layout.y(tick),
      }),
      svg(
        "text",
        { class: "app-chart__tick", x: plot.left - 6, y: layout.y(tick) + 4, "text-anchor": "end" },
        formatCount(tick),
      ),
    ),
  );
  const bars = days.map((day, i) => {
    const x = layout.x(i);
    const bar = (value: number, barWidth: number, className: string) =>
      svg("rect", {
        class: className,
        x: x - barWidth / 2,
        y: layout.y(value),
        width: barWidth,
        height: bottom - layout.y(value),
      });
    const peak = Math.max(day.demand, day.capacity, day.booked);
    const cut = peak > scale.max;
    return svg(
      "g",
      {},
      ...(day.capacity > 0 ? [bar(day.capacity, layout.barWidth, "app-chart__capacity")] : []),
      ...(day.booked > 0
        ? [bar(day.booked, Math.max(1, layout.barWidth / 2), "app-chart__booked")]
        : []),
      ...(cut
        ? [
            breakMark(x, layout.barWidth, plot.top),
            svg(
              "text",
              { class: "app-chart__tick", x, y: plot.top - 8, "text-anchor": "middle" },
              formatCount(peak),
            ),
          ]
        : []),
    );
  });
  const points = days.map((day, i) => `${layout.x(i)},${layout.y(day.demand)}`).join(" ");
  const demand = svg(
    "g",
    {},
    svg("polyline", { class: "app-chart__demand", points }),
    ...(layout.step >= 12
      ? days.map((day, i) =>
          svg("circle", {
            class: "app-chart__demand",
            cx: layout.x(i),
            cy: layout.y(day.demand),
            r: 3.5,
          }),
        )
      : []),
  );
  // Counted back from the last day, so the end date (usually today) always has its label.
  const labels = days.flatMap((day, i) =>
    (days.length - 1 - i) % layout.labelEvery === 0
      ? [
          svg(
            "text",
            { class: "app-chart__tick", x: layout.x(i), y: bottom + 18, "text-anchor": "middle" },
            shortDate(day.date),
          ),
        ]
      : [],
  );
  return svg(
    "svg",
    {
      class: "app-chart",
      xmlns: svgNs,
      role: "img",
      "aria-label": summary,
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      focusable: "false",
      id: "demand-chart",
      "data-axis-max": scale.max,
    },
    svg("title", {}, summary),
    ...grid,
    ...bars,
    demand,
    svg("line", {
      class: "app-chart__axis",
      x1: plot.left,
      x2: plot.left + plot.width,
      y1: bottom,
      y2: bottom,
    }),
    ...labels,
  );
}

/**
 * Demand against capacity and bookings, one column per day, as wide as the page allows: an
 * image to assistive technology, with a summary as its name; the table that follows is the
 * accessible version of the figures. Its frame has the chart's height from the stylesheet, so
 * nothing moves when it is drawn (once the frame's width is known, and again when it changes).
 */
export function demandChart(data: DashboardResponse): HTMLElement {
  const summary = chartSummary(data.days, data.totals);
  const frame = h("div", { class: "app-chart-frame", id: "demand-chart-frame" });
  let drawnWidth = -1;
  new ResizeObserver((entries) => {
    const width = Math.floor(entries[0]?.contentRect.width ?? 0);
    if (width <= 0 || width === drawnWidth) return;
    drawnWidth = width;
    frame.replaceChildren(chartSvg(data, width, summary));
  }).observe(frame);
  const clipped = chooseScale(data.days.map((d) => Math.max(d.demand, d.capacity, d.booked)));
  return h(
    "div",
    {},
    legend(),
    frame,
    clipped.clipped &&
      h(
        "p",
        { class: "nhsuk-body-s", id: "chart-cut-note" },
        `Some days are far above the rest: their bars are cut off at ${formatCount(clipped.max)}, with the figure written above, so the other days can be seen. The table below has every figure.`,
      ),
  );
}
