import { randomUUID } from "node:crypto";
import { type Principal, routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import {
  blockSlot,
  confirmBooking,
  getSlot,
  holdSlot,
  joinWaitingList,
  messagesFor,
  type NewSlot,
  owedOffersDue,
  publishSlots,
  type SlotRecord,
  unblockSlot,
  waitingList,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeMyAppointmentCancel } from "../../functions/src/same-day/handlers/my-appointments.ts";
import { passOnExpiredOffers } from "../../functions/src/same-day/handlers/pass-on-expired-offers.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

/**
 * A freed slot's waiting-list offer is made after the change that freed it commits. When the
 * store fails that offer (busy or unreachable after its retries), the debt recorded in the same
 * transaction as the change makes the pass-on job offer the slot on its next run: nobody waits
 * beside a free slot because of one bad moment.
 */
let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

const amira: Principal = {
  role: "patient",
  userId: "user-patient-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};

/** Days apart (the job reads yesterday too), so one test's waiting list and debts never meet another's. */
function dayOf(localDate: string) {
  const slot: NewSlot = {
    id: `site-chapeltown_${localDate}_1400_same-day-gp_in-person_${randomUUID()}`,
    siteId: "site-chapeltown",
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel: "in-person",
    start: `${localDate}T14:00:00.000Z`,
    end: `${localDate}T14:15:00.000Z`,
    localDate,
    localStart: "14:00",
    sameDayOnly: true,
    templateId: "owed-offers",
  };
  const at = (hhmm: string) => new Date(`${localDate}T${hhmm}:00Z`);
  const waiting = async (...patients: string[]) => {
    for (const [index, patientId] of patients.entries()) {
      await joinWaitingList(t.db, t.tableName, {
        siteId: slot.siteId,
        service: slot.service,
        localDate,
        patientId,
        joinedAt: `${localDate}T08:0${index}:00.000Z`,
      });
    }
  };
  const list = async () =>
    (await waitingList(t.db, t.tableName, slot.siteId, slot.service, localDate)).map(
      (entry) => `${entry.patientId}:${entry.status}`,
    );
  const bookForAmira = async () => {
    await publishSlots(t.db, t.tableName, [slot]);
    const held = await holdSlot(t.db, t.tableName, slot.id, "patient-amira", at("09:00"));
    if (held.kind !== "held") throw new Error(held.kind);
    const booked = await confirmBooking(t.db, t.tableName, {
      slot: held.slot,
      appointmentId: randomUUID(),
      bookingReference: "OWED0001",
      patientId: "patient-amira",
      bookedBy: "patient",
      sameDay: true,
      now: at("09:01"),
      message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
    });
    if (booked.kind !== "booked") throw new Error(booked.kind);
    return booked.appointment.id;
  };
  /** Amira cancels through her route, on a client that injects `rules`. */
  const cancel = async (appointmentId: string, rules: Parameters<typeof faultyTable>[1]) => {
    const faulty = faultyTable(t, rules);
    const handler = http(
      routes.myAppointmentCancel,
      makeMyAppointmentCancel({ db: faulty.db, tableName: t.tableName, now: () => at("10:00") }),
    );
    const event = httpEvent({
      method: "POST",
      path: `/api/me/appointments/${appointmentId}/cancel`,
      principal: amira,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ reason: "I feel better" }),
    });
    event.pathParameters = { appointmentId };
    return (await handler(event, lambdaContext())).statusCode;
  };
  const job = (hhmm: string, db = t.db) =>
    passOnExpiredOffers({ db, tableName: t.tableName, now: () => at(hhmm) });
  return { slot, at, waiting, list, bookForAmira, cancel, job };
}

/** The waiting list's offer transactions: each writes its entry (WAIT#). */
const offersThrottled = [
  { kind: "throttle" as const, commands: ["TransactWriteItems"], key: onKeys("WAIT#") },
];

