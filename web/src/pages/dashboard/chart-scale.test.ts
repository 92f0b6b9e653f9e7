import { describe, expect, it } from "vitest";
import { chartLayout, dayStep, niceScale } from "./chart-scale.ts";

describe("the chart's value axis", () => {
  it("rounds the top up to 1, 2 or 5 times a power of ten, in whole-number steps", () => {
    expect(niceScale(4)).toEqual({ max: 4, step: 1, ticks: [0, 1, 2, 3, 4] });
    expect(niceScale(7)).toEqual({ max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(23)).toMatchObject({ max: 30, step: 10 });
    expect(niceScale(180)).toMatchObject({ max: 200, step: 50 });
    expect(niceScale(1234)).toMatchObject({ max: 1500, step: 500 });
  });

  it("never has a fractional step or a zero-height axis", () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(niceScale(1)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(niceScale(2.4)).toMatchObject({ max: 3, step: 1 });
  });

  it("always reaches the largest value", () => {
    for (const largest of [1, 3, 9, 11, 49, 51, 99, 101, 999, 5001]) {
      expect(niceScale(largest).max).toBeGreaterThanOrEqual(largest);
    }
  });
});

describe("the chart's layout", () => {
  it("puts zero on the baseline and the axis top at the top of the plot", () => {
    const layout = chartLayout(28, niceScale(8));
    expect(layout.y(0)).toBe(layout.plot.top + layout.plot.height);
    expect(layout.y(8)).toBe(layout.plot.top);
    expect(layout.y(4)).toBe(layout.plot.top + layout.plot.height / 2);
  });

  it("gives every day its own column, left to right, inside the plot", () => {
    const layout = chartLayout(28, niceScale(8));
    const xs = Array.from({ length: 28 }, (_, i) => layout.x(i));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBeGreaterThan(layout.plot.left);
    expect(xs[27]).toBeLessThan(layout.plot.left + layout.plot.width);
    expect(layout.barWidth).toBeLessThan(layout.step);
    expect(layout.width).toBeGreaterThan(layout.plot.left + layout.plot.width);
  });

  it("keeps four weeks readable without scrolling at desktop widths", () => {
    expect(chartLayout(28, niceScale(8)).width).toBeLessThanOrEqual(960);
  });

  it("thins the days and the date labels for longer ranges, so labels never overlap", () => {
    expect(dayStep(28)).toBeGreaterThan(dayStep(90));
    expect(dayStep(90)).toBeGreaterThan(dayStep(366));
    for (const days of [1, 28, 31, 90, 366]) {
      const layout = chartLayout(days, niceScale(10));
      expect(layout.step * layout.labelEvery).toBeGreaterThanOrEqual(44);
      expect(layout.barWidth).toBeGreaterThanOrEqual(2);
    }
  });
});
