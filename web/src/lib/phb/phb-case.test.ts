import type { PhbApplicationView } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  holdingLines,
  type PatientCase,
  patientActions,
  patientCaseOf,
  reconsiderationSubjectsAt,
} from "./phb-case.ts";

const plan = (extra: object = {}) => ({
  version: 1,
  lines: [],
  outcomes: ["Stay at home"],
  risks: "r",
  contingency: "c",
  careCoordinator: "Jo Bell",
  reviewDates: [],
  annualTotalPence: 100,
  createdAt: "2026-12-08T10:00:00Z",
  ...extra,
});

const phb = (extra: Partial<PatientCase> = {}): PatientCase => ({
  informationRequests: [],
  plans: [],
  holdingPreference: "not-sure",
  ...extra,
});

describe("what the applicant can do at each stage", () => {
  it("answers a question only while one is asked", () => {
    expect(patientActions("information-requested", phb())).toContain("answer-information");
    expect(patientActions("requested", phb())).not.toContain("answer-information");
  });

  it("agrees the plan or asks for changes only while a plan waits for their agreement", () => {
    expect(patientActions("planning", phb({ plans: [plan()] }))).toEqual(
      expect.arrayContaining(["agree-plan", "ask-for-changes"]),
    );
    const agreed = plan({ agreement: { at: "2026-12-09T10:00:00Z" } });
    expect(patientActions("planning", phb({ plans: [agreed] }))).not.toContain("agree-plan");
    expect(patientActions("planning", phb())).not.toContain("agree-plan");
  });

  it("chooses how to hold the money until the team has arranged it", () => {
    expect(patientActions("plan-agreed", phb())).toContain("choose-holding");
    const held = phb({ holding: { way: "notional" } });
    expect(patientActions("plan-agreed", held)).not.toContain("choose-holding");
    expect(patientActions("in-place", phb())).not.toContain("choose-holding");
  });

  it("asks for a refusal to be reconsidered, or a plan's lines and amount, never before", () => {
    expect(reconsiderationSubjectsAt("not-eligible")).toEqual(["refusal"]);
    expect(reconsiderationSubjectsAt("in-place")).toEqual([
      "line-left-out",
      "reduction",
      "direct-payment-refused",
    ]);
    expect(reconsiderationSubjectsAt("requested")).toEqual([]);
    expect(patientActions("requested", phb())).not.toContain("ask-reconsideration");
    expect(patientActions("not-eligible", phb())).toEqual(["ask-reconsideration"]);
  });

  it("withdraws while the application is open, and does nothing once it is closed", () => {
    expect(patientActions("requested", phb())).toContain("withdraw");
    expect(patientActions("withdrawn", phb())).toEqual([]);
    expect(patientActions("ended", phb())).toEqual([]);
  });
});

describe("the arrangement in words", () => {
  it("lists a mix's parts in pounds and shows what they add up to", () => {
    expect(
      holdingLines({
        way: "mix",
        parts: [
          { way: "direct-payment", annualPence: 1_500_000 },
          { way: "third-party", annualPence: 1_100_050, organisation: "York Care Co-op" },
        ],
      }),
    ).toEqual([
      "Direct payment to you: £15,000.00 a year",
      "Third-party budget (York Care Co-op): £11,000.50 a year",
      "Together: £26,000.50 a year",
    ]);
    expect(holdingLines({ way: "third-party", organisation: "York Care Co-op" })).toEqual([
      "Third-party budget held by York Care Co-op",
    ]);
  });
});

describe("reading the application's case", () => {
  it("reads what the page shows and refuses what is not a case", () => {
    const view = {
      case: { ...phb(), plans: [plan()], budget: undefined },
    } as unknown as PhbApplicationView;
    expect(patientCaseOf(view)?.plans[0]?.careCoordinator).toBe("Jo Bell");
    expect(patientCaseOf({ case: { plans: "none" } } as unknown as PhbApplicationView)).toBe(
      undefined,
    );
  });
});
