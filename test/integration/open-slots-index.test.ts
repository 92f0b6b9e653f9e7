import { randomUUID } from "node:crypto";
import { CreateTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { type DynamoDbLocal, startDynamoDbLocal } from "@front-door/local/dynamodb-local";
import {
  blockSlot,
  cancelAppointment,
  changeBooking,
  confirmBooking,
  createDocumentClient,
  createDynamoDbClient,
  ensureTable,
  holdSlot,
  indexOpenSlots,
  keys,
  type NewSlot,
  openSlotsOn,
  publishSlots,
  type StoredSlotStatus,
  unblockSlot,
} from "@front-door/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable({ seed: false });
});

const localDate = "2026-12-07";
const now = new Date(`${localDate}T07:00:00Z`);

function slotsAt(siteId: string, count: number, service = "same-day-gp"): NewSlot[] {
  return Array.from({ length: count }, (_, i) => {
    const start = Date.parse(`${localDate}T08:00:00Z`) + i * 15 * 60_000;
    const hhmm = new Date(start).toISOString().slice(11, 16);
    return {
      id: `${siteId}_${localDate}_${hhmm}_${service}_in-person_0`,
      siteId,
      icbId: "icb-west-yorkshire",
      service,
      channel: "in-person" as const,
      start: new Date(start).toISOString(),
      end: new Date(start + 15 * 60_000).toISOString(),
      localDate,
      localStart: hhmm,
      sameDayOnly: true,
      templateId: "template-open",
    };
  });
}

const openAt = async (siteId: string, service = "same-day-gp") =>
  (await openSlotsOn(t.db, t.tableName, { siteId, service, localDate })).map(
    (slot) => `${slot.localStart}:${slot.status}`,
  );

const message = (kind: string) => ({
  id: randomUUID(),
  kind,
  channels: ["sms" as const],
  text: `${kind} test`,
});

async function book(slot: NewSlot, patientId: string, reference: string) {
  const held = await holdSlot(t.db, t.tableName, slot.id, patientId, now);
  if (held.kind !== "held") throw new Error(held.kind);
  const booked = await confirmBooking(t.db, t.tableName, {
    slot: held.slot,
    appointmentId: randomUUID(),
    bookingReference: reference,
    patientId,
    bookedBy: "patient",
    sameDay: true,
    now,
    message: message("booking-confirmed"),
  });
  if (booked.kind !== "booked") throw new Error(booked.kind);
  return booked.appointment;
}

describe("the open slots' index (gsi2)", () => {
  it("holds a slot while it may be free: published and held in it, booked and blocked out, freed back", async () => {
    const [a, b, c] = slotsAt("site-open", 3) as [NewSlot, NewSlot, NewSlot];
    await publishSlots(t.db, t.tableName, [a, b, c, ...slotsAt("site-open", 2, "blood-test")]);
    expect(await openAt("site-open")).toEqual(["08:00:free", "08:15:free", "08:30:free"]);
    const [first] = await openSlotsOn(t.db, t.tableName, {
      siteId: "site-open",
      service: "same-day-gp",
      localDate,
    });
    expect(first).toEqual({
      id: a.id,
      siteId: a.siteId,
      service: a.service,
      localDate,
      localStart: "08:00",
      start: a.start,
      end: a.end,
      channel: "in-person",
      sameDayOnly: true,
      status: "free",
    });
    // From a start on: earlier slots are not read.
    expect(
      await openSlotsOn(t.db, t.tableName, {
        siteId: "site-open",
        service: "same-day-gp",
        localDate,
        from: b.start,
      }),
    ).toHaveLength(2);

    const patientId = `patient-${randomUUID()}`;
    await holdSlot(t.db, t.tableName, a.id, patientId, now);
    expect(await openAt("site-open")).toEqual(["08:00:busy-tentative", "08:15:free", "08:30:free"]);
    const appointment = await book(a, patientId, "OPEN0001");
    expect(await openAt("site-open")).toEqual(["08:15:free", "08:30:free"]);

    const hold = await holdSlot(t.db, t.tableName, b.id, patientId, now);
    if (hold.kind !== "held") throw new Error(hold.kind);
    const changed = await changeBooking(t.db, t.tableName, {
      appointmentId: appointment.id,
      patientId,
      newSlot: hold.slot,
      newAppointmentId: randomUUID(),
      bookingReference: "OPEN0002",
      sameDay: true,
      now,
      message: message("booking-changed"),
    });
    if (changed.kind !== "changed") throw new Error(changed.kind);
    expect(await openAt("site-open")).toEqual(["08:00:free", "08:30:free"]);

    await cancelAppointment(t.db, t.tableName, {
      appointmentId: changed.booked.id,
      reason: "Feeling better",
      now,
      message: message("booking-cancelled"),
    });
    expect(await openAt("site-open")).toEqual(["08:00:free", "08:15:free", "08:30:free"]);

    expect((await blockSlot(t.db, t.tableName, c.id, "Training", now)).kind).toBe("done");
    expect(await openAt("site-open")).toEqual(["08:00:free", "08:15:free"]);
    expect((await unblockSlot(t.db, t.tableName, c.id, now)).kind).toBe("done");
    expect(await openAt("site-open")).toEqual(["08:00:free", "08:15:free", "08:30:free"]);
    // Another service's slots are in their own partition.
    expect(await openAt("site-open", "blood-test")).toEqual(["08:00:free", "08:15:free"]);
  });
});

