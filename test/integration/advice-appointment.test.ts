import { routes } from "@front-door/contracts";
import {
  getAppointment,
  getSlot,
  holdSlot,
  messagesFor,
  type NewSlot,
  publishSlots,
  type SlotRecord,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeMyAdviceBook } from "../../functions/src/advice/handlers/appointment-answer.ts";
import {
  makeAdviceRequestCreate,
  makeMyAdviceRequest,
} from "../../functions/src/advice/handlers/patient-advice.ts";
import {
  makeStaffAdviceAction,
  makeStaffAdviceRequest,
} from "../../functions/src/advice/handlers/staff-advice.ts";
import { adviceCallers, openNow, rashRequest, york } from "./advice-fixtures.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { amira, clinician, receptionist, tom } from "./referral-fixtures.ts";
import type { Call } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

/** An appointment as the answer: offered times held for the patient, booked by them or staff. */

let t: TestTable;
const clock = { now: openNow };
let create: Call;
let myOne: Call;
let book: Call;
let staffOne: Call;
let act: Call;
let sent = 0;

const tomorrow = "2026-12-09";
function slot(hhmm: string, siteId = "site-armley"): NewSlot {
  const start = `${tomorrow}T${hhmm.slice(0, 2)}:${hhmm.slice(2)}:00.000Z`;
  return {
    id: `${siteId}_${tomorrow}_${hhmm}_advice`,
    siteId,
    icbId: siteId === "site-armley" ? "icb-west-yorkshire" : "icb-humber-and-north-yorkshire",
    service: "same-day-gp",
    channel: "in-person",
    start,
    end: new Date(new Date(start).getTime() + 15 * 60_000).toISOString(),
    localDate: tomorrow,
    localStart: `${hhmm.slice(0, 2)}:${hhmm.slice(2)}`,
    sameDayOnly: false,
    templateId: "advice-test",
  };
}
const times = ["0900", "0915", "0930", "0945", "1000", "1015", "1030", "1045"].map((t) => slot(t));
const elsewhere = slot("0900", "site-york-clifton");
const slotOf = async (id: string) => (await getSlot(t.db, t.tableName, id)) as SlotRecord;

beforeAll(async () => {
  t = await freshTable();
  const caller = adviceCallers(t, clock);
  create = caller(routes.adviceRequestCreate, makeAdviceRequestCreate);
  myOne = caller(routes.myAdviceRequest, makeMyAdviceRequest);
  book = caller(routes.myAdviceBook, makeMyAdviceBook);
  staffOne = caller(routes.staffAdviceRequest, makeStaffAdviceRequest);
  act = caller(routes.staffAdviceAction, makeStaffAdviceAction);
  await publishSlots(t.db, t.tableName, [...times, elsewhere]);
});

/** A new request from Tom, read by the clinician: its id and the version to act on. */
async function newRequest() {
  clock.now = openNow;
  sent += 1;
  const made = await create({
    principal: tom,
    body: rashRequest,
    headers: { "idempotency-key": `appointment-${sent}` },
  });
  expect(made.status).toBe(200);
  const requestId = made.body.requestId as string;
  const seen = await staffOne({ principal: clinician, params: { requestId } });
  return { requestId, version: seen.body.request.version as number };
}

const staffAct = (requestId: string, version: number, body: unknown, principal = clinician) =>
  act({ principal, params: { requestId }, body, headers: { "if-match": `"${version}"` } });

