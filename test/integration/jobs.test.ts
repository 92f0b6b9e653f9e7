import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jobList } from "@front-door/contracts";
import { getSameDayRequest, readDailyCounts, recordSameDayRequest } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { closeSameDayQueues } from "../../functions/src/handlers/close-same-day-queues.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

describe("scheduled jobs", () => {
  it.each(jobList.map((job) => [job.id, job] as const))("%s has an entry module", (_id, job) => {
    expect(
      existsSync(fileURLToPath(new URL(`../../functions/src/${job.handler}.ts`, import.meta.url))),
    ).toBe(true);
  });

  it("closes every site's same-day queue at the end of the London day, counting unmet demand once", async () => {
    // 23:55 on 29 March 2026 in London is 22:55 UTC (BST began that morning).
    const now = new Date("2026-03-29T22:55:00Z");
    const request = (siteId: string, icbId: string, status: "started" | "open" | "allocated") => ({
      id: randomUUID(),
      patientId: `patient-${randomUUID()}`,
      siteId,
      icbId,
      service: "same-day-gp",
      localDate: "2026-03-29",
      createdAt: "2026-03-29T08:00:00.000Z",
      status,
      triage: {},
    });
    const waiting = [
      request("site-armley", "icb-west-yorkshire", "open"),
      request("site-armley", "icb-west-yorkshire", "started"),
      request("site-york-clifton", "icb-humber-north-yorkshire", "open"),
    ];
    const served = request("site-armley", "icb-west-yorkshire", "allocated");
    for (const r of [...waiting, served]) await recordSameDayRequest(t.db, t.tableName, r);

    const result = await closeSameDayQueues({ db: t.db, tableName: t.tableName, now: () => now });
    expect(result).toEqual({ localDate: "2026-03-29", sites: 5, unmet: 3 });
    expect((await getSameDayRequest(t.db, t.tableName, served.id))?.status).toBe("allocated");
    expect(
      (await closeSameDayQueues({ db: t.db, tableName: t.tableName, now: () => now })).unmet,
    ).toBe(0);
    const westYorkshire = await readDailyCounts(
      t.db,
      t.tableName,
      "icb-west-yorkshire",
      "2026-03-29",
      "2026-03-29",
    );
    expect(westYorkshire.find((r) => r.siteId === "site-armley")).toMatchObject({
      requests: 3,
      unmet: 2,
    });

    // A missed night is repaired by the next run: the earlier day's request is still counted.
    const missed = request("site-halifax", "icb-west-yorkshire", "open");
    await recordSameDayRequest(t.db, t.tableName, missed);
    const nextNight = new Date("2026-03-30T22:55:00Z");
    const repaired = await closeSameDayQueues({
      db: t.db,
      tableName: t.tableName,
      now: () => nextNight,
    });
    expect(repaired.unmet).toBe(1);
    expect((await getSameDayRequest(t.db, t.tableName, missed.id))?.status).toBe("unmet");
  });
});
