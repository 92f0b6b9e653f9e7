import { describe, expect, it } from "vitest";
import { applicationProblems } from "./application.ts";
import { addMonths, eligibilityDueBy, firstReviewDueBy, nextReviewProblem } from "./clocks.ts";
import { holdingProblems, holdingReady } from "./holding.ts";
import { amountProblem } from "./money.ts";
import { findPhbOffer, type PhbOffer } from "./offer.ts";
import { planDraft, westYorkshire } from "./phb-fixtures.testing.ts";
import { checkPlanDraft } from "./plan-draft.ts";
import { brokenSpendingRule, checkPlanLines, spendingRulesOf } from "./spending-rules.ts";

const rules = spendingRulesOf(westYorkshire);
const line = (what: string, provider = "Care Co") => ({
  what,
  provider,
  frequency: "weekly",
  unitCostPence: 100,
  annualCostPence: 5_200,
});

describe("spending rules", () => {
  it.each([
    ["Wine for the weekend", "alcohol"],
    ["Cigarettes", "tobacco"],
    ["Lottery tickets", "gambling"],
    ["Pay off credit card debt", "debt-repayment"],
    ["Cannabis oil", "illegal"],
    ["Emergency ambulance transfers", "emergency-care"],
    ["Repeat prescriptions", "gp-services"],
    ["A holiday abroad with a carer", "holidays-abroad"],
  ])("refuses %s (%s) with its reason", (what, ruleId) => {
    expect(brokenSpendingRule(line(what), rules)?.id).toBe(ruleId);
  });

  it("looks at the provider too: the GP's own services", () => {
    expect(
      brokenSpendingRule(line("Blood pressure checks", "Chapeltown GP practice"), rules)?.id,
    ).toBe("gp-services");
  });

  it.each(["Personal assistant", "Hydrotherapy sessions", "Respite at a care home", "Winegums"])(
    "allows %s (whole words only)",
    (what) => {
      expect(brokenSpendingRule(line(what), rules)).toBeUndefined();
    },
  );

  it("one ICB's own rule does not apply at another", () => {
    const hny = findPhbOffer("icb-humber-north-yorkshire") as PhbOffer;
    expect(brokenSpendingRule(line("A holiday abroad"), spendingRulesOf(hny))).toBeUndefined();
    expect(brokenSpendingRule(line("Gym membership"), spendingRulesOf(hny))?.id).toBe(
      "gym-membership",
    );
  });

  it("checks the total against the budget and the number of lines", () => {
    expect(checkPlanLines([line("Physio")], rules, 5_000)).toMatchObject({ kind: "over-budget" });
    expect(checkPlanLines(Array(51).fill(line("Physio")), rules, 1e9)).toMatchObject({
      kind: "too-many-lines",
    });
    expect(checkPlanLines(Array(50).fill(line("Physio")), rules, 1e9)).toMatchObject({
      kind: "ok",
      totalPence: 260_000,
    });
  });

  it("names the field of a refused line", () => {
    const draft = { ...planDraft(), lines: [line("Physio"), line("Beer")] };
    const { problems } = checkPlanDraft(draft, rules, 1e9, "plan");
    expect(problems).toEqual([
      expect.objectContaining({ path: "plan.lines.1.what", code: "not-allowed:alcohol" }),
    ]);
  });
});

describe("amounts", () => {
  it.each([
    [0, "not-positive"],
    [-100, "not-positive"],
    [10.5, "not-whole-pence"],
    [Number.NaN, "not-whole-pence"],
    [1_000_000_001, "too-large"],
    [1_000_000_000, undefined],
    [1, undefined],
  ])("%s pence → %s", (pence, problem) => {
    expect(amountProblem(pence)).toBe(problem);
  });
});

