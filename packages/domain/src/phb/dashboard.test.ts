import { describe, expect, it } from "vitest";
import { phbCountChanges } from "./dashboard-counts.ts";
import { daysPercentile, summarisePhb } from "./dashboard-summary.ts";
import type { PhbCase } from "./phb-case.ts";
import { financialQuarterById, financialQuarterOf } from "./quarters.ts";

const requested: PhbCase = {
  icbId: "icb-west-yorkshire",
  routeId: "chc",
  stage: "requested",
  completedAt: "2026-06-01T09:00:00Z",
  stageEnteredAt: "2026-06-01T09:00:00Z",
  dueBy: "2026-06-29",
  informationRequests: [],
  plans: [],
  holdingPreference: "not-sure",
  reviews: [],
};
const inPlace: PhbCase = {
  ...requested,
  stage: "in-place",
  dueBy: undefined,
  budget: { annualPence: 5_000_000, basis: "b", setAt: "x", by: "cm" },
  holding: { way: "direct-payment", agreementAccepted: true, accountSetUp: true },
  inPlaceOn: "2026-08-01",
  nextReviewDue: "2026-11-01",
};

describe("daysPercentile", () => {
  it("reads the median and 90th percentile from day buckets", () => {
    const histogram = { "3": 5, "10": 4, "40": 1 };
    expect(daysPercentile(histogram, 0.5)).toEqual({ days: 3 });
    expect(daysPercentile(histogram, 0.9)).toEqual({ days: 10 });
    expect(daysPercentile(histogram, 1)).toEqual({ days: 40 });
  });
  it("sorts buckets by days, not as text, and names the open-ended bucket", () => {
    expect(daysPercentile({ "9": 1, "10": 1, "100": 0 }, 0.5)).toEqual({ days: 9 });
    expect(daysPercentile({ "2": 1, longer: 9 }, 0.9)).toEqual({ moreThanDays: 90 });
  });
  it("is null when nothing was counted", () => {
    expect(daysPercentile({}, 0.5)).toBeNull();
    expect(daysPercentile({ "4": 0 }, 0.5)).toBeNull();
  });
});

describe("financial quarters", () => {
  it("puts each date in its NHS financial quarter, boundaries included", () => {
    expect(financialQuarterOf("2026-03-31").id).toBe("2025-26-Q4");
    expect(financialQuarterOf("2026-04-01")).toMatchObject({
      id: "2026-27-Q1",
      start: "2026-04-01",
      end: "2026-06-30",
      counterName: "Q2026-04",
    });
    expect(financialQuarterOf("2026-12-31")).toMatchObject({
      id: "2026-27-Q3",
      label: "2026-27 Q3 (October to December 2026)",
      end: "2026-12-31",
    });
    expect(financialQuarterOf("2027-01-01")).toMatchObject({ id: "2026-27-Q4", end: "2027-03-31" });
    expect(financialQuarterOf("2028-02-29").end).toBe("2028-03-31");
  });
  it("reads a quarter's id back, and refuses one that is not a real quarter", () => {
    expect(financialQuarterById("2026-27-Q4")).toEqual(financialQuarterOf("2027-02-10"));
    expect(financialQuarterById("2026-27-Q2")?.start).toBe("2026-07-01");
    expect(financialQuarterById("2026-28-Q2")).toBeUndefined();
    expect(financialQuarterById("2026-27-Q5")).toBeUndefined();
    expect(financialQuarterById("2099-00-Q1")?.start).toBe("2099-04-01");
  });
});

