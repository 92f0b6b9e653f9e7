import type { Principal, RouteDefinition } from "@front-door/contracts";
import { routes } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { getSlot, joinWaitingList, messagesFor, readDailyCounts } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeStaffAppointmentAction } from "../../functions/src/staff/handlers/staff-appointments.ts";
import { makeStaffBookingCreate } from "../../functions/src/staff/handlers/staff-booking.ts";
import { makeStaffDay } from "../../functions/src/staff/handlers/staff-day.ts";
import type { StaffDeps } from "../../functions/src/staff/handlers/staff-shared.ts";
import {
  makeStaffSlotBlock,
  makeStaffSlotUnblock,
} from "../../functions/src/staff/handlers/staff-slots.ts";
import {
  makeStaffPublish,
  makeStaffTemplatePut,
  makeStaffTemplatesList,
} from "../../functions/src/staff/handlers/staff-templates.ts";
import { checkedHttp, idempotencyFor } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

const armley: Principal = { role: "receptionist", userId: "r-armley", siteId: "site-armley" };
const york: Principal = { role: "receptionist", userId: "r-york", siteId: "site-york-clifton" };
const clinician: Principal = { role: "clinician", userId: "c-armley", siteId: "site-armley" };
const tom: Principal = {
  role: "patient",
  userId: "u-tom",
  patientId: "patient-tom",
  nhsNumber: "9990001383",
};
const analyst: Principal = { role: "icb-analyst", userId: "a", icbId: "icb-west-yorkshire" };

/** Monday 7 December 2026, 07:00 in London (GMT): the week to publish starts today. */
const monday = "2026-12-07";
const now = new Date(`${monday}T07:00:00Z`);

let t: TestTable;
type Call = (options: {
  principal?: Principal;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies; the assertions check each field read
}) => Promise<{ status: number; headers: Record<string, unknown>; body: any }>;

function caller<R extends RouteDefinition>(
  route: R,
  make: (deps: StaffDeps) => RouteHandler<R>,
): Call {
  const handler = checkedHttp(
    route,
    make({ db: t.db, tableName: t.tableName, now: () => now }),
    idempotencyFor(route, t),
  );
  return async ({ principal, params, query, body }) => {
    const event = httpEvent({
      method: route.method,
      path: route.path,
      ...(query ? { query } : {}),
      ...(principal ? { principal } : {}),
      ...(body !== undefined
        ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }
        : {}),
    });
    if (params) event.pathParameters = params;
    const response = await handler(event, lambdaContext());
    return {
      status: response.statusCode ?? 0,
      headers: response.headers ?? {},
      body: JSON.parse(response.body ?? "null"),
    };
  };
}

let putTemplate: Call;
let listTemplates: Call;
let publish: Call;
let day: Call;
let block: Call;
let unblock: Call;
let act: Call;
let book: Call;

const template = {
  service: "same-day-gp",
  daysOfWeek: ["mon", "tue", "wed", "thu", "fri", "sat"],
  startTime: "08:00",
  endTime: "20:00",
  slotMinutes: 15,
  parallel: 2,
  channel: "in-person",
  sameDayOnly: true,
};

beforeAll(async () => {
  t = await freshTable();
  putTemplate = caller(routes.staffTemplatePut, makeStaffTemplatePut);
  listTemplates = caller(routes.staffTemplatesList, makeStaffTemplatesList);
  publish = caller(routes.staffPublish, makeStaffPublish);
  day = caller(routes.staffDay, makeStaffDay);
  block = caller(routes.staffSlotBlock, makeStaffSlotBlock);
  unblock = caller(routes.staffSlotUnblock, makeStaffSlotUnblock);
  act = caller(routes.staffAppointmentAction, makeStaffAppointmentAction);
  book = caller(routes.staffBookingCreate, makeStaffBookingCreate);
});

const slotIds: string[] = [];
const slotAt = (index: number) => slotIds[index] ?? "missing";
const appointments: Record<string, string> = {};