describe("clocks in London dates", () => {
  it("28 days from the London date of a completed request", () => {
    expect(eligibilityDueBy(new Date("2026-05-01T09:00:00Z"))).toBe("2026-05-29");
  });

  it("a request at 00:30 British Summer Time counts from that London day, not the UTC day before", () => {
    expect(eligibilityDueBy(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-29");
  });

  it("across the spring clock change (29 March 2026)", () => {
    expect(eligibilityDueBy(new Date("2026-03-28T23:30:00Z"))).toBe("2026-04-25");
    expect(eligibilityDueBy(new Date("2026-03-29T23:30:00Z"))).toBe("2026-04-27");
  });

  it("across the autumn clock change (25 October 2026)", () => {
    expect(eligibilityDueBy(new Date("2026-10-24T23:30:00Z"))).toBe("2026-11-22");
    expect(eligibilityDueBy(new Date("2026-10-25T23:30:00Z"))).toBe("2026-11-22");
  });

  it("reviews: within 3 months, then at most 12 months apart, month ends kept", () => {
    expect(firstReviewDueBy("2026-11-30")).toBe("2027-02-28");
    expect(addMonths("2027-02-28", 12)).toBe("2028-02-28");
    expect(addMonths("2027-12-15", 1)).toBe("2028-01-15");
    expect(nextReviewProblem("2026-06-01", "2027-06-01")).toBeUndefined();
    expect(nextReviewProblem("2026-06-01", "2027-06-02")).toBe("too-far");
    expect(nextReviewProblem("2026-06-01", "2026-06-01")).toBe("not-after-review");
  });
});

describe("ways of holding the money", () => {
  it("a mix must add up to the budget exactly", () => {
    const parts = [
      { way: "notional" as const, annualPence: 400 },
      { way: "third-party" as const, annualPence: 500, organisation: "Leeds Support Trust" },
    ];
    expect(holdingProblems({ way: "mix", parts }, 900)).toEqual([]);
    expect(holdingProblems({ way: "mix", parts }, 901)[0]).toMatchObject({
      code: "does-not-add-up",
    });
  });

  it("a mix refuses a repeated way, a bad amount and a missing direct-payment set-up", () => {
    const problems = holdingProblems(
      {
        way: "mix",
        parts: [
          { way: "direct-payment", annualPence: -1 },
          { way: "direct-payment", annualPence: 5 },
        ],
      },
      4,
    );
    expect(problems.map((p) => p.path)).toEqual([
      "parts.0.annualPence",
      "parts.1.way",
      "directPayment",
    ]);
  });

  it("a direct payment is ready once the agreement is accepted and the account set up", () => {
    expect(
      holdingReady({ way: "direct-payment", agreementAccepted: true, accountSetUp: false }),
    ).toBe(false);
    expect(
      holdingReady({ way: "direct-payment", agreementAccepted: true, accountSetUp: true }),
    ).toBe(true);
    expect(holdingReady({ way: "third-party", organisation: "x" })).toBe(true);
  });
});

describe("an application", () => {
  const base = {
    routeId: "chc",
    currentSupport: [],
    outcomes: ["Stay at home"],
    holdingPreference: "not-sure" as const,
  };
  const now = new Date("2026-06-01T10:00:00Z");

  it("names an unknown route and the ICB's own groups are known", () => {
    expect(applicationProblems({ ...base, routeId: "ehc-plan" }, westYorkshire, now)).toEqual([
      expect.objectContaining({ path: "routeId", code: "unknown-route" }),
    ]);
    expect(applicationProblems({ ...base, routeId: "end-of-life" }, westYorkshire, now)).toEqual(
      [],
    );
  });

  it("checks the cared-for person's NHS number and date of birth", () => {
    const person = {
      nhsNumber: "943 476 5918",
      givenName: "Edith",
      familyName: "Clarke",
      dateOfBirth: "2030-01-01",
      relationship: "Mother",
      isRepresentative: true,
    };
    expect(
      applicationProblems({ ...base, forSomeoneElse: person }, westYorkshire, now).map(
        (p) => p.path,
      ),
    ).toEqual(["forSomeoneElse.nhsNumber", "forSomeoneElse.dateOfBirth"]);
    const good = { ...person, nhsNumber: "943 476 5919", dateOfBirth: "1941-02-03" };
    expect(applicationProblems({ ...base, forSomeoneElse: good }, westYorkshire, now)).toEqual([]);
  });

  it("takes one to five outcomes", () => {
    expect(
      applicationProblems({ ...base, outcomes: Array(6).fill("x") }, westYorkshire, now)[0]?.path,
    ).toBe("outcomes");
  });
});
