import { describe, expect, it } from "vitest";
import { newPhbCase } from "./application.ts";
import { caseManager, ctxAt, patient, planDraft, westYorkshire } from "./phb-fixtures.testing.ts";
import { phbTransition } from "./phb-transitions.ts";
import { phbTracker } from "./tracker.ts";

const start = () =>
  newPhbCase(
    {
      routeId: "chc",
      currentSupport: [],
      outcomes: ["Stay at home"],
      holdingPreference: "not-sure",
    },
    westYorkshire,
    new Date("2026-05-01T09:00:00Z"),
  );

describe("the tracker", () => {
  it("says the team decides by the 28-day date, with the application's date done", () => {
    const tracker = phbTracker(start());
    expect(tracker).toMatchObject({ withWhom: "team", dueBy: "2026-05-29" });
    expect(tracker.steps.slice(0, 2)).toEqual([
      { label: "Application received", doneOn: "2026-05-01" },
      { label: "Eligibility decision" },
    ]);
  });

  it("puts the plan in the person's hands until they agree, then the ICB's", () => {
    let phb = {
      ...start(),
      stage: "budget-set" as const,
      budget: { annualPence: 6_000_000, basis: "b", setAt: "", by: "" },
    };
    const saved = phbTransition(phb, { type: "save-plan", plan: planDraft() }, ctxAt(caseManager));
    if (saved.kind !== "changed") throw new Error("plan refused");
    phb = saved.after as typeof phb;
    expect(phbTracker(phb)).toMatchObject({ withWhom: "you", dueBy: "2026-06-15" });
    const agreed = phbTransition(phb, { type: "agree-plan", version: 1 }, ctxAt(patient));
    if (agreed.kind !== "changed") throw new Error("agreement refused");
    expect(phbTracker(agreed.after)).toMatchObject({
      withWhom: "team",
      nextStep: "The ICB signs off the plan you agreed",
    });
  });

  it("words the next step for the PHB team when the team is reading, never as 'your plan'", () => {
    let phb = {
      ...start(),
      stage: "budget-set" as const,
      budget: { annualPence: 6_000_000, basis: "b", setAt: "", by: "" },
    };
    const saved = phbTransition(phb, { type: "save-plan", plan: planDraft() }, ctxAt(caseManager));
    if (saved.kind !== "changed") throw new Error("plan refused");
    phb = saved.after as typeof phb;
    expect(phbTracker(phb).nextStep).toBe(
      "Read your care and support plan, then agree it or ask for changes",
    );
    expect(phbTracker(phb, "team")).toMatchObject({
      withWhom: "you",
      nextStep: "Waiting for the person to read the plan, then agree it or ask for changes",
    });
    const stages = [
      "requested",
      "information-requested",
      "eligible",
      "assessed",
      "budget-set",
      "plan-agreed",
      "in-place",
      "reconsideration",
      "not-eligible",
      "withdrawn",
      "ended",
    ] as const;
    for (const stage of stages) {
      const words = phbTracker({ ...start(), stage }, "team").nextStep;
      expect(words, stage).not.toMatch(/\byou(r)?\b/i);
    }
  });

  it("a withdrawn application has nothing next and no due date", () => {
    const tracker = phbTracker({ ...start(), stage: "withdrawn", dueBy: undefined as never });
    expect(tracker.withWhom).toBe("nobody");
  });
});
