import { countUpdate } from "../same-day/daily-counts.ts";

export interface AdviceCountScope {
  icbId: string;
  siteId: string;
  localDate: string;
}

/**
 * Every dashboard count the advice journey writes goes through here, so it can be re-pointed
 * (to sharded counters) in one place. Counted on the day's item for the site, service "advice".
 */
export function adviceCountUpdate(
  tableName: string,
  scope: AdviceCountScope,
  deltas: Readonly<Record<string, number>>,
) {
  return countUpdate(tableName, { ...scope, service: "advice" }, deltas);
}
