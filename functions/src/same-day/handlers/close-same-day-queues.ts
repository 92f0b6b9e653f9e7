import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { addDays, londonToday } from "@front-door/domain";
import { closeDayAsUnmet, listIcbs, sitesOfIcb } from "@front-door/store";
import { type IcbShare, type ShareResult, walkShare } from "../../job-fan-out.ts";
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

export interface CloseQueuesResult {
  localDate: string;
  sites: number;
  unmet: number;
  failed: number;
}

/** Every ICB in turn, in one call: for tests and small deployments (see job-fan-out.ts). */
export async function closeSameDayQueues(deps: CloseQueuesDeps): Promise<CloseQueuesResult> {
  const at = deps.now().toISOString();
  const total: CloseQueuesResult = {
    localDate: londonToday(deps.now()),
    sites: 0,
    unmet: 0,
    failed: 0,
  };
  for (const icb of await listIcbs(deps.db, deps.tableName)) {
    const share = await closeSameDayQueuesOfIcb(deps, { icbId: icb.id, at }, () => true);
    total.sites += share.sites;
    total.unmet += share.unmet;
    total.failed += share.failed;
  }
  return total;
}

/**
 * One ICB's share: its sites in order (walkShare), until `timeLeft` says stop — then
 * `resumeAfter` names the last site done, for a fresh invocation to go on from.
 */
export async function closeSameDayQueuesOfIcb(
  deps: CloseQueuesDeps,
  share: IcbShare,
  timeLeft: () => boolean,
): Promise<ShareResult<CloseQueuesResult>> {
  const now = new Date(share.at);
  const localDate = londonToday(now);
  const days = Array.from({ length: catchUpDays + 1 }, (_, back) => addDays(localDate, -back));
  const result: ShareResult<CloseQueuesResult> = { localDate, sites: 0, unmet: 0, failed: 0 };
  const icbSites = await tryPiece(result, () => sitesOfIcb(deps.db, deps.tableName, share.icbId));
  const walked = await walkShare(icbSites ?? [], share, timeLeft, async (site) => {
    for (const day of days) {
      const closed = await tryPiece(result, () =>
        closeDayAsUnmet(deps.db, deps.tableName, site.id, day, now),
      );
      result.unmet += closed?.marked ?? 0;
      result.failed += closed?.failed ?? 0;
    }
  });
  Object.assign(result, walked);
  return result;
}
