import { describe, expect, it } from "vitest";
import { newPhbCase } from "./application.ts";
import { actionActors, actionStages, type PhbAction, phbActionTypes } from "./phb-actions.ts";
import { type PhbActor, type PhbCase, phbStages } from "./phb-case.ts";
import {
  caseManager,
  ctxAt,
  decisionMaker,
  patient,
  planDraft,
  sampleActions,
  westYorkshire,
} from "./phb-fixtures.testing.ts";
import { type PhbTransition, phbTransition } from "./phb-transitions.ts";

const fresh = (): PhbCase =>
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

function step(phb: PhbCase, action: PhbAction, actor: PhbActor = caseManager, at?: string) {
  const result = phbTransition(phb, action, ctxAt(actor, at));
  if (result.kind !== "changed") throw new Error(JSON.stringify(result.refusal));
  return result.after;
}

const refusalOf = (result: PhbTransition) =>
  result.kind === "refused" ? result.refusal : undefined;

/** A case taken through the team's steps to a plan awaiting sign-off and agreement. */
function planned(annualCostPence = 5_200_000): PhbCase {
  let phb = step(fresh(), { type: "decide-eligible" });
  phb = step(phb, { type: "record-assessment", date: "2026-05-20", summary: "Needs help at home" });
  phb = step(phb, {
    type: "set-budget",
    annualPence: 6_000_000,
    basis: "Hours of care × local rate",
  });
  return step(phb, { type: "save-plan", plan: planDraft(annualCostPence) });
}

describe("every action refused at every stage it is not allowed at", () => {
  const cells = phbStages.flatMap((stage) =>
    phbActionTypes
      .filter((type) => !actionStages[type].includes(stage))
      .map((type) => ({ stage, type })),
  );
  it.each(cells)("$type at $stage", ({ stage, type }) => {
    const actor = actionActors[type].includes("team") ? caseManager : patient;
    const result = phbTransition({ ...fresh(), stage }, sampleActions[type], ctxAt(actor));
    expect(refusalOf(result)?.code).toBe("not-at-this-stage");
  });
});

describe("every action refused to whoever it does not belong to", () => {
  const cells = phbActionTypes.flatMap((type) =>
    (["patient", "team"] as const)
      .filter((kind) => !actionActors[type].includes(kind))
      .map((kind) => ({ type, kind })),
  );
  it.each(cells)("$type by $kind", ({ type, kind }) => {
    const stage = actionStages[type][0] ?? "requested";
    const actor = kind === "team" ? caseManager : patient;
    const result = phbTransition({ ...fresh(), stage }, sampleActions[type], ctxAt(actor));
    expect(refusalOf(result)?.code).toBe("not-yours");
  });
});

describe("the whole way from request to a budget in place and reviewed", () => {
  it("runs through each stage with its clock", () => {
    const start = fresh();
    expect(start.dueBy).toBe("2026-05-29");
    let phb = planned();
    expect(phb.stage).toBe("planning");
    phb = step(phb, { type: "agree-plan", version: 1 }, patient);
    expect(phb.stage).toBe("planning");
    phb = step(phb, { type: "sign-off", version: 1 });
    expect(phb.stage).toBe("plan-agreed");
    phb = step(phb, { type: "choose-holding", preference: "direct-payment" }, patient);
    phb = step(phb, {
      type: "record-holding",
      arrangement: { way: "direct-payment", agreementAccepted: true, accountSetUp: true },
    });
    phb = step(phb, { type: "mark-in-place", inPlaceOn: "2026-05-31" });
    expect(phb.stage).toBe("in-place");
    expect(phb.nextReviewDue).toBe("2026-08-31");
    expect(phb.dueBy).toBe("2026-08-31");
    phb = step(
      phb,
      { type: "record-review", reviewedOn: "2026-06-01", outcome: "continue", notes: "Going well" },
      caseManager,
    );
    expect(phb.nextReviewDue).toBe("2027-06-01");
  });

  it("a direct payment without its account set up cannot go live", () => {
    let phb = step(step(planned(), { type: "agree-plan", version: 1 }, patient), {
      type: "sign-off",
      version: 1,
    });
    phb = step(phb, {
      type: "record-holding",
      arrangement: { way: "direct-payment", agreementAccepted: true, accountSetUp: false },
    });
    const result = phbTransition(
      phb,
      { type: "mark-in-place", inPlaceOn: "2026-05-31" },
      ctxAt(caseManager),
    );
    expect(refusalOf(result)?.code).toBe("not-at-this-stage");
  });
});