/**
 * Adding an index to a table makes DynamoDB Local work through its whole shared database, and
 * the suite's holds every file's tables: minutes, with every other file's calls waiting behind
 * it. These tests add theirs in a DynamoDB Local of their own, empty but for them.
 */
let own: { local: DynamoDbLocal; client: TestTable["client"]; db: TestTable["db"] };

/** A table as ensureTable made it before gsi2, with slots as publish wrote them then. */
async function tableBeforeTheIndex(): Promise<string> {
  const tableName = `it-old-${randomUUID()}`;
  await own.client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: ["pk", "sk", "gsi1pk", "gsi1sk"].map((name) => ({
        AttributeName: name,
        AttributeType: "S",
      })),
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: "gsi1",
          KeySchema: [
            { AttributeName: "gsi1pk", KeyType: "HASH" },
            { AttributeName: "gsi1sk", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_IMAGE" },
    }),
  );
  const statuses: StoredSlotStatus[] = ["free", "busy", "busy-tentative", "busy-unavailable"];
  const slots = slotsAt("site-old", statuses.length);
  for (const [i, slot] of slots.entries()) {
    await own.db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.slot(slot.id),
          ...keys.slotOnDay(slot.siteId, slot.localDate, slot.start, slot.id),
          type: "slot",
          ...slot,
          status: statuses[i],
          ...(statuses[i] === "busy-tentative"
            ? { holdPatientId: "p", holdExpiresAt: "2026-12-07T09:00:00.000Z" }
            : {}),
        },
      }),
    );
  }
  return tableName;
}

const openIn = async (tableName: string) =>
  (
    await openSlotsOn(own.db, tableName, { siteId: "site-old", service: "same-day-gp", localDate })
  ).map((slot) => `${slot.localStart}:${slot.status}`);

describe("a table made before the open slots' index", () => {
  beforeAll(async () => {
    const local = await startDynamoDbLocal({ inMemory: true });
    const client = createDynamoDbClient({ endpoint: local.endpoint, region: "eu-west-2" });
    own = { local, client, db: createDocumentClient(client) };
  });
  afterAll(async () => {
    own?.client.destroy();
    await own?.local.stop();
  });

  it("gets the index from ensureTable, and its slots from indexOpenSlots, once", async () => {
    const tableName = await tableBeforeTheIndex();
    expect(await ensureTable(own.client, tableName)).toEqual({ addedIndexes: ["gsi2"] });
    const described = await own.client.send(new DescribeTableCommand({ TableName: tableName }));
    const gsi2 = described.Table?.GlobalSecondaryIndexes?.find((i) => i.IndexName === "gsi2");
    expect(gsi2?.Projection?.ProjectionType).toBe("INCLUDE");
    expect(await ensureTable(own.client, tableName)).toEqual({ addedIndexes: [] });

    expect(await openIn(tableName)).toEqual([]);
    expect(await indexOpenSlots(own.db, tableName)).toEqual({ indexed: 4 });
    // Free and held are in it; booked and blocked are not, yet carry the partition key.
    expect(await openIn(tableName)).toEqual(["08:00:free", "08:30:busy-tentative"]);
    expect(await indexOpenSlots(own.db, tableName)).toEqual({ indexed: 0 });
  }, 60_000);

  it("finishes indexing after throttling and conflicts; one that runs out of retries fails loudly and a rerun completes it", async () => {
    const tableName = await tableBeforeTheIndex();
    await ensureTable(own.client, tableName);
    const throttled = faultyTable(
      { ...t, tableName },
      [
        { kind: "throttle", commands: ["UpdateItem"], key: onKeys("SLOT#"), times: 2 },
        { kind: "conflict", commands: ["UpdateItem"], key: onKeys("SLOT#"), times: 1 },
      ],
      own.local.endpoint,
    );
    expect(await indexOpenSlots(throttled.db, tableName)).toEqual({ indexed: 4 });
    expect(throttled.log.injected()).toBe(3);
    expect(await openIn(tableName)).toEqual(["08:00:free", "08:30:busy-tentative"]);

    const other = await tableBeforeTheIndex();
    await ensureTable(own.client, other);
    const down = faultyTable(
      { ...t, tableName: other },
      [{ kind: "throttle", commands: ["UpdateItem"], key: onKeys("SLOT#"), after: 2 }],
      own.local.endpoint,
    );
    await expect(indexOpenSlots(down.db, other)).rejects.toThrow();
    // Two slots went in whole, the rest not at all; the rerun does the rest and only that.
    expect(await indexOpenSlots(own.db, other)).toEqual({ indexed: 2 });
    expect(await openIn(other)).toEqual(["08:00:free", "08:30:busy-tentative"]);
  }, 60_000);
});
