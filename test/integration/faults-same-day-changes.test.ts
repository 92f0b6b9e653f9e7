import { randomUUID } from "node:crypto";
import { DeleteCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Principal, routes } from "@front-door/contracts";
import {
  confirmBooking,
  holdSlot,
  type NewSlot,
  publishSlots,
  waitingList,
} from "@front-door/store";
import { keys } from "@front-door/store/keys";
import { beforeAll, describe } from "vitest";
import { makeMyAppointmentChange } from "../../functions/src/same-day/handlers/my-appointment-change.ts";
import {
  makeSameDayCallback,
  makeSameDayWaitingList,
} from "../../functions/src/same-day/handlers/same-day-queue.ts";
import { makeSameDayRequestCreate } from "../../functions/src/same-day/handlers/same-day-triage.ts";
import { routeCaller } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";
import { itSurvivesFaults, type WriteCase } from "./write-faults.ts";

/** The same-day journey's other writes under faults: changing a time, the queue's next steps. */

const today = "2026-11-24"; // winter: London time is UTC
const now = new Date(`${today}T08:00:00Z`);
const amira: Principal = {
  role: "patient",
  userId: "user-patient-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

const answers = {
  questionnaireVersion: 1,
  appointmentFor: "myself",
  ...Object.fromEntries(
    [
      "chestPain",
      "strokeSigns",
      "breathing",
      "allergicReaction",
      "fit",
      "unconsciousOrConfused",
      "suddenHeadache",
      "bleeding",
      "seriousInjury",
      "burn",
      "abdominalPain",
      "suicideOrSelfHarm",
    ].map((id) => [id, "no"]),
  ),
  problem: "sore ear for 2 days",
  duration: "1-to-3-days",
};

let minute = 0;
/**
 * A fresh GP time at Chapeltown tomorrow (each a minute after the last): not today, so no run's
 * appointment stands in the next one's way as the one same-day appointment of the day.
 */
async function freshSlot(table: TestTable): Promise<NewSlot> {
  minute += 1;
  const start = new Date(now.getTime() + (24 * 60 + minute) * 60_000);
  const slot: NewSlot = {
    id: `site-chapeltown_${today}_faults-change_${randomUUID()}`,
    siteId: "site-chapeltown",
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel: "telephone",
    start: start.toISOString(),
    end: new Date(start.getTime() + 10 * 60_000).toISOString(),
    localDate: start.toISOString().slice(0, 10),
    localStart: start.toISOString().slice(11, 16),
    sameDayOnly: false,
    templateId: "faults-change",
  };
  await publishSlots(table.db, table.tableName, [slot]);
  return slot;
}

/** Amira's appointment at a fresh time, and another fresh time she holds to change it to. */
async function bookedWithAnotherHeld(table: TestTable) {
  const first = await holdSlot(
    table.db,
    table.tableName,
    (await freshSlot(table)).id,
    "patient-amira",
    now,
  );
  if (first.kind !== "held") throw new Error(first.kind);
  const booked = await confirmBooking(table.db, table.tableName, {
    slot: first.slot,
    appointmentId: randomUUID(),
    bookingReference: "CHANGE01",
    patientId: "patient-amira",
    bookedBy: "patient",
    sameDay: false,
    now,
    message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
  });
  if (booked.kind !== "booked") throw new Error(booked.kind);
  const next = await freshSlot(table);
  const held = await holdSlot(table.db, table.tableName, next.id, "patient-amira", now);
  if (held.kind !== "held") throw new Error(held.kind);
  return { appointmentId: booked.appointment.id, slotId: next.id };
}

/** A new same-day request of Amira's, through the clean table: its id. */
async function asked(table: TestTable): Promise<string> {
  const create = routeCaller(
    table,
    routes.sameDayRequestCreate,
    makeSameDayRequestCreate,
    () => now,
  );
  const answer = await create({
    principal: amira,
    body: answers,
    headers: { "idempotency-key": randomUUID() },
  });
  if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
  return answer.body.requestId as string;
}

const cases: WriteCase[] = [
  {
    name: "a patient changing their appointment to a time they hold",
    route: routes.myAppointmentChange,
    make: makeMyAppointmentChange,
    status: 200,
    prepare: async (table) => {
      const { appointmentId, slotId } = await bookedWithAnotherHeld(table);
      return { principal: amira, params: { appointmentId }, body: { slotId } };
    },
  },
  {
    name: "a patient asking for a call back",
    route: routes.sameDayCallback,
    make: makeSameDayCallback,
    status: 200,
    prepare: async (table) => ({
      principal: amira,
      params: { requestId: await asked(table) },
      body: {},
    }),
  },
  {
    name: "a patient joining the day's waiting list",
    route: routes.sameDayWaitingList,
    make: makeSameDayWaitingList,
    status: 200,
    prepare: async (table) => {
      const requestId = await asked(table);
      // Joining twice keeps the first place and writes nothing: each run starts off the list.
      await leaveWaitingLists(table, requestId);
      return { principal: amira, body: { requestId } };
    },
  },
];

/** Takes Amira off the waiting list of her request's site today (through the clean table). */
async function leaveWaitingLists(table: TestTable, requestId: string) {
  const request = await table.db.send(
    new GetCommand({ TableName: table.tableName, Key: { pk: `REQ#${requestId}`, sk: "REQ" } }),
  );
  const siteId = String(request.Item?.siteId);
  for (const entry of await waitingList(table.db, table.tableName, siteId, "same-day-gp", today)) {
    if (entry.patientId !== "patient-amira") continue;
    const key = keys.waitingEntry(siteId, "same-day-gp", today, entry.joinedAt, entry.patientId);
    await table.db.send(new DeleteCommand({ TableName: table.tableName, Key: key }));
  }
}

describe("same-day changes and next steps when DynamoDB conflicts, throttles or fails", () => {
  itSurvivesFaults(
    () => t,
    cases,
    () => now,
  );
});
