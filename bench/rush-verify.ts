import { randomUUID } from "node:crypto";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import {
  type AppointmentRecord,
  type NewSlot,
  publishSlots,
  readDailyCounts,
  slotsOfDay,
} from "@front-door/store";
import { recentSiteDayMs } from "../functions/src/same-day/handlers/recent-reads.ts";
import type { BenchService } from "./bench-service.ts";
import { type CallCounts, callsBetween } from "./dynamodb-calls.ts";
import type { Journey } from "./rush.ts";
import { rushTemplateId } from "./rush-slots.ts";

/** What the store says after the rush, read directly rather than through the API. */
export interface StoreCheck {
  slotsBusy: number;
  slotsHeld: number;
  slotsFree: number;
  appointments: number;
  bookedAppointments: number;
  /** Must be 0: a slot with more than one appointment of any status. */
  slotsWithTwoAppointments: number;
  /** Must be 0: a slot with more than one booked appointment. */
  slotsWithTwoBooked: number;
  /** Must be 0: a busy slot without exactly one booked appointment, the one it names. */
  busySlotsNotMatchingOneBooking: number;
  /** Must be 0: a booked appointment whose slot is not busy with it. */
  bookingsWithoutTheirSlot: number;
  /** Must be 0: a patient with two booked same-day appointments today. */
  patientsBookedTwice: number;
  /** 201 answers whose appointment id is not in the table. */
  answeredButMissing: number;
  /** The dashboard's "booked" count for these sites today. */
  countedBooked: number;
}

export async function verifyRush(
  service: BenchService,
  arranged: { localDate: string; slots: readonly NewSlot[] },
  journeys: readonly Journey[],
): Promise<StoreCheck> {
  const { db, tableName } = service;
  const siteIds = [...new Set(arranged.slots.map((slot) => slot.siteId))];
  const slots = (
    await Promise.all(
      siteIds.map((siteId) => slotsOfDay(db, tableName, siteId, arranged.localDate)),
    )
  )
    .flat()
    .filter((slot) => slot.templateId === rushTemplateId);
  // A Scan, not an index: an appointment written anywhere for these slots is found.
  const slotIds = new Set(slots.map((slot) => slot.id));
  const appointments: AppointmentRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: "#type = :appointment AND localDate = :date",
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: { ":appointment": "appointment", ":date": arranged.localDate },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      if (slotIds.has(String(item.slotId))) appointments.push(item as AppointmentRecord);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);

  const booked = appointments.filter((a) => a.status === "booked");
  const bySlot = groupCount(appointments.map((a) => a.slotId));
  const bookedBySlot = groupCount(booked.map((a) => a.slotId));
  const bookedByPatient = groupCount(booked.map((a) => a.patientId));
  const bookedIds = new Set(booked.map((a) => a.id));
  const busy = slots.filter((slot) => slot.status === "busy");
  const slotById = new Map(slots.map((slot) => [slot.id, slot]));
  const counts = await readDailyCounts(
    db,
    tableName,
    arranged.slots[0]?.icbId ?? "",
    arranged.localDate,
    arranged.localDate,
  );
  return {
    slotsBusy: busy.length,
    slotsHeld: slots.filter((slot) => slot.status === "busy-tentative").length,
    slotsFree: slots.filter((slot) => slot.status === "free").length,
    appointments: appointments.length,
    bookedAppointments: booked.length,
    slotsWithTwoAppointments: [...bySlot.values()].filter((n) => n > 1).length,
    slotsWithTwoBooked: [...bookedBySlot.values()].filter((n) => n > 1).length,
    busySlotsNotMatchingOneBooking: busy.filter(
      (slot) =>
        bookedBySlot.get(slot.id) !== 1 ||
        !slot.appointmentId ||
        !bookedIds.has(slot.appointmentId),
    ).length,
    bookingsWithoutTheirSlot: booked.filter((a) => {
      const slot = slotById.get(a.slotId);
      return slot?.status !== "busy" || slot.appointmentId !== a.id;
    }).length,
    patientsBookedTwice: [...bookedByPatient.values()].filter((n) => n > 1).length,
    answeredButMissing: journeys.filter((j) => j.appointmentId && !bookedIds.has(j.appointmentId))
      .length,
    countedBooked: counts
      .filter((row) => siteIds.includes(row.siteId) && row.service === "same-day-gp")
      .reduce((sum, row) => sum + row.booked, 0),
  };
}

export interface CallsPerRequest {
  holdWon: { status: number; calls: CallCounts };
  /** A taken hold when the hold function's copy of the site's day is too old: it reads it. */
  holdLost: { status: number; calls: CallCounts };
  /** A taken hold straight after another at the same site: the suggestions come from the copy. */
  holdLostAgain: { status: number; calls: CallCounts };
  booking: { status: number; calls: CallCounts };
}

/**
 * DynamoDB calls one request of each kind makes, counted one request at a time after the rush
 * (nothing else is talking to DynamoDB then): three patients who booked nothing race, one after
 * the other, for one extra slot, and the winner confirms it. The first loser comes once the
 * hold function's copy of the site's day has aged out, the second straight after.
 */
export async function callsPerRequest(
  service: BenchService,
  arranged: { slots: readonly NewSlot[] },
  journeys: readonly Journey[],
): Promise<CallsPerRequest> {
  const template = arranged.slots.at(-1) as NewSlot;
  const probe: NewSlot = { ...template, id: `${template.id}-probe` };
  await publishSlots(service.db, service.tableName, [probe]);
  const losers = journeys.filter((j) => !j.bookedSlotId).map((j) => j.patientId);
  const [first, second, third] = losers.map(
    (id) => service.patients.find((p) => p.patient.id === id)?.user,
  );
  if (!first || !second || !third) {
    throw new Error("the probe needs three patients who booked nothing");
  }
  const measure = async (userId: string, path: string) => {
    const before = service.calls.counts();
    const response = await service.api.call("POST", path, {
      token: service.tokens.get(userId) as string,
      body: { slotId: probe.id },
      idempotencyKey: randomUUID(),
    });
    return { status: response.status, calls: callsBetween(before, service.calls.counts()) };
  };
  const holdWon = await measure(first.id, "/api/same-day/holds");
  await new Promise((resolve) => setTimeout(resolve, recentSiteDayMs + 100));
  const holdLost = await measure(second.id, "/api/same-day/holds");
  const holdLostAgain = await measure(third.id, "/api/same-day/holds");
  const booking = await measure(first.id, "/api/same-day/bookings");
  return { holdWon, holdLost, holdLostAgain, booking };
}

function groupCount(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
