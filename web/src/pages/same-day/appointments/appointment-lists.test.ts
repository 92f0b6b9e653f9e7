import type { MyAppointment } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { appointmentHeading, appointmentLists, canChange } from "./appointment-lists.ts";

const appointment = (
  id: string,
  status: MyAppointment["status"],
  start: string,
): MyAppointment => ({
  id,
  status,
  bookingReference: id.toUpperCase(),
  service: "same-day-gp",
  channel: "in-person",
  site: { id: "site-a", name: "A" },
  start,
  end: start,
  localDate: start.slice(0, 10),
  localStart: start.slice(11, 16),
  when: start,
});

describe("appointmentLists", () => {
  it("keeps only appointments still to go to as upcoming; cancelled ones join the past, newest first", () => {
    const lists = appointmentLists({
      upcoming: [
        appointment("a", "booked", "2026-11-24T10:00:00.000Z"),
        appointment("b", "cancelled", "2026-11-24T11:00:00.000Z"),
        appointment("c", "cancelled", "2026-11-24T12:00:00.000Z"),
      ],
      past: [appointment("d", "fulfilled", "2026-11-20T10:00:00.000Z")],
    });
    expect(lists.upcoming.map((a) => a.id)).toEqual(["a"]);
    expect(lists.pastAndCancelled.map((a) => a.id)).toEqual(["c", "b", "d"]);
  });
});

describe("canChange", () => {
  const booked = appointment("a", "booked", "2026-11-24T10:00:00.000Z");
  const today = booked.localDate;
  it("lets a same-day appointment booked for today be changed", () => {
    expect(canChange(booked, today)).toBe(true);
  });
  it("not one that is cancelled, attended or under way", () => {
    for (const status of ["cancelled", "fulfilled", "arrived", "noshow"] as const) {
      expect(canChange({ ...booked, status }, today)).toBe(false);
    }
  });
  it("not another service's appointment: only same-day times are offered", () => {
    expect(canChange({ ...booked, service: "physiotherapy" }, today)).toBe(false);
  });
  it("not one booked for a later day (a receptionist booked ahead): only today's times exist", () => {
    expect(canChange({ ...booked, localDate: "2026-11-25" }, "2026-11-24")).toBe(false);
  });
});

describe("appointmentHeading", () => {
  it("calls a same-day GP appointment one, and a self-referral's appointment just an appointment", () => {
    const sameDay = appointment("a", "booked", "2026-11-24T10:00:00.000Z");
    // NHS-style times from the London date and time, not the API's 24-hour "when".
    expect(appointmentHeading({ ...sameDay, when: "Tuesday 24 November at 10:00" })).toBe(
      "Same-day appointment, Tuesday 24 November at 10am",
    );
    expect(
      appointmentHeading({
        ...sameDay,
        service: "physiotherapy",
        referral: { id: "r1", reference: "ABCD2345" },
        localDate: "2026-12-09",
        localStart: "09:30",
        when: "Wednesday 9 December at 09:30",
      }),
    ).toBe("Appointment, Wednesday 9 December at 9:30am");
  });
});
