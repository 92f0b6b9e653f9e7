import { randomUUID } from "node:crypto";
import type { Logger } from "@aws-lambda-powertools/logger";
import { getSameDayRequest, listIcbs, recordSameDayRequest } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { type FanOutJob, type IcbShare, runFanOutJob } from "../../functions/src/job-fan-out.ts";
import { JobIncomplete } from "../../functions/src/job-run.ts";
import {
  type CloseQueuesResult,
  closeSameDayQueuesOfIcb,
} from "../../functions/src/same-day/handlers/close-same-day-queues.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

// 23:55 on 2 December 2026 in London (GMT).
const at = "2026-12-02T23:55:00.000Z";
const localDate = "2026-12-02";
const silent = { info() {}, warn() {}, error() {} } as unknown as Logger;

async function openRequest(siteId: string, icbId: string) {
  const request = {
    id: randomUUID(),
    patientId: `patient-${randomUUID()}`,
    siteId,
    icbId,
    service: "same-day-gp",
    localDate,
    createdAt: "2026-12-02T08:00:00.000Z",
    status: "open" as const,
    triage: {},
  };
  await recordSameDayRequest(t.db, t.tableName, request);
  return request.id;
}

function closeQueues(db = t.db): FanOutJob<CloseQueuesResult> {
  const deps = { db, tableName: t.tableName, now: () => new Date(at) };
  return {
    name: "same-day queues closed",
    icbIds: async () => (await listIcbs(t.db, t.tableName)).map((icb) => icb.id),
    work: (share, timeLeft) => closeSameDayQueuesOfIcb(deps, share, timeLeft),
  };
}

describe("jobs that fan out per ICB (DynamoDB Local)", () => {
  it("a worker out of time hands on from the next site; the shares together close every site once", async () => {
    const requests = [
      await openRequest("site-armley", "icb-west-yorkshire"),
      await openRequest("site-halifax", "icb-west-yorkshire"),
      await openRequest("site-york-clifton", "icb-humber-north-yorkshire"),
    ];
    // Lambda: the dispatcher hands each ICB on; each worker has time for one site only.
    const queue: IcbShare[] = [];
    const dispatch = async (share: IcbShare) => {
      queue.push(share);
    };
    await runFanOutJob(
      silent,
      closeQueues(),
      {},
      { dispatch, timeLeft: () => false, now: () => new Date(at) },
    );
    expect(queue.map((share) => share.icbId).sort()).toEqual([
      "icb-humber-north-yorkshire",
      "icb-west-yorkshire",
    ]);
    let invocations = 0;
    let unmet = 0;
    // Each share is run as Lambda would run the asynchronous event, after midnight.
    for (let share = queue.shift(); share; share = queue.shift()) {
      invocations += 1;
      const result = await runFanOutJob(silent, closeQueues(), share, {
        dispatch,
        timeLeft: () => false,
        now: () => new Date("2026-12-03T00:01:00.000Z"),
      });
      expect(result.sites).toBe(1);
      unmet += Number(result.unmet);
    }
    // Five demo sites: one invocation each.
    expect(invocations).toBe(5);
    expect(unmet).toBe(3);
    for (const id of requests) {
      expect((await getSameDayRequest(t.db, t.tableName, id))?.status).toBe("unmet");
    }
  });

  it("counts per ICB what the store could not do, does the other ICBs, and fails the run for a retry", async () => {
    const york = await openRequest("site-york-clifton", "icb-humber-north-yorkshire");
    const armley = await openRequest("site-armley", "icb-west-yorkshire");
    // York's requests cannot be written: that ICB's share counts its failure, the other goes on.
    const faulty = faultyTable(t, [{ kind: "connection", key: onKeys(`REQ#${york}`) }]);
    const run = runFanOutJob(
      silent,
      closeQueues(faulty.db),
      {},
      {
        timeLeft: () => true,
        now: () => new Date(at),
      },
    );
    await expect(run).rejects.toBeInstanceOf(JobIncomplete);
    faulty.client.destroy();
    expect((await getSameDayRequest(t.db, t.tableName, armley))?.status).toBe("unmet");
    expect((await getSameDayRequest(t.db, t.tableName, york))?.status).toBe("open");
    // The next run, with the store back, closes them.
    const again = await runFanOutJob(
      silent,
      closeQueues(),
      {},
      {
        timeLeft: () => true,
        now: () => new Date(at),
      },
    );
    expect(again).toMatchObject({ icbs: 2, unmet: 1, failed: 0 });
    expect((await getSameDayRequest(t.db, t.tableName, york))?.status).toBe("unmet");
  });
});
