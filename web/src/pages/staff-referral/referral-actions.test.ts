import { referralStages } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import { actionDone, actionsFor, awaitsClinician } from "./referral-actions.ts";

describe("actions on a referral, by role and stage", () => {
  it("gives a clinician the clinical decisions on a new referral", () => {
    expect(actionsFor("clinician", "submitted")).toEqual([
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
      "complete",
      "withdraw",
      "mark-entered-in-error",
    ]);
  });

  it("lets a clinician still decide while the patient has not answered", () => {
    expect(actionsFor("clinician", "awaiting-information")).toEqual(
      expect.arrayContaining(["accept", "reject", "provide-information"]),
    );
  });

  it("never offers booking, which the API refuses for now", () => {
    for (const stage of referralStages) {
      for (const role of ["receptionist", "clinician"] as const) {
        const offered: string[] = actionsFor(role, stage);
        expect(offered).not.toContain("accept-and-book");
        expect(offered).not.toContain("book");
        expect(offered).not.toContain("cancel-booking");
        expect(offered).not.toContain("submit");
      }
    }
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

  it("says what happens next after accepting, by priority", () => {
    expect(actionDone("accept", "urgent").heading).toBe("Referral accepted as urgent");
    expect(actionDone("accept", "routine").heading).toBe("Referral accepted");
    expect(actionDone("accept").detail).toBe(
      "The service will contact the patient to arrange an appointment.",
    );
  });
});