describe("sign-off respects approval limits", () => {
  it("refuses a case manager whose limit is below the plan's total; a decision-maker signs", () => {
    const phb = {
      ...planned(5_200_000),
      budget: { annualPence: 20_000_000, basis: "b", setAt: "", by: "" },
    };
    const big = step(phb, { type: "save-plan", plan: planDraft(15_000_000) });
    const refused = refusalOf(
      phbTransition(big, { type: "sign-off", version: 2 }, ctxAt(caseManager)),
    );
    expect(refused).toMatchObject({
      code: "over-approval-limit",
      limitPence: 10_000_000,
      planTotalPence: 15_000_000,
    });
    expect(step(big, { type: "sign-off", version: 2 }, decisionMaker).plans[1]?.signOff?.by).toBe(
      "dm-1",
    );
  });

  it("a limit equal to the total is enough", () => {
    const phb = {
      ...planned(),
      budget: { annualPence: 10_000_000, basis: "b", setAt: "", by: "" },
    };
    const exact = step(phb, { type: "save-plan", plan: planDraft(10_000_000) });
    expect(step(exact, { type: "sign-off", version: 2 }).plans[1]?.signOff).toBeDefined();
  });

  it("refuses another ICB's team", () => {
    const other: PhbActor = { ...decisionMaker, icbId: "icb-humber-north-yorkshire" };
    expect(
      refusalOf(phbTransition(planned(), { type: "sign-off", version: 1 }, ctxAt(other)))?.code,
    ).toBe("not-yours");
  });

  it("refuses an old version", () => {
    const result = phbTransition(planned(), { type: "sign-off", version: 7 }, ctxAt(caseManager));
    expect(refusalOf(result)).toMatchObject({ code: "invalid", fields: [{ path: "version" }] });
  });
});

describe("written reasons", () => {
  it("a refusal needs reasons and where to go instead", () => {
    const result = phbTransition(
      fresh(),
      { type: "decide-not-eligible", reasons: " ", signpost: "" },
      ctxAt(caseManager),
    );
    expect(refusalOf(result)).toMatchObject({
      code: "invalid",
      fields: [{ path: "reasons" }, { path: "signpost" }],
    });
  });

  it("a reduced budget needs reasons", () => {
    const result = phbTransition(
      planned(),
      { type: "set-budget", annualPence: 5_000_000, basis: "b" },
      ctxAt(caseManager),
    );
    expect(refusalOf(result)).toMatchObject({ fields: [{ path: "reasons" }] });
  });

  it("refusing a direct payment the person asked for needs reasons", () => {
    let phb = step(step(planned(), { type: "agree-plan", version: 1 }, patient), {
      type: "sign-off",
      version: 1,
    });
    phb = step(phb, { type: "choose-holding", preference: "direct-payment" }, patient);
    const result = phbTransition(
      phb,
      { type: "record-holding", arrangement: { way: "notional" } },
      ctxAt(caseManager),
    );
    expect(refusalOf(result)).toMatchObject({ fields: [{ path: "reasons" }] });
  });
});

