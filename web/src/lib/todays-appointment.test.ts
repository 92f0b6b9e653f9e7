import type { MyAppointment } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { todaysSameDayAppointment } from "./todays-appointment.ts";

const appointment = (over: Partial<MyAppointment>): MyAppointment => ({
  id: "a1",
  status: "booked",
  bookingReference: "FD-1",
  service: "same-day-gp",
  channel: "in-person",
  site: { id: "site-armley", name: "Armley" },
  start: "2026-12-02T17:15:00.000Z",
  end: "2026-12-02T17:30:00.000Z",
  localDate: "2026-12-02",
  localStart: "17:15",
  when: "Wednesday 2 December at 5:15pm",
  ...over,
});

describe("todaysSameDayAppointment", () => {
  it("finds today's booked appointment", () => {
    const today = appointment({});
    expect(todaysSameDayAppointment([today], "2026-12-02")).toBe(today);
  });

  it("ignores other days, cancelled ones and referral appointments", () => {
    expect(
      todaysSameDayAppointment(
        [
          appointment({ localDate: "2026-12-03" }),
          appointment({ status: "cancelled" }),
          appointment({ referral: { id: "r1", reference: "R-1" } }),
        ],
        "2026-12-02",
      ),
    ).toBeUndefined();
  });
});
