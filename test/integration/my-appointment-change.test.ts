import { randomUUID } from "node:crypto";
import { routes } from "@front-door/contracts";
import type { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { confirmBooking, getSlot, holdSlot, type NewSlot, publishSlots } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeMyAppointmentChange } from "../../functions/src/same-day/handlers/my-appointment-change.ts";
import { checkedHttp } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
const now = new Date("2026-12-15T08:00:00Z");
const amira = {
  role: "patient" as const,
  userId: "u-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};
const tom = {
  role: "patient" as const,
  userId: "u-tom",
  patientId: "patient-tom",
  nhsNumber: "9990001383",
};

const slot = (hhmm: string): NewSlot => ({
  id: `site-chapeltown_2026-12-15_${hhmm}_change`,
  siteId: "site-chapeltown",
  icbId: "icb-west-yorkshire",
  service: "same-day-gp",
  channel: "telephone",
  start: `2026-12-15T${hhmm}:00.000Z`,
  end: `2026-12-15T${hhmm.slice(0, 3)}15:00.000Z`,
  localDate: "2026-12-15",
  localStart: hhmm,
  sameDayOnly: true,
  templateId: "t",
});

let change: ReturnType<typeof http>;
let originalId = "";

beforeAll(async () => {
  t = await freshTable();
  change = checkedHttp(
    routes.myAppointmentChange,
    makeMyAppointmentChange({ db: t.db, tableName: t.tableName, now: () => now }),
    { idempotency: dynamoDbIdempotency({ client: t.client, tableName: t.tableName }) },
  );
  await publishSlots(t.db, t.tableName, [slot("10:00"), slot("11:00")]);
  const held = await holdSlot(t.db, t.tableName, slot("10:00").id, "patient-amira", now);
  if (held.kind !== "held") throw new Error(held.kind);
  const booked = await confirmBooking(t.db, t.tableName, {
    slot: held.slot,
    appointmentId: randomUUID(),
    bookingReference: "FIRST001",
    patientId: "patient-amira",
    bookedBy: "patient",
    sameDay: false,
    now,
    message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
  });
  if (booked.kind !== "booked") throw new Error(booked.kind);
  originalId = booked.appointment.id;
});

const post = (principal: typeof amira, appointmentId: string, slotId: string) => {
  const event = httpEvent({
    method: "POST",
    path: `/api/me/appointments/${appointmentId}/change`,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ slotId }),
    principal,
  });
  event.pathParameters = { appointmentId };
  return change(event, lambdaContext());
};

describe("POST /api/me/appointments/{id}/change", () => {
  it("refuses another patient's appointment without saying it exists", async () => {
    await holdSlot(t.db, t.tableName, slot("11:00").id, "patient-tom", now);
    const response = await post(tom, originalId, slot("11:00").id);
    expect(response.statusCode).toBe(404);
    expect((await getSlot(t.db, t.tableName, slot("10:00").id))?.status).toBe("busy");
  });

  it("keeps the appointment when the new time is not held by the patient", async () => {
    const response = await post(amira, originalId, slot("11:00").id);
    expect(response.statusCode).toBe(409);
    expect(JSON.parse(response.body ?? "{}").error.code).toBe("hold_expired");
    expect((await getSlot(t.db, t.tableName, slot("10:00").id))?.appointmentId).toBe(originalId);
  });

  it("swaps the appointment for the held time in one step", async () => {
    // Tom's hold runs out; Amira holds the 11:00 herself.
    const later = new Date(now.getTime() + 16 * 60_000);
    await holdSlot(t.db, t.tableName, slot("11:00").id, "patient-amira", later);
    const atLater = checkedHttp(
      routes.myAppointmentChange,
      makeMyAppointmentChange({ db: t.db, tableName: t.tableName, now: () => later }),
      { idempotency: dynamoDbIdempotency({ client: t.client, tableName: t.tableName }) },
    );
    const event = httpEvent({
      method: "POST",
      path: `/api/me/appointments/${originalId}/change`,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ slotId: slot("11:00").id }),
      principal: amira,
    });
    event.pathParameters = { appointmentId: originalId };
    const response = await atLater(event, lambdaContext());
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body ?? "{}");
    expect(body.replaced).toMatchObject({ id: originalId, status: "cancelled" });
    expect(body.appointment).toMatchObject({
      status: "booked",
      localStart: "11:00",
      channel: "telephone",
    });
    expect((await getSlot(t.db, t.tableName, slot("10:00").id))?.status).toBe("free");
    expect((await getSlot(t.db, t.tableName, slot("11:00").id))?.status).toBe("busy");
  });
});