describe("phbCountChanges", () => {
  it("counts a new application on the day and at its stage", () => {
    const changes = phbCountChanges(
      undefined,
      requested,
      "apply",
      new Date("2026-06-01T09:00:00Z"),
    );
    expect(changes).toEqual({
      daily: { applications: 1 },
      stock: [{ routeId: "chc", deltas: { "stage:requested": 1 } }],
      reviewsDue: [],
    });
  });
  it("counts a decision into the day bucket of its calendar days and the 28-day figure", () => {
    const eligible = { ...requested, stage: "eligible" as const };
    const changes = phbCountChanges(
      requested,
      eligible,
      "decide-eligible",
      new Date("2026-06-29T22:30:00Z"),
    );
    // 22:30 UTC on 29 June is 23:30 in London: still day 28, still in time.
    expect(changes.daily).toEqual({
      eligibilityDecisions: 1,
      eligibilityWithin28Days: 1,
      "decisionDays:28": 1,
    });
    const late = phbCountChanges(
      requested,
      eligible,
      "decide-eligible",
      new Date("2026-06-29T23:30:00Z"),
    );
    expect(late.daily).toEqual({ eligibilityDecisions: 1, "decisionDays:29": 1 });
    expect(changes.stock).toEqual([
      { routeId: "chc", deltas: { "stage:requested": -1, "stage:eligible": 1 } },
    ]);
  });
  it("puts a budget in place once, with its way, value and first review", () => {
    const agreed = {
      ...inPlace,
      stage: "plan-agreed" as const,
      inPlaceOn: undefined,
      nextReviewDue: undefined,
    };
    const changes = phbCountChanges(
      agreed,
      inPlace,
      "mark-in-place",
      new Date("2026-08-01T10:00:00Z"),
    );
    expect(changes.daily).toEqual({ "inPlace:direct-payment": 1, inPlaceAnnualPence: 5_000_000 });
    expect(changes.stock).toEqual([
      {
        routeId: "chc",
        deltas: {
          "stage:plan-agreed": -1,
          "stage:in-place": 1,
          "held:direct-payment": 1,
          "heldPence:direct-payment": 5_000_000,
          "new:direct-payment": 1,
          "newPence:direct-payment": 5_000_000,
        },
      },
    ]);
    expect(changes.reviewsDue).toEqual([{ routeId: "chc", dueOn: "2026-11-01", by: 1 }]);
  });
  it("moves the review and keeps the money in place through a varied plan", () => {
    const varied = { ...inPlace, stage: "planning" as const, nextReviewDue: "2027-10-01" };
    const changes = phbCountChanges(
      inPlace,
      varied,
      "record-review",
      new Date("2026-10-20T10:00:00Z"),
    );
    expect(changes.daily).toEqual({});
    expect(changes.stock).toEqual([
      { routeId: "chc", deltas: { "stage:in-place": -1, "stage:planning": 1 } },
    ]);
    expect(changes.reviewsDue).toEqual([
      { routeId: "chc", dueOn: "2026-11-01", by: -1 },
      { routeId: "chc", dueOn: "2027-10-01", by: 1 },
    ]);
  });
  it("takes an ended budget out of place and out of the reviews", () => {
    const ended = { ...inPlace, stage: "ended" as const };
    const changes = phbCountChanges(
      inPlace,
      ended,
      "record-review",
      new Date("2026-10-20T10:00:00Z"),
    );
    expect(changes.stock[0]?.deltas).toEqual({
      "stage:in-place": -1,
      "stage:ended": 1,
      "held:direct-payment": -1,
      "heldPence:direct-payment": -5_000_000,
    });
    expect(changes.reviewsDue).toEqual([{ routeId: "chc", dueOn: "2026-11-01", by: -1 }]);
  });
});

describe("summarisePhb", () => {
  const q3 = financialQuarterOf("2026-11-15");
  const summary = summarisePhb(
    {
      days: [
        {
          routeId: "chc",
          counts: {
            applications: 3,
            eligibilityDecisions: 2,
            eligibilityWithin28Days: 1,
            "decisionDays:5": 1,
            "decisionDays:40": 1,
          },
        },
      ],
      quarters: [
        {
          quarter: "Q2026-07",
          routeId: "chc",
          counts: {
            "stage:in-place": 2,
            "held:notional": 2,
            "heldPence:notional": 800,
            "new:notional": 2,
            "newPence:notional": 800,
          },
        },
        {
          quarter: "Q2026-10",
          routeId: "chc",
          counts: {
            "stage:in-place": 0,
            "stage:ended": 1,
            "held:notional": -1,
            "heldPence:notional": -300,
            "held:mix": 1,
            "heldPence:mix": 900,
            "new:mix": 1,
            "newPence:mix": 900,
          },
        },
        {
          quarter: "Q2027-01",
          routeId: "chc",
          counts: {
            "held:notional": -1,
            "heldPence:notional": -500,
            "stage:in-place": -1,
            "stage:ended": 1,
          },
        },
      ],
      reviews: [
        { dueOn: "2026-11-01", routeId: "chc", counts: { "": 1 } },
        { dueOn: "2026-12-10", routeId: "chc", counts: { "": 2 } },
        { dueOn: "2027-06-01", routeId: "chc", counts: { "": 1 } },
      ],
    },
    "2026-12-01",
    q3,
    ["chc", "wheelchair"],
  );
  it("gives the quarterly return: in place at quarter end and new in it, by route and way", () => {
    const chc = summary.quarterlyReturn.rows.filter((r) => r.routeId === "chc");
    expect(chc.map((r) => [r.way, r.inPlaceAtQuarterEnd, r.newInQuarter])).toEqual([
      ["notional", 1, 0],
      ["third-party", 0, 0],
      ["direct-payment", 0, 0],
      ["mix", 1, 1],
    ]);
    // Every offered route has its rows, counted or not, as the collection's shape needs.
    expect(summary.quarterlyReturn.rows.filter((r) => r.routeId === "wheelchair")).toHaveLength(4);
    expect(summary.quarterlyReturn).toMatchObject({ quarter: "2026-27-Q3", end: "2026-12-31" });
  });
  it("gives what is in place now, decisions in the range and reviews due and overdue", () => {
    expect(summary.inPlace).toMatchObject({ budgets: 1, annualPence: 900 });
    expect(summary.eligibility).toEqual({
      decisions: 2,
      within28Days: 1,
      within28DaysShare: 0.5,
      medianDays: { days: 5 },
      p90Days: { days: 40 },
    });
    expect(summary.reviews).toEqual({ overdue: 1, dueWithin28Days: 2 });
    expect(summary.applicationsByStage).toEqual([
      expect.objectContaining({ routeId: "chc", total: 3 }),
    ]);
  });
});
