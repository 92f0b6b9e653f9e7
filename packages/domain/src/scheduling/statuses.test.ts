import { describe, expect, it } from "vitest";
import {
  type AppointmentAction,
  type AppointmentStatus,
  appointmentActions,
  appointmentStatuses,
  appointmentTransition,
  isActiveAppointment,
  slotStatuses,
} from "./statuses.ts";

describe("FHIR value sets", () => {
  it("mirror FHIR R4 Slot.status and Appointment.status exactly", () => {
    expect([...slotStatuses].sort()).toEqual(
      ["busy", "busy-tentative", "busy-unavailable", "entered-in-error", "free"].sort(),
    );
    expect(appointmentStatuses).toHaveLength(10);
    expect(appointmentStatuses).toContain("noshow");
    expect(appointmentStatuses).toContain("checked-in");
    expect(appointmentStatuses).toContain("waitlist");
  });
});

describe("appointmentTransition", () => {
  const allowed: [AppointmentStatus, AppointmentAction, AppointmentStatus][] = [
    ["booked", "check-in", "arrived"],
    ["booked", "cancel", "cancelled"],
    ["booked", "mark-no-show", "noshow"],
    ["arrived", "complete", "fulfilled"],
    ["arrived", "mark-no-show", "noshow"],
  ];

  it.each(allowed)("%s + %s → %s", (from, action, to) => {
    expect(appointmentTransition(from, action)).toEqual({ kind: "ok", to });
  });

  it("completes a telephone or video appointment straight from booked, not an in-person one", () => {
    expect(appointmentTransition("booked", "complete", "telephone")).toEqual({
      kind: "ok",
      to: "fulfilled",
    });
    expect(appointmentTransition("booked", "complete", "video")).toEqual({
      kind: "ok",
      to: "fulfilled",
    });
    expect(appointmentTransition("booked", "complete", "in-person")).toEqual({
      kind: "not-allowed",
      message: "Check the patient in before completing an in-person appointment.",
    });
    expect(appointmentTransition("booked", "complete").kind).toBe("not-allowed");
  });

  it("refuses every other status and action pair", () => {
    const ok = new Set(allowed.map(([from, action]) => `${from}|${action}`));
    let refused = 0;
    for (const from of appointmentStatuses) {
      for (const action of appointmentActions) {
        if (ok.has(`${from}|${action}`)) continue;
        for (const channel of ["telephone", "in-person"] as const) {
          if (from === "booked" && action === "complete" && channel === "telephone") continue;
          const result = appointmentTransition(from, action, channel);
          expect(result.kind, `${from} + ${action} (${channel})`).toBe("not-allowed");
          refused++;
        }
      }
    }
    // 10 statuses × 4 actions × 2 channels, less 5 allowed pairs × 2 and booked+complete by phone.
    expect(refused).toBe(80 - 10 - 1);
  });

  it("explains refusals in words a receptionist can act on", () => {
    expect(appointmentTransition("cancelled", "check-in")).toEqual({
      kind: "not-allowed",
      message:
        "This appointment has been cancelled, so it cannot be checked in. Book a new appointment if the patient still needs one.",
    });
    expect(appointmentTransition("noshow", "complete")).toMatchObject({
      message: expect.stringContaining("was marked as did not attend"),
    });
    expect(appointmentTransition("arrived", "cancel")).toMatchObject({
      message: expect.stringContaining("already checked in"),
    });
    expect(appointmentTransition("arrived", "check-in")).toEqual({
      kind: "not-allowed",
      message: "The patient has already checked in.",
    });
    expect(appointmentTransition("pending", "check-in")).toMatchObject({
      message: expect.stringContaining('its status is "pending"'),
    });
  });

  it("lets nothing leave a final status", () => {
    for (const from of ["fulfilled", "cancelled", "noshow", "entered-in-error"] as const) {
      for (const action of appointmentActions) {
        expect(appointmentTransition(from, action, "video").kind).toBe("not-allowed");
      }
    }
  });
});

describe("isActiveAppointment", () => {
  it("is true only while booked or arrived", () => {
    expect(appointmentStatuses.filter(isActiveAppointment)).toEqual(["booked", "arrived"]);
  });
});
