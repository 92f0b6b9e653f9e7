import { randomUUID } from "node:crypto";
import { getSlot, holdSlot, type NewSlot, publishSlots } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable({ seed: false });
});

const localDate = "2026-11-26";
const now = new Date(`${localDate}T08:00:00Z`);
const slot = (): NewSlot => ({
  id: `site-armley_${localDate}_10:00_after-commit_${randomUUID()}`,
  siteId: "site-armley",
  icbId: "icb-west-yorkshire",
  service: "same-day-gp",
  channel: "in-person",
  start: `${localDate}T10:00:00.000Z`,
  end: `${localDate}T10:15:00.000Z`,
  localDate,
  localStart: "10:00",
  sameDayOnly: false,
  templateId: "after-commit",
});

/** Each write's first answer is lost after DynamoDB did it: the store's retry sends it again. */
const answerLost = (operation: string, prefix: string) =>
  faultyTable(t, [
    { kind: "timeout", commands: [operation], key: onKeys(prefix), times: 1, afterCommit: true },
  ]);

describe("a single write retried after its first attempt committed", () => {
  it("holds a slot: the retry meets the patient's own hold and reports it held", async () => {
    const free = slot();
    await publishSlots(t.db, t.tableName, [free]);
    const lossy = answerLost("UpdateItem", "SLOT#");
    const outcome = await holdSlot(lossy.db, t.tableName, free.id, "patient-amira", now);
    lossy.client.destroy();
    expect(outcome.kind).toBe("held");
    expect(lossy.log.attempts.map((a) => a.fault)).toEqual(["timeout", undefined]);
    expect(await getSlot(t.db, t.tableName, free.id)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: "patient-amira",
    });
    // Another patient still cannot take it.
    expect((await holdSlot(t.db, t.tableName, free.id, "patient-tom", now)).kind).toBe(
      "slot-taken",
    );
  });
});