describe("reconsideration", () => {
  it("of a refusal: upheld stays refused, changed makes the person eligible", () => {
    const refused = step(fresh(), {
      type: "decide-not-eligible",
      reasons: "No health need",
      signpost: "Council",
    });
    const asked = step(
      refused,
      { type: "ask-reconsideration", subject: "refusal", reasons: "My needs changed" },
      patient,
    );
    expect(asked.stage).toBe("reconsideration");
    expect(
      step(asked, { type: "decide-reconsideration", outcome: "upheld", reasons: "Still none" })
        .stage,
    ).toBe("not-eligible");
    expect(
      step(asked, { type: "decide-reconsideration", outcome: "changed", reasons: "New evidence" })
        .stage,
    ).toBe("eligible");
  });

  it("of a line left out from the plan returns to planning when changed", () => {
    const asked = step(
      planned(),
      { type: "ask-reconsideration", subject: "line-left-out", reasons: "Need respite" },
      patient,
    );
    expect(
      step(asked, { type: "decide-reconsideration", outcome: "changed", reasons: "Added" }).stage,
    ).toBe("planning");
    expect(
      step(asked, { type: "decide-reconsideration", outcome: "upheld", reasons: "Covered" }).stage,
    ).toBe("planning");
  });

  it("the subject must fit the stage and the decision needs reasons", () => {
    const wrong = phbTransition(
      planned(),
      { type: "ask-reconsideration", subject: "refusal", reasons: "x" },
      ctxAt(patient),
    );
    expect(refusalOf(wrong)).toMatchObject({ fields: [{ path: "subject" }] });
    const asked = step(
      planned(),
      { type: "ask-reconsideration", subject: "reduction", reasons: "x" },
      patient,
    );
    const bare = phbTransition(
      asked,
      { type: "decide-reconsideration", outcome: "upheld", reasons: "" },
      ctxAt(caseManager),
    );
    expect(refusalOf(bare)).toMatchObject({ fields: [{ path: "reasons" }] });
  });
});

describe("information requests and withdrawal", () => {
  it("an answer returns the case to where it was and restarts the 28 days", () => {
    const asked = step(fresh(), {
      type: "request-information",
      question: "Your latest care assessment?",
    });
    expect(asked.stage).toBe("information-requested");
    const answered = step(
      asked,
      { type: "answer-information", answer: "Sent by post" },
      patient,
      "2026-05-10T12:00:00Z",
    );
    expect(answered.stage).toBe("requested");
    expect(answered.dueBy).toBe("2026-06-07");
    expect(answered.informationRequests[0]?.answer).toBe("Sent by post");
  });

  it("withdrawing closes the case at any open stage", () => {
    expect(step(planned(), { type: "withdraw", reason: "Moving away" }, patient).stage).toBe(
      "withdrawn",
    );
  });
});

describe("reviews", () => {
  const inPlace = () => {
    let phb = step(step(planned(), { type: "agree-plan", version: 1 }, patient), {
      type: "sign-off",
      version: 1,
    });
    phb = step(phb, { type: "record-holding", arrangement: { way: "notional" } });
    return step(phb, { type: "mark-in-place", inPlaceOn: "2026-05-31" });
  };

  it("vary makes a new plan version to agree; the money stays set up", () => {
    const varied = step(inPlace(), {
      type: "record-review",
      reviewedOn: "2026-06-01",
      outcome: "vary",
      notes: "More support at night",
      plan: planDraft(5_800_000),
    });
    expect(varied.stage).toBe("planning");
    expect(varied.plans.map((p) => p.version)).toEqual([1, 2]);
    expect(varied.holding).toEqual({ way: "notional" });
  });

  it("end needs reasons and the ICB's notice", () => {
    const short = phbTransition(
      inPlace(),
      {
        type: "record-review",
        reviewedOn: "2026-06-01",
        outcome: "end",
        notes: "n",
        reasons: "r",
        noticeEnds: "2026-06-10",
      },
      ctxAt(caseManager),
    );
    expect(refusalOf(short)).toMatchObject({
      fields: [{ path: "noticeEnds", code: "short-notice" }],
    });
    const ended = step(inPlace(), {
      type: "record-review",
      reviewedOn: "2026-06-01",
      outcome: "end",
      notes: "n",
      reasons: "Needs met",
      noticeEnds: "2026-06-29",
    });
    expect(ended.stage).toBe("ended");
  });

  it("the next review is at most 12 months away", () => {
    const result = phbTransition(
      inPlace(),
      {
        type: "record-review",
        reviewedOn: "2026-06-01",
        outcome: "continue",
        notes: "n",
        nextReviewDue: "2027-06-02",
      },
      ctxAt(caseManager),
    );
    expect(refusalOf(result)).toMatchObject({
      fields: [{ path: "nextReviewDue", code: "too-far" }],
    });
  });
});
