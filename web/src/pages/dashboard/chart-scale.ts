/** Geometry of the demand chart: pure numbers, so the scaling is tested without a browser. */

export interface ValueScale {
  /** The top of the axis: a round number at or above the largest value. */
  max: number;
  step: number;
  ticks: number[];
}

/**
 * A value axis for whole-number counts: 1, 2 or 5 × a power of ten between ticks, about
 * `targetTicks` intervals, never a fractional step (half an appointment means nothing).
 */
export function niceScale(largest: number, targetTicks = 4): ValueScale {
  const top = Math.max(1, Math.ceil(largest));
  const rough = top / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const step = Math.max(1, nice);
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return { max, step, ticks };
}

/**
 * The axis for a set of days. Usually it reaches the largest value. When one day dwarfs every
 * other (a launch day, a day of test data), an axis to its height flattens the rest into a line
 * along the bottom: then the axis stops a little above the next largest day, and the days above
 * it are drawn cut off, with a break mark and their figure (`clipped`).
 */
export function chooseScale(dayPeaks: readonly number[]): ValueScale & { clipped: boolean } {
  const sorted = [...dayPeaks].sort((a, b) => b - a);
  const largest = sorted[0] ?? 0;
  const next = sorted[1] ?? 0;
  if (next > 0 && largest > dominance * next) {
    return { ...niceScale(next * 1.25), clipped: true };
  }
  return { ...niceScale(largest), clipped: false };
}

/** How many times the next day's height one day must be before the axis stops short of it. */
const dominance = 4;

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  /** Horizontal space per day. */
  step: number;
  /** Width of a day's capacity bar; the booked bar is half of it, centred. */
  barWidth: number;
  /** Label every nth day, counted back from the last (today), so labels never overlap. */
  labelEvery: number;
  /** Centre of day `index`. */
  x(index: number): number;
  /** Vertical position of a count, never above the plot (a clipped bar stops at its top). */
  y(value: number): number;
}

/** Room above the plot for a cut-off bar's figure. */
const margin = { top: 24, right: 12, bottom: 36, left: 44 };
const plotHeight = 200;
const minPlotWidth = 120;
/** Room for a label like "30 Nov" at 12px, with a gap. */
const labelWidth = 48;

/** The chart's height whatever its width: the page reserves it before the figures arrive. */
export const chartHeight = margin.top + plotHeight + margin.bottom;

/**
 * The chart drawn to the width it has (its container's), so every day, today's included, is on
 * screen at 320 px and the chart fills 1280 px. Text stays 12 px: days get narrower, and the
 * date labels further apart, rather than the whole drawing being scaled down.
 */
export function chartLayout(dayCount: number, scale: ValueScale, width: number): ChartLayout {
  const plotWidth = Math.max(minPlotWidth, Math.floor(width) - margin.left - margin.right);
  const step = plotWidth / Math.max(1, dayCount);
  const plot = { left: margin.left, top: margin.top, width: plotWidth, height: plotHeight };
  return {
    width: margin.left + plotWidth + margin.right,
    height: chartHeight,
    plot,
    step,
    // At least a pixel where there is one, never wider than the day, and not a slab on a short range.
    barWidth: Math.min(40, Math.max(step * 0.7, Math.min(step, 1))),
    labelEvery: Math.ceil(labelWidth / step),
    x: (index) => plot.left + step * index + step / 2,
    y: (value) =>
      plot.top + plot.height - (Math.min(scale.max, Math.max(0, value)) / scale.max) * plot.height,
  };
}
