import { randomUUID } from "node:crypto";
import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import {
  cancelAppointment,
  confirmBooking,
  counterShards,
  counterUpdate,
  holdSlot,
  keys,
  type NewSlot,
  publishSlots,
  readCounters,
  readDailyCounts,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { freshTable, measuringClient, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable({ seed: false });
});

const icbId = "icb-shard-test";

/** `count` parallel 10-minute same-day slots at 09:00 at a site. */
function slotsAt(siteId: string, localDate: string, count: number): NewSlot[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `${siteId}_${localDate}_09:00_same-day-gp_in-person_${n}`,
    siteId,
    icbId,
    service: "same-day-gp",
    channel: "in-person" as const,
    start: `${localDate}T09:00:00.000Z`,
    end: `${localDate}T09:10:00.000Z`,
    localDate,
    localStart: "09:00",
    sameDayOnly: true,
    templateId: "template-1",
  }));
}

const message = (kind: string) => ({ id: randomUUID(), kind, channels: [], text: kind });

/** Holds and books a slot for a new patient; the appointment id, or undefined if refused. */
async function book(slot: NewSlot, now: Date): Promise<string | undefined> {
  const patientId = `patient-${randomUUID()}`;
  const held = await holdSlot(t.db, t.tableName, slot.id, patientId, now);
  if (held.kind !== "held") return undefined;
  const booked = await confirmBooking(t.db, t.tableName, {
    slot: held.slot,
    appointmentId: randomUUID(),
    bookingReference: `REF${randomUUID().slice(0, 5)}`,
    patientId,
    bookedBy: "patient",
    sameDay: true,
    now,
    message: message("booking-confirmed"),
  });
  return booked.kind === "booked" ? booked.appointment.id : undefined;
}

/**
 * `work` over `items`, 8 at a time: concurrent enough for transactions to meet on a count, and
 * no more, because DynamoDB Local answers a crowd of transactions with lock timeouts (500s) that
 * real DynamoDB does not give.
 */
async function eightAtATime<T, R>(items: readonly T[], work: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += 8) {
    results.push(...(await Promise.all(items.slice(start, start + 8).map(work))));
  }
  return results;
}

/** The shard partitions that hold an item of this count. */
async function shardsWritten(siteId: string, localDate: string): Promise<number> {
  const { group, name } = keys.dailyCounts(icbId, localDate, siteId, "same-day-gp");
  let written = 0;
  for (let shard = 0; shard < counterShards; shard += 1) {
    const { Item } = await t.db.send(
      new GetCommand({
        TableName: t.tableName,
        Key: keys.counterShard(group, shard, name),
      }),
    );
    if (Item) written += 1;
  }
  return written;
}

