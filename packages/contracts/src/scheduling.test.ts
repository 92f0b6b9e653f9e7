import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  Appointment,
  AppointmentStatus,
  BlockSlotRequest,
  PublishRequest,
  SessionTemplateInput,
  Slot,
  SlotStatus,
} from "./scheduling.ts";

const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const result = z.safeParse(schema, input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

const template = {
  service: "same-day-gp",
  daysOfWeek: ["mon", "tue", "wed", "thu", "fri"],
  startTime: "08:00",
  endTime: "20:00",
  slotMinutes: 15,
  parallel: 3,
  channel: "in-person",
  sameDayOnly: true,
};

describe("SessionTemplateInput", () => {
  it("accepts a sound template", () => {
    expect(issuesOf(SessionTemplateInput, template)).toEqual([]);
  });

  it("gives each missing field one friendly message", () => {
    expect(issuesOf(SessionTemplateInput, {})).toEqual([
      "service: Choose a service from the list",
      "daysOfWeek: Choose at least one day of the week",
      "startTime: Enter a start time like 08:00",
      "endTime: Enter an end time like 18:30",
      "slotMinutes: Slot length must be a whole number of minutes from 5 to 120",
      "parallel: Clinicians on shift must be a whole number from 1 to 20",
      "channel: Choose in person, telephone or video",
      "sameDayOnly: Choose whether these slots are kept for same-day appointments",
    ]);
  });

  it("never gives a field two messages", () => {
    expect(
      issuesOf(SessionTemplateInput, {
        ...template,
        slotMinutes: 2.5,
        parallel: -1,
        daysOfWeek: [],
        startTime: "9",
      }),
    ).toEqual([
      "daysOfWeek: Choose at least one day of the week",
      "startTime: Enter a start time like 08:00",
      "slotMinutes: Slot length must be a whole number of minutes from 5 to 120",
      "parallel: Clinicians on shift must be a whole number from 1 to 20",
    ]);
    expect(issuesOf(SessionTemplateInput, { ...template, daysOfWeek: ["mon", "mon"] })).toEqual([
      "daysOfWeek: Choose each day of the week once",
    ]);
    expect(issuesOf(SessionTemplateInput, { ...template, daysOfWeek: ["funday"] })).toEqual([
      "daysOfWeek.0: Choose days from Monday to Sunday",
    ]);
  });

  it("checks the end time against the start only when both are valid", () => {
    expect(issuesOf(SessionTemplateInput, { ...template, endTime: "07:00" })).toEqual([
      "endTime: The end time must be after the start time",
    ]);
    expect(issuesOf(SessionTemplateInput, { ...template, endTime: "12:10" })).toEqual([
      "endTime: The session does not divide into 15-minute slots (10 minutes left over): end at 12:00 or 12:15",
    ]);
    expect(issuesOf(SessionTemplateInput, { ...template, endTime: "12:10", parallel: 0 })).toEqual([
      "parallel: Clinicians on shift must be a whole number from 1 to 20",
    ]);
  });
});

describe("PublishRequest", () => {
  it("accepts up to 8 weeks and names the field of a bad range once", () => {
    expect(issuesOf(PublishRequest, { from: "2026-11-01", to: "2026-12-26" })).toEqual([]);
    expect(issuesOf(PublishRequest, { from: "2026-11-01", to: "2026-12-27" })).toEqual([
      "to: Publish at most 8 weeks at a time (56 days); this range is 57 days",
    ]);
    expect(issuesOf(PublishRequest, { from: "2026-11-02", to: "2026-11-01" })).toEqual([
      "to: The end date must be the same as or after the start date",
    ]);
    expect(issuesOf(PublishRequest, { from: "2026-02-30", to: "2026-03-01" })).toEqual([
      "from: Enter a real date",
    ]);
  });
});

describe("value sets and responses", () => {
  it("are the FHIR statuses", () => {
    expect(SlotStatus.options).toHaveLength(5);
    expect(AppointmentStatus.options).toContain("noshow");
    expect(issuesOf(SlotStatus, "booked")).toHaveLength(1);
  });

  it("parse a slot and an appointment as the API returns them", () => {
    const slot = {
      id: "site-armley_same-day-gp_in-person_20261124_0800_1",
      templateId: "armley-gp-weekday",
      siteId: "site-armley",
      service: "same-day-gp",
      channel: "in-person",
      status: "free",
      sameDayOnly: true,
      start: "2026-11-24T08:00:00.000Z",
      end: "2026-11-24T08:15:00.000Z",
      localDate: "2026-11-24",
      localStart: "08:00",
      localEnd: "08:15",
    };
    expect(issuesOf(Slot, slot)).toEqual([]);
    expect(issuesOf(Slot, { ...slot, status: "booked" })).toEqual([
      expect.stringMatching(/^status: /),
    ]);
    expect(
      issuesOf(Appointment, {
        id: "appt-1",
        slotId: slot.id,
        patientId: "patient-1",
        status: "cancelled",
        channel: "telephone",
        start: slot.start,
        end: slot.end,
        localDate: slot.localDate,
        localStart: slot.localStart,
        siteId: slot.siteId,
        service: "same-day-gp",
        bookingReference: "FD-7K2Q9",
        cancellationReason: "Clinician unwell",
      }),
    ).toEqual([]);
  });

  it("needs a reason to block a slot", () => {
    expect(issuesOf(BlockSlotRequest, { reason: "   " })).toEqual([
      "reason: Enter why the slot is blocked",
    ]);
  });
});
