import { referralStages } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import { actionDone, actionsFor, awaitsClinician, needsFreeTimes } from "./referral-actions.ts";

describe("actions on a referral, by role and stage", () => {
  it("gives a clinician the clinical decisions on a new referral, booking first", () => {
    expect(actionsFor("clinician", "submitted")).toEqual([
      "accept-and-book",
      "accept",
      "request-information",
      "reject",
      "withdraw",
      "mark-entered-in-error",
    ]);
  });

  it("gives a receptionist everything but the clinical decisions", () => {
    expect(actionsFor("receptionist", "submitted")).toEqual([
      "request-information",
      "withdraw",
      "mark-entered-in-error",
    ]);
    expect(actionsFor("receptionist", "awaiting-information")).toEqual([
      "provide-information",
      "withdraw",
      "mark-entered-in-error",
    ]);
    expect(actionsFor("receptionist", "accepted")).toEqual([
      "book",
      "complete",
      "withdraw",
      "mark-entered-in-error",
    ]);
  });

  it("lets a clinician still decide while the patient has not answered", () => {
    expect(actionsFor("clinician", "awaiting-information")).toEqual(
      expect.arrayContaining(["accept-and-book", "accept", "reject", "provide-information"]),
    );
  });

  it("books an accepted referral for either role, and cancels only a booked one", () => {
    for (const role of ["receptionist", "clinician"] as const) {
      expect(actionsFor(role, "accepted")).toContain("book");
      expect(actionsFor(role, "booked")).toEqual([
        "complete",
        "cancel-booking",
        "withdraw",
        "mark-entered-in-error",
      ]);
      for (const stage of referralStages.filter((s) => s !== "booked")) {
        expect(actionsFor(role, stage)).not.toContain("cancel-booking");
      }
    }
    expect(actionsFor("receptionist", "submitted")).not.toContain("accept-and-book");
  });

  it("never offers submitting, which is the patient's", () => {
    for (const stage of referralStages) {
      for (const role of ["receptionist", "clinician"] as const) {
        const offered: string[] = actionsFor(role, stage);
        expect(offered).not.toContain("submit");
      }
    }
  });

  it("loads free times only where it offers to book", () => {
    expect(needsFreeTimes("clinician", "submitted")).toBe(true);
    expect(needsFreeTimes("receptionist", "submitted")).toBe(false);
    expect(needsFreeTimes("receptionist", "accepted")).toBe(true);
    expect(needsFreeTimes("clinician", "booked")).toBe(false);
    expect(needsFreeTimes("patient", "accepted")).toBe(false);
  });

  it("offers only a correction once a referral is final, and nothing once it is corrected", () => {
    for (const stage of ["rejected", "withdrawn", "completed"] as const) {
      expect(actionsFor("receptionist", stage)).toEqual(["mark-entered-in-error"]);
      expect(actionsFor("clinician", stage)).toEqual(["mark-entered-in-error"]);
    }
    expect(actionsFor("clinician", "entered-in-error")).toEqual([]);
  });

  it("offers nothing to anyone who is not staff", () => {
    expect(actionsFor("patient", "submitted")).toEqual([]);
    expect(actionsFor("icb-analyst", "submitted")).toEqual([]);
    expect(actionsFor(undefined, "submitted")).toEqual([]);
  });

  it("tells a receptionist a decision is a clinician's only while one could be made", () => {
    expect(awaitsClinician("receptionist", "submitted")).toBe(true);
    expect(awaitsClinician("receptionist", "awaiting-information")).toBe(true);
    expect(awaitsClinician("receptionist", "accepted")).toBe(false);
    expect(awaitsClinician("clinician", "submitted")).toBe(false);
    expect(awaitsClinician("patient", "submitted")).toBe(false);
  });

  it("says what happens next after accepting, by priority and by who books", () => {
    const online = { bookOnline: true };
    expect(actionDone("accept", { ...online, priority: "urgent" }).heading).toBe(
      "Referral accepted as urgent",
    );
    expect(actionDone("accept", { ...online, priority: "routine" }).heading).toBe(
      "Referral accepted",
    );
    expect(actionDone("accept", online).detail).toBe(
      "The patient can choose an appointment online, or you can book one for them.",
    );
    expect(actionDone("accept", { bookOnline: false }).detail).toBe(
      "The service will contact the patient to arrange an appointment.",
    );
  });

  it("says when a booking is for, with its reference", () => {
    const booked = {
      bookOnline: true,
      priority: "urgent" as const,
      appointment: {
        id: "a1",
        status: "booked" as const,
        bookingReference: "BK12345",
        channel: "in-person" as const,
        start: "2026-12-10T11:30:00.000Z",
        when: "Thursday 10 December at 11:30",
      },
    };
    expect(actionDone("accept-and-book", booked)).toEqual({
      heading: "Referral accepted as urgent and booked",
      detail:
        "Thursday 10 December at 11:30am, booking reference BK12345. The patient can see it in Front Door.",
    });
    expect(actionDone("book", booked).heading).toBe("Appointment booked");
    expect(actionDone("cancel-booking", { bookOnline: true }).detail).toMatch(
      /^The time is free again and the referral is back to accepted\. The patient can choose/,
    );
  });
});
