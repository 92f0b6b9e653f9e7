import type { DashboardResponse } from "@front-door/contracts";
import { h } from "../../lib/dom.ts";
import { chartLayout, niceScale } from "./chart-scale.ts";
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

/**
 * Demand against capacity and bookings, one column per day. An image to assistive technology,
 * with a summary as its name: the table that follows is the accessible version of the figures.
 */
export function demandChart(data: DashboardResponse): HTMLElement {
  const { days } = data;
  const largest = Math.max(0, ...days.flatMap((d) => [d.demand, d.capacity, d.booked]));
  const scale = niceScale(largest);
  const layout = chartLayout(days.length, scale);
  const { plot } = layout;
  const summary = chartSummary(days, data.totals);
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
    const bar = (value: number, width: number, className: string) =>
      svg("rect", {
        class: className,
        x: x - width / 2,
        y: layout.y(value),
        width,
        height: bottom - layout.y(value),
      });
    return svg(
      "g",
      {},
      ...(day.capacity > 0 ? [bar(day.capacity, layout.barWidth, "app-chart__capacity")] : []),
      ...(day.booked > 0
        ? [bar(day.booked, Math.max(2, layout.barWidth / 2), "app-chart__booked")]
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
  const labels = days.flatMap((day, i) =>
    i % layout.labelEvery === 0
      ? [
          svg(
            "text",
            { class: "app-chart__tick", x: layout.x(i), y: bottom + 18, "text-anchor": "middle" },
            shortDate(day.date),
          ),
        ]
      : [],
  );
  const chart = svg(
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
  return h(
    "div",
    {},
    legend(),
    h(
      "div",
      { class: "nhsuk-scroll app-chart-scroll", "data-module": "nhsuk-scroll" },
      h(
        "div",
        {
          class: "nhsuk-scroll__content",
          role: "region",
          "aria-label": "Chart of each day (scrolls sideways on small screens)",
        },
        chart as unknown as Node,
      ),
    ),
  );
}
