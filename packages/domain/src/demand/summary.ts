/**
 * Demand against capacity, from the per-day counts the store keeps. Pure arithmetic: what each
 * figure means is defined here once, and the dashboard, the CSV and the tests all use it.
 */
export interface DayCounts {
  localDate: string;
  siteId: string;
  service: string;
  published: number;
  blocked: number;
  requests: number;
  diversions: number;
  booked: number;
  cancelled: number;
  didNotAttend: number;
  unmet: number;
}

export interface DemandFigures {
  /** Same-day requests made (including those diverted by a red flag). */
  demand: number;
  /** Slots published less slots blocked. */
  capacity: number;
  /** Appointments booked and not cancelled. */
  booked: number;
  cancelled: number;
  didNotAttend: number;
  /** Requests still without an appointment or outcome at the end of their day. */
  unmet: number;
  /** Requests sent to 999, A&E or 111 by a red flag. */
  diversions: number;
  /** booked ÷ capacity, 0–1; null when there was no capacity. */
  utilisation: number | null;
}

export function figuresOf(rows: readonly DayCounts[]): DemandFigures {
  const sum = (pick: (row: DayCounts) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const capacity = sum((r) => r.published - r.blocked);
  const booked = sum((r) => r.booked - r.cancelled);
  return {
    demand: sum((r) => r.requests),
    capacity,
    booked,
    cancelled: sum((r) => r.cancelled),
    didNotAttend: sum((r) => r.didNotAttend),
    unmet: sum((r) => r.unmet),
    diversions: sum((r) => r.diversions),
    utilisation: capacity > 0 ? Math.round((booked / capacity) * 1000) / 1000 : null,
  };
}

/** Every London date from `from` to `to` inclusive (YYYY-MM-DD; calendar arithmetic in UTC). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= end; day += 86_400_000) {
    dates.push(new Date(day).toISOString().slice(0, 10));
  }
  return dates;
}

export interface DemandSummary {
  days: (DemandFigures & { date: string })[];
  breakdown: (DemandFigures & { siteId: string; service: string })[];
  totals: DemandFigures;
}

/**
 * One line per day (days with no activity included, as zeros, so a chart has no gaps), one per
 * site and service, and the totals, after the optional site and service filters.
 */
export function summariseDemand(
  rows: readonly DayCounts[],
  range: { from: string; to: string },
  filter: { siteId?: string; service?: string } = {},
): DemandSummary {
  const kept = rows.filter(
    (row) =>
      row.localDate >= range.from &&
      row.localDate <= range.to &&
      (!filter.siteId || row.siteId === filter.siteId) &&
      (!filter.service || row.service === filter.service),
  );
  const byDate = groupBy(kept, (row) => row.localDate);
  const bySiteService = groupBy(kept, (row) => `${row.siteId}|${row.service}`);
  return {
    days: datesBetween(range.from, range.to).map((date) => ({
      date,
      ...figuresOf(byDate.get(date) ?? []),
    })),
    breakdown: [...bySiteService.entries()]
      .map(([key, group]) => {
        const [siteId = "", service = ""] = key.split("|");
        return { siteId, service, ...figuresOf(group) };
      })
      .sort((a, b) => a.siteId.localeCompare(b.siteId) || a.service.localeCompare(b.service)),
    totals: figuresOf(kept),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
