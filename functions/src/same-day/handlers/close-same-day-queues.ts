import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { addDays, londonToday } from "@front-door/domain";
import { closeDayAsUnmet, listIcbs, sitesOfIcb } from "@front-door/store";
import { tryPiece } from "../../job-run.ts";

export interface CloseQueuesDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/**
 * The end of a London day: every same-day request at every site still started or open becomes
 * unmet demand, counted once (the store's condition makes a re-run count nothing twice). The
 * previous days are swept too, so a run that failed is repaired by the next one: a request (or
 * a site's day) the store could not write is counted in `failed` and left open until then.
 */
export const catchUpDays = 6;

export async function closeSameDayQueues(
  deps: CloseQueuesDeps,
): Promise<{ localDate: string; sites: number; unmet: number; failed: number }> {
  const now = deps.now();
  const localDate = londonToday(now);
  const days = Array.from({ length: catchUpDays + 1 }, (_, back) => addDays(localDate, -back));
  let sites = 0;
  let unmet = 0;
  const tally = { failed: 0 };
  for (const icb of await listIcbs(deps.db, deps.tableName)) {
    const icbSites = await tryPiece(tally, () => sitesOfIcb(deps.db, deps.tableName, icb.id));
    for (const site of icbSites ?? []) {
      sites += 1;
      for (const day of days) {
        const closed = await tryPiece(tally, () =>
          closeDayAsUnmet(deps.db, deps.tableName, site.id, day, now),
        );
        unmet += closed?.marked ?? 0;
        tally.failed += closed?.failed ?? 0;
      }
    }
  }
  return { localDate, sites, unmet, failed: tally.failed };
}