describe("an appointment as the answer to an advice request", () => {
  it("offers times held for the patient; they book one, the rest are let go and the request closes", async () => {
    const { requestId, version } = await newRequest();
    const assigned = await staffAct(
      requestId,
      version,
      { type: "assign", to: { kind: "person", userId: clinician.userId } },
      receptionist,
    );
    expect(assigned.status).toBe(200);
    const [first, second] = times as [NewSlot, NewSlot];
    const offered = await staffAct(requestId, assigned.body.request.version, {
      type: "offer-times",
      slotIds: [second.id, first.id],
      holdMinutes: 60,
    });
    expect(offered.status, JSON.stringify(offered.body)).toBe(200);
    expect(offered.body.request.status).toBe("awaiting-patient");
    expect(offered.body.request.offer.times.map((o: { slotId: string }) => o.slotId)).toEqual([
      first.id,
      second.id,
    ]);
    expect(offered.body.request.offer.expiresAt).toBe("2026-12-08T11:00:00.000Z");
    // Held for Tom: nobody else can take them meanwhile.
    expect(await slotOf(first.id)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: "patient-tom",
    });
    const other = await holdSlot(t.db, t.tableName, first.id, "patient-amira", clock.now);
    expect(other.kind).toBe("slot-taken");

    const patientSees = await myOne({ principal: tom, params: { requestId } });
    expect(patientSees.body.request.offer.times).toHaveLength(2);
    const offerEntry = patientSees.body.request.thread.at(-1);
    expect(offerEntry.needsReply).toBe(true);
    expect(offerEntry.text).toContain("Wednesday 9 December at 9am");

    // Another patient can neither see nor book it.
    expect((await myOne({ principal: amira, params: { requestId } })).status).toBe(404);
    const stolen = await book({
      principal: amira,
      params: { requestId },
      body: { slotId: first.id },
    });
    expect(stolen.status).toBe(404);

    clock.now = new Date("2026-12-08T10:20:00Z");
    const booked = await book({
      principal: tom,
      params: { requestId },
      body: { slotId: second.id },
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    expect(booked.body.request).toMatchObject({ status: "closed", outcome: "appointment-booked" });
    expect(booked.body.request.offer).toBeUndefined();
    const answer = booked.body.request.appointment;
    expect(answer).toMatchObject({ slotId: second.id, localStart: "09:15", bookedBy: "patient" });

    const appointment = await getAppointment(t.db, t.tableName, answer.appointmentId);
    expect(appointment).toMatchObject({ status: "booked", patientId: "patient-tom" });
    expect(await slotOf(second.id)).toMatchObject({
      status: "busy",
      appointmentId: answer.appointmentId,
    });
    expect((await slotOf(first.id)).status).toBe("free");

    const staffSees = await staffOne({ principal: clinician, params: { requestId } });
    expect(staffSees.body.request.thread.map((e: { action: string }) => e.action)).toEqual([
      "submit",
      "assign",
      "offer-times",
      "patient-book",
    ]);
    // The texts say only that there is something to read: never the time or the problem.
    const messages = (await messagesFor(t.db, t.tableName, "patient-tom")).filter(
      (m) => m.kind === "advice-new-message",
    );
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const m of messages) {
      expect(m.text).not.toMatch(/9am|9:15|rash|appointment/i);
    }

    const again = await book({ principal: tom, params: { requestId }, body: { slotId: first.id } });
    expect(again.status).toBe(409);
  });

  it("refuses a booking once the offer has run out, and a time that was not offered; nothing is written", async () => {
    const { requestId, version } = await newRequest();
    const third = times[2] as NewSlot;
    const offered = await staffAct(requestId, version, {
      type: "offer-times",
      slotIds: [third.id],
      holdMinutes: 30,
    });
    expect(offered.status).toBe(200);

    const notOffered = await book({
      principal: tom,
      params: { requestId },
      body: { slotId: (times[3] as NewSlot).id },
    });
    expect(notOffered.status).toBe(422);
    expect(notOffered.body.error.fields?.[0]?.path).toBe("slotId");

    clock.now = new Date("2026-12-08T10:31:00Z");
    const late = await book({ principal: tom, params: { requestId }, body: { slotId: third.id } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("advice_offer_expired");
    const after = await myOne({ principal: tom, params: { requestId } });
    expect(after.body.request.status).toBe("awaiting-patient");
    expect(after.body.request.appointment).toBeUndefined();
    expect((await slotOf(third.id)).appointmentId).toBeUndefined();
  });

  it("lets staff book one time directly; a taken time or another site's is refused", async () => {
    const { requestId, version } = await newRequest();
    const taken = await staffAct(
      requestId,
      version,
      { type: "book", slotId: (times[1] as NewSlot).id },
      receptionist,
    );
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("slot_taken");
    const theirs = await staffAct(requestId, version, { type: "book", slotId: elsewhere.id });
    expect(theirs.status).toBe(422);
    expect((await slotOf(elsewhere.id)).status).toBe("free");
    const york2 = await staffOne({ principal: york, params: { requestId } });
    expect(york2.status).toBe(404);

    const fifth = times[4] as NewSlot;
    const booked = await staffAct(requestId, version, {
      type: "book",
      slotId: fifth.id,
      text: "Please come in to have the rash looked at.",
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    expect(booked.body.request).toMatchObject({ status: "closed", outcome: "appointment-booked" });
    expect(booked.body.request.appointment.bookedBy).toBe("staff");
    const seen = await myOne({ principal: tom, params: { requestId } });
    expect(seen.body.request.thread.at(-1).text).toContain("We have booked you an appointment");
  });

  it("of two staff acting on the same version, one wins and the other gets 409 with nothing written", async () => {
    const { requestId, version } = await newRequest();
    const [a, b] = [times[5], times[6]] as [NewSlot, NewSlot];
    const results = await Promise.all([
      staffAct(requestId, version, { type: "offer-times", slotIds: [a.id], holdMinutes: 60 }),
      staffAct(requestId, version, { type: "book", slotId: b.id }, receptionist),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const [slotA, slotB] = [await slotOf(a.id), await slotOf(b.id)];
    const winner = results.find((r) => r.status === 200)?.body.request;
    if (winner.status === "closed") {
      expect(slotA.status).toBe("free");
      expect(slotB.status).toBe("busy");
    } else {
      expect(slotA.status).toBe("busy-tentative");
      expect(slotB.status).toBe("free");
    }
  });

  it("a booking the table keeps refusing is a 503, and nothing is half-written", async () => {
    const { requestId, version } = await newRequest();
    const last = times[7] as NewSlot;
    expect(
      (
        await staffAct(requestId, version, {
          type: "offer-times",
          slotIds: [last.id],
          holdMinutes: 60,
        })
      ).status,
    ).toBe(200);
    const faulty = faultyTable(t, [
      { kind: "conflict", commands: ["TransactWriteItems"], key: onKeys("SLOT#") },
    ]);
    const faultyBook = adviceCallers({ ...t, client: faulty.client, db: faulty.db }, clock)(
      routes.myAdviceBook,
      makeMyAdviceBook,
    );
    const refused = await faultyBook({
      principal: tom,
      params: { requestId },
      body: { slotId: last.id },
    });
    expect(refused.status).toBe(503);
    const after = await myOne({ principal: tom, params: { requestId } });
    expect(after.body.request.status).toBe("awaiting-patient");
    expect(await slotOf(last.id)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: "patient-tom",
    });
  });
});
