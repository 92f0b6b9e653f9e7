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

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  /** Horizontal space per day. */
  step: number;
  /** Width of a day's capacity bar; the booked bar is half of it, centred. */
  barWidth: number;
  /** Label every nth day on the axis, so labels never overlap. */
  labelEvery: number;
  /** Centre of day `index`. */
  x(index: number): number;
  /** Vertical position of a count. */
  y(value: number): number;
}

const margin = { top: 12, right: 16, bottom: 36, left: 44 };
const plotHeight = 200;
const minPlotWidth = 240;
/** Room for a label like "30 Nov" at 12px, with a gap. */
const labelWidth = 44;

/** A month or less gets bars wide enough to read; longer ranges get thinner days. */
export function dayStep(dayCount: number): number {
  if (dayCount <= 31) return 28;
  if (dayCount <= 92) return 12;
  return 5;
}

/**
 * The chart keeps its natural width (it scrolls sideways inside its own container on a narrow
 * screen) rather than shrinking until bars and labels are unreadable.
 */
export function chartLayout(dayCount: number, scale: ValueScale): ChartLayout {
  const step = dayStep(dayCount);
  const plotWidth = Math.max(minPlotWidth, dayCount * step);
  const plot = { left: margin.left, top: margin.top, width: plotWidth, height: plotHeight };
  return {
    width: margin.left + plotWidth + margin.right,
    height: margin.top + plotHeight + margin.bottom,
    plot,
    step,
    barWidth: Math.max(2, Math.round(step * 0.7)),
    labelEvery: Math.ceil(labelWidth / step),
    x: (index) => plot.left + step * index + step / 2,
    y: (value) => plot.top + plot.height - (Math.max(0, value) / scale.max) * plot.height,
  };
}
