import { StaffDayResponse } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { isStaffDayResponse, staffDayResponse } from "./day-response.ts";

const freeSlot = {
  id: "slot-1",
  templateId: "tpl-1",
  siteId: "site-1",
  service: "same-day-gp",
  channel: "in-person",
  status: "free",
  sameDayOnly: true,
  start: "2026-12-03T09:00:00.000Z",
  end: "2026-12-03T09:15:00.000Z",
  localDate: "2026-12-03",
  localStart: "09:00",
  localEnd: "09:15",
};

const bookedSlot = {
  ...freeSlot,
  id: "slot-2",
  status: "busy",
  appointment: {
    id: "appt-1",
    status: "booked",
    bookingReference: "FD-ABC123",
    channel: "in-person",
    bookedBy: "staff",
    patient: {
      id: "patient-1",
      name: { given: "Tom", family: "Whitaker" },
      preferredName: "Tommy",
      communication: {
        interpreterLanguage: "Polish",
        britishSignLanguage: false,
        easyRead: true,
        largePrint: false,
        carer: { kind: "carer", name: "Ann Whitaker", mayActOnMyBehalf: true },
      },
    },
  },
};

const blockedSlot = {
  ...freeSlot,
  id: "slot-3",
  status: "busy-unavailable",
  blockedReason: "Training",
};

const day = {
  site: { id: "site-1", name: "Armley Health Centre" },
  date: "2026-12-03",
  slots: [freeSlot, bookedSlot, blockedSlot],
};

/** The day with one slot's field set to a value (undefined removes it). */
function withSlot(index: number, change: (slot: Record<string, unknown>) => void) {
  const copy = structuredClone(day) as { slots: Record<string, unknown>[] };
  const slot = copy.slots[index];
  if (!slot) throw new Error("no such slot");
  change(slot);
  return copy;
}

describe("the day list's guard", () => {
  it("accepts what the contract accepts: free, booked (with needs and carer) and blocked slots", () => {
    expect(StaffDayResponse.safeParse(day).success).toBe(true);
    expect(isStaffDayResponse(day)).toBe(true);
    expect(staffDayResponse.safeParse(day)).toEqual({ success: true, data: day });
    expect(isStaffDayResponse({ ...day, slots: [] })).toBe(true);
  });

  const malformed: [string, unknown][] = [
    ["not an object", "day"],
    ["no slots", { site: day.site, date: day.date }],
    ["slots not a list", { ...day, slots: {} }],
    ["no site name", { ...day, site: { id: "site-1" } }],
    [
      "a slot status the page has no words for",
      withSlot(0, (s) => {
        s.status = "gone";
      }),
    ],
    [
      "an unknown channel",
      withSlot(0, (s) => {
        s.channel = "pigeon";
      }),
    ],
    [
      "a start that is not a time",
      withSlot(0, (s) => {
        s.start = "soon";
      }),
    ],
    [
      "a missing slot id",
      withSlot(0, (s) => {
        s.id = undefined;
      }),
    ],
    [
      "a blocked reason that is not text",
      withSlot(2, (s) => {
        s.blockedReason = 3;
      }),
    ],
    [
      "an appointment status the page has no words for",
      withSlot(1, (s) => {
        (s.appointment as { status: string }).status = "lost";
      }),
    ],
    [
      "a patient without a family name",
      withSlot(1, (s) => {
        (s.appointment as { patient: { name: object } }).patient.name = { given: "Tom" };
      }),
    ],
    [
      "communication needs without easy read",
      withSlot(1, (s) => {
        const patient = (s.appointment as { patient: { communication: Record<string, unknown> } })
          .patient;
        patient.communication.easyRead = undefined;
      }),
    ],
    [
      "a carer of an unknown kind",
      withSlot(1, (s) => {
        const needs = (s.appointment as { patient: { communication: { carer: { kind: string } } } })
          .patient.communication;
        needs.carer.kind = "friend";
      }),
    ],
  ];

  it.each(malformed)("refuses %s, as the contract does", (_, body) => {
    expect(StaffDayResponse.safeParse(body).success).toBe(false);
    expect(isStaffDayResponse(body)).toBe(false);
    expect(staffDayResponse.safeParse(body)).toEqual({ success: false });
  });

  it("refuses a wall-clock time it could not write as 9:15am, which the contract leaves as text", () => {
    const body = withSlot(0, (s) => {
      s.localStart = "9am";
    });
    expect(StaffDayResponse.safeParse(body).success).toBe(true);
    expect(isStaffDayResponse(body)).toBe(false);
  });
});
