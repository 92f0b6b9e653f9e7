import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { addDays, londonToday } from "@front-door/domain";
import { closeDayAsUnmet, listIcbs, sitesOfIcb } from "@front-door/store";

export interface CloseQueuesDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/**
 * The end of a London day: every same-day request at every site still started or open becomes
 * unmet demand, counted once (the store's condition makes a re-run count nothing twice). The
 * previous days are swept too, so a run that failed is repaired by the next one.
 */
export const catchUpDays = 6;

export async function closeSameDayQueues(
  deps: CloseQueuesDeps,
): Promise<{ localDate: string; sites: number; unmet: number }> {
  const now = deps.now();
  const localDate = londonToday(now);
  const days = Array.from({ length: catchUpDays + 1 }, (_, back) => addDays(localDate, -back));
  let sites = 0;
  let unmet = 0;
  for (const icb of await listIcbs(deps.db, deps.tableName)) {
    for (const site of await sitesOfIcb(deps.db, deps.tableName, icb.id)) {
      sites += 1;
      for (const day of days) {
        unmet += await closeDayAsUnmet(deps.db, deps.tableName, site.id, day, now);
      }
    }
  }
  return { localDate, sites, unmet };
}