describe("daily counts on sharded counters", () => {
  it("stay exact over many concurrent bookings and cancellations at one site", async () => {
    const localDate = "2026-12-07";
    const now = new Date(`${localDate}T08:00:00Z`);
    const slots = slotsAt("site-rush", localDate, 40);
    await publishSlots(t.db, t.tableName, slots);

    const booked = (await eightAtATime(slots, (slot) => book(slot, now))).filter(
      (id): id is string => id !== undefined,
    );
    const cancellations = await eightAtATime(booked.slice(0, 16), (appointmentId) =>
      cancelAppointment(t.db, t.tableName, {
        appointmentId,
        reason: "Feeling better",
        now,
        message: message("booking-cancelled"),
      }),
    );
    const cancelled = cancellations.filter((outcome) => outcome.kind === "cancelled").length;

    const [row] = await readDailyCounts(t.db, t.tableName, icbId, localDate, localDate);
    expect(booked.length).toBe(40);
    expect(cancelled).toBe(16);
    expect(row).toMatchObject({
      icbId,
      siteId: "site-rush",
      service: "same-day-gp",
      localDate,
      published: 40,
      booked: booked.length,
      cancelled,
    });
    // 57 count writes at random over 16 shards: they did not all land on one item.
    expect(await shardsWritten("site-rush", localDate)).toBeGreaterThan(1);
  }, 120_000);

  it("add counts written before sharding (one item per day, site and service) to the shards'", async () => {
    const localDate = "2026-12-08";
    await t.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: t.tableName,
              Item: {
                ...keys.unshardedDailyCounts(icbId),
                sk: `${localDate}#site-old#same-day-gp`,
                scope: { icbId, siteId: "site-old", service: "same-day-gp", localDate },
                published: 4,
                booked: 3,
                referralsSubmitted: 2,
              },
            },
          },
        ],
      }),
    );
    const [slot] = slotsAt("site-old", localDate, 1) as [NewSlot];
    await publishSlots(t.db, t.tableName, [slot]);
    await book(slot, new Date(`${localDate}T08:00:00Z`));

    const rows = await readDailyCounts(t.db, t.tableName, icbId, localDate, localDate);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      published: 5,
      booked: 4,
      referrals: { referralsSubmitted: 2 },
    });
  });

  it("cost the dashboard one Query per shard, and items per count and shard, not per booking", async () => {
    const localDate = "2026-12-09";
    const now = new Date(`${localDate}T08:00:00Z`);
    const measured = measuringClient();
    const readAll = () => readDailyCounts(measured.db, t.tableName, icbId, localDate, localDate);

    const slots = slotsAt("site-cost", localDate, 48);
    await publishSlots(t.db, t.tableName, slots);
    await eightAtATime(slots.slice(0, 16), (slot) => book(slot, now));
    measured.reset();
    expect((await readAll())[0]?.booked).toBe(16);
    const afterSixteen = { ...measured.cost, calls: [...measured.cost.calls] };

    await eightAtATime(slots.slice(16), (slot) => book(slot, now));
    measured.reset();
    expect((await readAll())[0]?.booked).toBe(48);

    // Every shard's partition and the unsharded one, all sent at once.
    expect(measured.cost.calls).toEqual(new Array(counterShards + 1).fill("QueryCommand"));
    expect(afterSixteen.calls).toEqual(measured.cost.calls);
    // One count (a day at one site) is at most one item per shard, however many bookings.
    expect(measured.cost.itemsRead).toBeLessThanOrEqual(counterShards);
    expect(afterSixteen.itemsRead).toBeLessThanOrEqual(counterShards);
    // At most half a unit per Query (each reads well under 4 KB, eventually consistent).
    expect(measured.cost.readUnits).toBeGreaterThan(0);
    expect(measured.cost.readUnits).toBeLessThanOrEqual((counterShards + 1) * 0.5);
  }, 120_000);
});

describe("a counter of another journey's own", () => {
  it("sums concurrent transactions exactly and reads only its group and range", async () => {
    const group = `PHB#${icbId}`;
    const counterOn = (localDate: string) => ({
      group,
      name: `${localDate}#site-1`,
      scope: { icbId, siteId: "site-1", localDate },
    });
    await eightAtATime(
      Array.from({ length: 50 }, (_, n) => n),
      (n) =>
        t.db.send(
          new TransactWriteCommand({
            TransactItems: [
              counterUpdate(t.tableName, counterOn("2026-12-10"), {
                decided: 1,
                ...(n % 5 === 0 ? { declined: 1 } : { approved: 1 }),
              }),
            ],
          }),
        ),
    );
    await t.db.send(
      new TransactWriteCommand({
        TransactItems: [counterUpdate(t.tableName, counterOn("2026-12-11"), { decided: 1 })],
      }),
    );

    expect(
      await readCounters(t.db, t.tableName, group, { from: "2026-12-10#", to: "2026-12-10#~" }),
    ).toEqual([
      {
        name: "2026-12-10#site-1",
        scope: { icbId, siteId: "site-1", localDate: "2026-12-10" },
        counts: { decided: 50, approved: 40, declined: 10 },
      },
    ]);
    expect(
      (
        await readCounters(t.db, t.tableName, group, { from: "2026-12-10#", to: "2026-12-11#~" })
      ).map((row) => [row.name, row.counts.decided]),
    ).toEqual([
      ["2026-12-10#site-1", 50],
      ["2026-12-11#site-1", 1],
    ]);
    // The daily counts of the same ICB are another group: none of these appear there.
    expect(await readDailyCounts(t.db, t.tableName, icbId, "2026-12-10", "2026-12-11")).toEqual([]);
  });
});