describe("a freed slot the waiting list is owed", () => {
  it("is offered by the job's next run when the cancel's own offer failed, once, to the first in line", async () => {
    const day = dayOf("2026-12-15");
    const appointmentId = await day.bookForAmira();
    await day.waiting("patient-tom", "patient-edith");

    // The cancellation stands; the offer after it failed.
    expect(await day.cancel(appointmentId, offersThrottled)).toBe(200);
    expect(await day.list()).toEqual(["patient-tom:waiting", "patient-edith:waiting"]);
    expect((await getSlot(t.db, t.tableName, day.slot.id))?.status).toBe("free");

    // Within the request's grace the job leaves it; after, it offers the slot to Tom.
    expect((await day.job("10:01")).owedOffered).toBe(0);
    expect(await day.list()).toEqual(["patient-tom:waiting", "patient-edith:waiting"]);
    expect(await day.job("10:05")).toMatchObject({ owedOffered: 1, failed: 0 });
    expect(await day.list()).toEqual(["patient-tom:offered", "patient-edith:waiting"]);
    expect(await getSlot(t.db, t.tableName, day.slot.id)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: "patient-tom",
    });
    const toms = await messagesFor(t.db, t.tableName, "patient-tom");
    expect(toms.filter((m) => m.kind === "waiting-list-offer")).toHaveLength(1);

    // Paid: the next run owes nothing and offers nobody else.
    expect(await owedOffersDue(t.db, t.tableName, "2026-12-15", day.at("10:10"))).toEqual([]);
    expect((await day.job("10:10")).owedOffered).toBe(0);
    expect(await day.list()).toEqual(["patient-tom:offered", "patient-edith:waiting"]);
  });

  it("when the cancel's own offer worked, the job offers nothing more and settles the debt", async () => {
    const day = dayOf("2026-12-18");
    const appointmentId = await day.bookForAmira();
    await day.waiting("patient-tom", "patient-edith");

    expect(await day.cancel(appointmentId, [])).toBe(200);
    expect(await day.list()).toEqual(["patient-tom:offered", "patient-edith:waiting"]);
    expect(await owedOffersDue(t.db, t.tableName, "2026-12-18", day.at("10:05"))).toHaveLength(1);

    expect(await day.job("10:05")).toMatchObject({ owedOffered: 0, failed: 0 });
    expect(await day.list()).toEqual(["patient-tom:offered", "patient-edith:waiting"]);
    expect(await owedOffersDue(t.db, t.tableName, "2026-12-18", day.at("10:05"))).toEqual([]);
  });

  it("a debt the job itself cannot pay is counted as failed, kept, and paid on the run after", async () => {
    const day = dayOf("2026-12-21");
    const appointmentId = await day.bookForAmira();
    await day.waiting("patient-tom");
    expect(await day.cancel(appointmentId, offersThrottled)).toBe(200);

    const busy = faultyTable(t, offersThrottled);
    expect(await day.job("10:05", busy.db)).toMatchObject({ owedOffered: 0, failed: 1 });
    expect(await day.list()).toEqual(["patient-tom:waiting"]);
    expect(await owedOffersDue(t.db, t.tableName, "2026-12-21", day.at("10:05"))).toHaveLength(1);

    expect(await day.job("10:06")).toMatchObject({ owedOffered: 1, failed: 0 });
    expect(await day.list()).toEqual(["patient-tom:offered"]);
  });

  it("a debt whose removal is throttled is counted as failed and kept; the next run offers nobody twice and removes it", async () => {
    const day = dayOf("2026-12-27");
    const appointmentId = await day.bookForAmira();
    await day.waiting("patient-tom", "patient-edith");
    expect(await day.cancel(appointmentId, offersThrottled)).toBe(200);

    const busy = faultyTable(t, [
      { kind: "throttle" as const, commands: ["DeleteItem"], key: onKeys("OWED#") },
    ]);
    expect(await day.job("10:05", busy.db)).toMatchObject({ failed: 1 });
    expect(await day.list()).toEqual(["patient-tom:offered", "patient-edith:waiting"]);
    expect(await owedOffersDue(t.db, t.tableName, "2026-12-27", day.at("10:05"))).toHaveLength(1);

    expect(await day.job("10:06")).toMatchObject({ owedOffered: 0, failed: 0 });
    expect(await day.list()).toEqual(["patient-tom:offered", "patient-edith:waiting"]);
    expect(await owedOffersDue(t.db, t.tableName, "2026-12-27", day.at("10:06"))).toEqual([]);
  });

  it("a slot staff put back into use is owed too; one that has started by the job's run is not offered", async () => {
    const day = dayOf("2026-12-24");
    await publishSlots(t.db, t.tableName, [day.slot]);
    await day.waiting("patient-tom");
    expect(
      (await blockSlot(t.db, t.tableName, day.slot.id, "Clinician off sick", day.at("09:00"))).kind,
    ).toBe("done");
    // Unblocked at 13:55 with no offer made (as if it failed); the job runs after 14:00.
    expect((await unblockSlot(t.db, t.tableName, day.slot.id, day.at("13:55"))).kind).toBe("done");
    expect(await owedOffersDue(t.db, t.tableName, "2026-12-24", day.at("14:00"))).toHaveLength(1);
    expect(await day.job("14:01")).toMatchObject({ owedOffered: 0, failed: 0 });
    expect(await day.list()).toEqual(["patient-tom:waiting"]);
    expect(await owedOffersDue(t.db, t.tableName, "2026-12-24", day.at("14:01"))).toEqual([]);
    expect((await getSlot(t.db, t.tableName, day.slot.id)) as SlotRecord).toMatchObject({
      status: "free",
    });
  });
});
