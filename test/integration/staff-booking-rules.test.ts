import { routes } from "@front-door/contracts";
import {
  getAppointment,
  getSlot,
  messagesFor,
  type NewSlot,
  publishSlots,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeStaffBookingCreate } from "../../functions/src/staff/handlers/staff-booking.ts";
import { now, receptionist } from "./referral-fixtures.ts";
import { type Call, routeCaller } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

/** Staff booking for a patient on the phone: times that have started or are far off need a reason. */

let t: TestTable;
let book: Call;

const slotOn = (localDate: string, hhmm: string): NewSlot => ({
  id: `site-armley_${localDate}_${hhmm.replace(":", "")}_staff-rules`,
  siteId: "site-armley",
  icbId: "icb-west-yorkshire",
  service: "same-day-gp",
  channel: "in-person",
  start: `${localDate}T${hhmm}:00.000Z`,
  end: new Date(Date.parse(`${localDate}T${hhmm}:00.000Z`) + 15 * 60_000).toISOString(),
  localDate,
  localStart: hhmm,
  sameDayOnly: false,
  templateId: "staff-rules",
});

// `now` is Tuesday 8 December 2026, 10:00 in London (GMT).
const started = slotOn("2026-12-08", "09:45");
const earlier = slotOn("2026-12-08", "08:00");
const later = slotOn("2026-12-08", "16:00");
const farOff = slotOn("2027-03-02", "09:00");
const alsoFarOff = slotOn("2027-06-01", "09:00");

beforeAll(async () => {
  t = await freshTable();
  book = routeCaller(t, routes.staffBookingCreate, makeStaffBookingCreate, () => now);
  await publishSlots(t.db, t.tableName, [started, earlier, later, farOff, alsoFarOff]);
});

const tomsNumber = "999 000 1383";

describe("a receptionist booking a time the rules would refuse", () => {
  it("refuses a time that has started, naming the reason field, and leaves the slot free", async () => {
    const refused = await book({
      principal: receptionist,
      body: { slotId: started.id, nhsNumber: tomsNumber },
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: "slot_in_past",
      fields: [{ path: "reason", message: expect.stringMatching(/already started/) }],
    });
    expect((await getSlot(t.db, t.tableName, started.id))?.status).toBe("free");
  });

  it("refuses a time more than eight weeks ahead, and a blank reason is no reason", async () => {
    const refused = await book({
      principal: receptionist,
      body: { slotId: farOff.id, nhsNumber: tomsNumber, reason: "   " },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("slot_beyond_horizon");
    expect(refused.body.error.message).toMatch(/more than 8 weeks ahead/);
    expect((await getSlot(t.db, t.tableName, farOff.id))?.status).toBe("free");
  });

  it("books either with a reason, kept on the appointment with who booked it", async () => {
    const reason = "Six-month medication review, agreed with the GP";
    const booked = await book({
      principal: receptionist,
      body: { slotId: alsoFarOff.id, nhsNumber: tomsNumber, reason },
    });
    expect(booked.status).toBe(201);
    expect(await getAppointment(t.db, t.tableName, booked.body.appointment.id)).toMatchObject({
      bookedOutsideRules: { rule: "beyond-horizon", reason, byUserId: receptionist.userId },
    });
    const walkIn = await book({
      principal: receptionist,
      body: { slotId: earlier.id, nhsNumber: "9990000018", reason: "Seen as a walk-in at 08:00" },
    });
    expect(walkIn.status).toBe(201);
    expect(await getAppointment(t.db, t.tableName, walkIn.body.appointment.id)).toMatchObject({
      bookedOutsideRules: { rule: "past", byUserId: receptionist.userId },
    });
    // Months ahead, or gone: the confirmation names the year.
    const texts = (await messagesFor(t.db, t.tableName, "patient-tom")).map((m) => m.text);
    expect(texts.join("\n")).toContain("Tuesday 1 June 2027 at 10:00");
    const amiras = (await messagesFor(t.db, t.tableName, "patient-amira")).map((m) => m.text);
    expect(amiras.join("\n")).toContain("Tuesday 8 December 2026 at 08:00");
  });

  it("books a later time today without a reason, and keeps no override on it", async () => {
    const booked = await book({
      principal: receptionist,
      body: { slotId: later.id, nhsNumber: tomsNumber },
    });
    expect(booked.status).toBe(201);
    const appointment = await getAppointment(t.db, t.tableName, booked.body.appointment.id);
    expect(appointment?.bookedOutsideRules).toBeUndefined();
    expect((await getSlot(t.db, t.tableName, later.id))?.status).toBe("busy");
  });
});