describe("a receptionist's day at Armley (staff routes, DynamoDB Local)", () => {
  it("saves a session template for their own site, whatever the request says", async () => {
    const saved = await putTemplate({
      principal: armley,
      params: { templateId: "gp-week" },
      body: template,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id: "gp-week", siteId: "site-armley", parallel: 2 });
    const list = await listTemplates({ principal: armley });
    expect(list.body.templates.map((x: { id: string }) => x.id)).toEqual(["gp-week"]);
  });

  it("publishes a week once: publishing it again creates nothing", async () => {
    const first = await publish({ principal: armley, body: { from: monday, to: "2026-12-13" } });
    expect(first.status).toBe(200);
    // 08:00–20:00 in 15-minute slots is 48 a clinician; two clinicians, Monday to Saturday.
    expect(first.body).toEqual({ created: 48 * 2 * 6, alreadyPublished: 0 });
    const again = await publish({ principal: armley, body: { from: monday, to: "2026-12-13" } });
    expect(again.body).toEqual({ created: 0, alreadyPublished: 576 });
  });

  it("lists every slot of a weekday in time order, all free", async () => {
    const list = await day({ principal: armley, query: { date: monday } });
    expect(list.status).toBe(200);
    expect(list.body.site).toEqual({ id: "site-armley", name: expect.any(String) });
    const slots = list.body.slots as { id: string; start: string; status: string }[];
    expect(slots).toHaveLength(96);
    expect(slots.map((s) => s.start)).toEqual(slots.map((s) => s.start).sort());
    expect(new Set(slots.map((s) => s.status))).toEqual(new Set(["free"]));
    expect(list.body.slots[0]).toMatchObject({ localStart: "08:00", localEnd: "08:15" });
    slotIds.push(...slots.slice(8).map((s) => s.id));
  });

  it("books on behalf of Tom, found by his NHS number typed with spaces", async () => {
    const booked = await book({
      principal: armley,
      body: { slotId: slotAt(0), nhsNumber: "999 000 1383" },
    });
    expect(booked.status).toBe(201);
    expect(booked.headers.location).toBe(`/api/fhir/Appointment/${booked.body.appointment.id}`);
    expect(booked.body.appointment).toMatchObject({
      slotId: slotAt(0),
      patientId: "patient-tom",
      status: "booked",
    });
    expect(booked.body.patient.communication.britishSignLanguage).toBe(true);
    appointments.tom = booked.body.appointment.id;
    const taken = await book({
      principal: armley,
      body: { slotId: slotAt(0), nhsNumber: "9990000018" },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("slot_taken");
  });

  it("refuses an unknown NHS number (404) and an invalid one (400)", async () => {
    const unknown = await book({
      principal: armley,
      body: { slotId: slotAt(1), nhsNumber: "943 476 5919" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/no patient with that NHS number/);
    const invalid = await book({
      principal: armley,
      body: { slotId: slotAt(1), nhsNumber: "999 000 1384" },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toEqual([
      { path: "nhsNumber", message: expect.stringMatching(/NHS number/) },
    ]);
  });

  it("shows the booked slot with the appointment and Tom's communication needs", async () => {
    const list = await day({ principal: armley, query: { date: monday } });
    const slot = list.body.slots.find((s: { id: string }) => s.id === slotAt(0));
    expect(slot).toMatchObject({
      status: "busy",
      appointment: {
        status: "booked",
        bookedBy: "staff",
        patient: { name: { given: "Thomas" }, communication: { britishSignLanguage: true } },
      },
    });
  });

  it("blocks a free slot with a reason, refuses a booked one, and unblocks to the waiting list", async () => {
    const blocked = await block({
      principal: armley,
      params: { slotId: slotAt(5) },
      body: { reason: "Clinician at training" },
    });
    expect(blocked.status).toBe(200);
    expect(blocked.body.slot).toMatchObject({
      status: "busy-unavailable",
      blockedReason: "Clinician at training",
    });
    const refused = await block({
      principal: armley,
      params: { slotId: slotAt(0) },
      body: { reason: "Clinician at training" },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "slot_booked" });
    expect(refused.body.error.message).toMatch(/Cancel the appointment first/);

    await joinWaitingList(t.db, t.tableName, {
      siteId: "site-armley",
      service: "same-day-gp",
      localDate: monday,
      patientId: "patient-edith",
      joinedAt: now.toISOString(),
    });
    const freed = await unblock({ principal: armley, params: { slotId: slotAt(5) }, body: {} });
    expect(freed.status).toBe(200);
    expect(freed.body.offeredToWaitingList).toBe(true);
    expect(freed.body.slot.status).toBe("busy-tentative");
    const again = await unblock({ principal: armley, params: { slotId: slotAt(5) }, body: {} });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("slot_not_blocked");
  });

  it("checks Tom in and completes his appointment; refuses moves the domain does not allow", async () => {
    const id = appointments.tom ?? "";
    const early = await act({
      principal: armley,
      params: { appointmentId: id },
      body: { action: "complete" },
    });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: "transition_not_allowed" });
    expect(early.body.error.message).toMatch(/Check the patient in/);
    const arrived = await act({
      principal: armley,
      params: { appointmentId: id },
      body: { action: "check-in" },
    });
    expect(arrived.body.appointment.status).toBe("arrived");
    const done = await act({
      principal: armley,
      params: { appointmentId: id },
      body: { action: "complete" },
    });
    expect(done.body.appointment.status).toBe("fulfilled");
    const cancel = await act({
      principal: armley,
      params: { appointmentId: id },
      body: { action: "cancel", reason: "Clinician unwell" },
    });
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.code).toBe("transition_not_allowed");
  });

  it("marks Amira as did not attend, counted in the same transaction", async () => {
    const booked = await book({
      principal: armley,
      body: { slotId: slotAt(2), nhsNumber: "9990000018" },
    });
    expect(booked.status).toBe(201);
    const noShow = await act({
      principal: armley,
      params: { appointmentId: booked.body.appointment.id },
      body: { action: "mark-no-show" },
    });
    expect(noShow.body.appointment.status).toBe("noshow");
    const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", monday, monday);
    const armleyGp = rows.find((r) => r.siteId === "site-armley" && r.service === "same-day-gp");
    expect(armleyGp).toMatchObject({ didNotAttend: 1, booked: 2 });
  });

  it("cancels a third appointment: the slot is free at once and the patient is told", async () => {
    const booked = await book({
      principal: armley,
      body: { slotId: slotAt(3), nhsNumber: "9990002754" },
    });
    expect(booked.status).toBe(201);
    const missingReason = await act({
      principal: armley,
      params: { appointmentId: booked.body.appointment.id },
      body: { action: "cancel" },
    });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.error.fields).toEqual([
      { path: "reason", message: "Enter why the appointment is cancelled" },
    ]);
    const cancelled = await act({
      principal: armley,
      params: { appointmentId: booked.body.appointment.id },
      body: { action: "cancel", reason: "The clinic is closed for a power cut" },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.appointment).toMatchObject({
      status: "cancelled",
      cancellationReason: "The clinic is closed for a power cut",
    });
    expect((await getSlot(t.db, t.tableName, slotAt(3)))?.status).toBe("free");
    const messages = await messagesFor(t.db, t.tableName, "patient-edith");
    const told = messages.find((m) => m.kind === "booking-cancelled-by-practice");
    // Written to the outbox (this test runs no delivery): pending, by the patient's channel.
    expect(told).toMatchObject({ channels: ["sms"], status: "pending" });
    // The reason stays with the practice: messages never carry more than where and when.
    expect(told?.text).not.toMatch(/power cut/);
  });
});

describe("staff routes are scoped to the caller's own site", () => {
  it("gives a York receptionist their own (empty) day list and templates, never Armley's", async () => {
    const list = await day({ principal: york, query: { date: monday } });
    expect(list.status).toBe(200);
    expect(list.body.site.id).toBe("site-york-clifton");
    expect(list.body.slots).toEqual([]);
    const templates = await listTemplates({ principal: york });
    expect(templates.body.templates).toEqual([]);
  });

  it("answers 404 when York blocks an Armley slot, books it or acts on an Armley appointment", async () => {
    const blocked = await block({
      principal: york,
      params: { slotId: slotAt(10) },
      body: { reason: "Not yours" },
    });
    expect(blocked.status).toBe(404);
    const unblocked = await unblock({ principal: york, params: { slotId: slotAt(10) }, body: {} });
    expect(unblocked.status).toBe(404);
    const booked = await book({
      principal: york,
      body: { slotId: slotAt(10), nhsNumber: "9990002754" },
    });
    expect(booked.status).toBe(404);
    const acted = await act({
      principal: york,
      params: { appointmentId: appointments.tom ?? "" },
      body: { action: "mark-no-show" },
    });
    expect(acted.status).toBe(404);
    expect((await getSlot(t.db, t.tableName, slotAt(10)))?.status).toBe("free");
  });

  it("refuses patients and analysts (403), and lets a clinician read the day but not publish", async () => {
    for (const principal of [tom, analyst]) {
      expect((await day({ principal, query: { date: monday } })).status).toBe(403);
      expect((await listTemplates({ principal })).status).toBe(403);
      expect(
        (await block({ principal, params: { slotId: slotAt(10) }, body: { reason: "x" } })).status,
      ).toBe(403);
    }
    expect((await day({ principal: clinician, query: { date: monday } })).status).toBe(200);
    const published = await publish({
      principal: clinician,
      body: { from: monday, to: monday },
    });
    expect(published.status).toBe(403);
    const saved = await putTemplate({
      principal: clinician,
      params: { templateId: "x" },
      body: template,
    });
    expect(saved.status).toBe(403);
  });
});

describe("bad input is refused with one message per field", () => {
  it("template: a session that does not divide into slots, an unknown day, a bad id", async () => {
    const response = await putTemplate({
      principal: armley,
      params: { templateId: "Bad Id" },
      body: { ...template, endTime: "12:10", daysOfWeek: ["monday"] },
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(["daysOfWeek.0", "templateId"]);
    const remainder = await putTemplate({
      principal: armley,
      params: { templateId: "short" },
      body: { ...template, endTime: "12:10" },
    });
    expect(remainder.body.error.fields).toEqual([
      { path: "endTime", message: expect.stringMatching(/end at 12:00 or 12:15/) },
    ]);
  });

  it("a template for a service the site does not offer is unprocessable", async () => {
    const response = await putTemplate({
      principal: armley,
      params: { templateId: "audiology" },
      body: { ...template, service: "audiology" },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("service_not_offered");
  });

  it("publish: a range ending before it starts, or longer than 8 weeks", async () => {
    const backwards = await publish({
      principal: armley,
      body: { from: monday, to: "2026-12-01" },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual([{ path: "to", message: expect.any(String) }]);
    const long = await publish({ principal: armley, body: { from: monday, to: "2027-03-01" } });
    expect(long.body.error.fields[0].message).toMatch(/at most 8 weeks/);
  });

  it("day list: a date that is not a date", async () => {
    const response = await day({ principal: armley, query: { date: "2026-13-01" } });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([{ path: "date", message: "Enter a real date" }]);
  });

  it("block: no reason; action: not one of the four", async () => {
    const noReason = await block({ principal: armley, params: { slotId: slotAt(10) }, body: {} });
    expect(noReason.body.error.fields).toEqual([
      { path: "reason", message: "Enter why the slot is blocked" },
    ]);
    const badAction = await act({
      principal: armley,
      params: { appointmentId: "whatever" },
      body: { action: "reschedule" },
    });
    expect(badAction.status).toBe(400);
    expect(badAction.body.error.fields).toEqual([
      { path: "action", message: "Choose check in, complete, did not attend or cancel" },
    ]);
  });
});
