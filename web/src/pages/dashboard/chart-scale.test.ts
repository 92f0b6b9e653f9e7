import { describe, expect, it } from "vitest";
import { chartHeight, chartLayout, chooseScale, niceScale } from "./chart-scale.ts";

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

describe("the axis for a set of days", () => {
  it("reaches the largest day when the days are alike", () => {
    expect(chooseScale([3, 8, 5, 0])).toEqual({ ...niceScale(8), clipped: false });
  });

  it("stops above the next largest day when one day dwarfs the rest, and says so", () => {
    const scale = chooseScale([4, 182, 6, 5]);
    expect(scale.clipped).toBe(true);
    expect(scale.max).toBeGreaterThanOrEqual(6);
    expect(scale.max).toBeLessThan(20);
  });

  it("keeps the whole axis when only one day has anything: there is nothing else to show", () => {
    expect(chooseScale([0, 0, 182, 0])).toEqual({ ...niceScale(182), clipped: false });
  });
});

describe("the chart's layout", () => {
  it("puts zero on the baseline and the axis top at the top of the plot", () => {
    const layout = chartLayout(28, niceScale(8), 600);
    expect(layout.y(0)).toBe(layout.plot.top + layout.plot.height);
    expect(layout.y(8)).toBe(layout.plot.top);
    expect(layout.y(4)).toBe(layout.plot.top + layout.plot.height / 2);
  });

  it("stops a value above the axis at the top of the plot", () => {
    const layout = chartLayout(28, niceScale(8), 600);
    expect(layout.y(182)).toBe(layout.plot.top);
  });

  it("fits the width it is given, every day inside the plot, from 288 px to 1200 px", () => {
    for (const width of [288, 640, 1200]) {
      for (const days of [1, 7, 28, 92, 366]) {
        const layout = chartLayout(days, niceScale(8), width);
        expect(layout.width).toBeLessThanOrEqual(width);
        const last = layout.x(days - 1);
        expect(layout.x(0) - layout.barWidth / 2).toBeGreaterThanOrEqual(layout.plot.left);
        expect(last + layout.barWidth / 2).toBeLessThanOrEqual(
          layout.plot.left + layout.plot.width,
        );
        expect(layout.barWidth).toBeLessThanOrEqual(layout.step);
        // Labels never overlap, however narrow the days.
        expect(layout.step * layout.labelEvery).toBeGreaterThanOrEqual(48);
        expect(layout.height).toBe(chartHeight);
      }
    }
  });
});
