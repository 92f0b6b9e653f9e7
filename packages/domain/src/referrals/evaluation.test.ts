import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors.ts";
import { evaluateSelfReferral, type SelfReferralEvaluation } from "./evaluation.ts";
import { loadQuestionnaire } from "./questionnaire-load.ts";
import type {
  EligibilityRule,
  ReferralQuestionnaire,
  RuleOutcomeKind,
} from "./questionnaire-model.ts";
import type { SelfReferralService } from "./self-referral-service.ts";

const outcomes: RuleOutcomeKind[] = [
  "ineligible-other",
  "ineligible-see-gp",
  "urgent-same-day",
  "emergency-mental-health-crisis",
  "emergency-ae",
  "emergency-999",
];

// One yes/no question per outcome, and rules written least severe first, so the order of
// the answer cannot come from the order of the rules.
const definition: ReferralQuestionnaire = {
  id: "every-outcome",
  version: 1,
  title: "Every outcome",
  item: [
    ...outcomes.map((outcome) => ({
      linkId: outcome,
      text: `Leads to ${outcome}?`,
      type: "boolean" as const,
      required: true,
    })),
    { linkId: "other2", text: "Also leads to ineligible-other?", type: "boolean" },
    { linkId: "story", text: "Tell us more", type: "text", required: true },
  ],
  rules: [
    ...outcomes.map(
      (outcome): EligibilityRule => ({
        reasonCode: `rule-${outcome}`,
        when: [{ question: outcome, operator: "=", answer: true }],
        outcome,
        reason: `Because of ${outcome}.`,
        signpost: `Go somewhere for ${outcome}.`,
      }),
    ),
    {
      reasonCode: "rule-other2",
      when: [{ question: "other2", operator: "=", answer: true }],
      outcome: "ineligible-other",
      reason: "Because of other2.",
      signpost: "Go somewhere for other2.",
    },
  ],
};
const questionnaire = loadQuestionnaire(definition);

const service: SelfReferralService = {
  id: "test-service",
  serviceCode: "physiotherapy",
  name: "Test service",
  description: "For testing.",
  siteId: "site-armley",
  icbId: "icb-west-yorkshire",
  whoCanRefer: {
    minAgeYears: 16,
    maxAgeYears: 64,
    catchmentIcbIds: ["icb-west-yorkshire"],
    catchmentName: "West Yorkshire",
    outsideAgeSignpost: "Ask your GP practice.",
  },
  questionnaire: definition,
  informationNeeded: ["name"],
  bookOnline: true,
};

const today = "2026-03-27";
const adult = { dateOfBirth: "1980-06-15", icbId: "icb-west-yorkshire" };
const allNo: Record<string, unknown> = {
  ...Object.fromEntries(outcomes.map((outcome) => [outcome, false])),
  story: "Stiff knee after running, no chest pain",
};
const evaluate = (answers: Record<string, unknown>, patient = adult, on = today) =>
  evaluateSelfReferral(service, questionnaire, answers, patient, on);
const yes = (...linkIds: string[]) => ({
  ...allNo,
  ...Object.fromEntries(linkIds.map((id) => [id, true])),
});

function invalid(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput)
      return (error.fields ?? []).map((f) => `${f.path}: ${f.code}`);
    throw error;
  }
  throw new Error("expected InvalidInput");
}

describe("evaluateSelfReferral", () => {
  it("is eligible when no rule holds and the words raise nothing (a negation included)", () => {
    expect(evaluate(allNo)).toEqual({ kind: "eligible", matched: [] });
  });

  it("diverts words that read as an emergency, before age or catchment, with advice", () => {
    const words = { ...allNo, story: "My chest pain is crushing and I am coughing blood" };
    const outcome = evaluate(words, { ...adult, icbId: "icb-elsewhere" });
    if (outcome.kind !== "emergency") throw new Error(`expected emergency, got ${outcome.kind}`);
    expect(outcome.matched).toEqual(["free-text:chest-pain", "free-text:bleeding-not-stopping"]);
    expect(outcome.freeText?.categories).toEqual(["chest-pain", "bleeding"]);
    expect(outcome.advice.action).toBe("call-999");
    expect(outcome.advice.reasons).toEqual(["What you wrote suggests you may need urgent help."]);
  });

  it("refers words the patient says were not meant that way, marked urgent", () => {
    const words = { ...allNo, story: "I want to kill myself" };
    const outcome = evaluateSelfReferral(service, questionnaire, words, adult, today, {
      freeTextNotEmergency: true,
    });
    expect(outcome).toMatchObject({
      kind: "eligible",
      urgent: { categories: ["suicide-or-self-harm"], flags: ["suicide-or-self-harm-intent"] },
    });
  });

  it("never lets 'not meant that way' override an emergency rule", () => {
    const outcome = evaluateSelfReferral(
      service,
      questionnaire,
      { ...yes("emergency-999"), story: "crushing chest pain" },
      adult,
      today,
      { freeTextNotEmergency: true },
    );
    expect(outcome).toMatchObject({ kind: "emergency", matched: ["rule-emergency-999"] });
    expect(outcome).not.toHaveProperty("freeText");
  });

  it.each<[string[], SelfReferralEvaluation["kind"], string]>([
    [["ineligible-other", "ineligible-see-gp"], "ineligible", "rule-ineligible-see-gp"],
    [["ineligible-see-gp", "urgent-same-day"], "urgent-same-day", "rule-urgent-same-day"],
    [
      ["urgent-same-day", "emergency-mental-health-crisis"],
      "emergency",
      "rule-emergency-mental-health-crisis",
    ],
  ])("the most severe rule decides: %j → %s", (answers, kind, decisive) => {
    const outcome = evaluate(yes(...answers));
    expect(outcome.kind).toBe(kind);
    expect(outcome.matched).toContain(decisive);
    if (outcome.kind === "ineligible" || outcome.kind === "urgent-same-day") {
      expect(outcome.reasonCode).toBe(decisive);
    }
  });

  it("among equally severe rules, the first written decides; all are recorded", () => {
    const outcome = evaluate(yes("other2", "ineligible-other"));
    expect(outcome).toMatchObject({
      kind: "ineligible",
      route: "other",
      reasonCode: "rule-ineligible-other",
    });
    expect(outcome.matched).toEqual(["rule-ineligible-other", "rule-other2"]);
  });

  it("routes see-your-GP and other exclusions differently", () => {
    expect(evaluate(yes("ineligible-see-gp"))).toMatchObject({
      route: "see-gp",
      signpost: "Go somewhere for ineligible-see-gp.",
    });
    expect(evaluate(yes("ineligible-other"))).toMatchObject({ route: "other" });
  });

  it("gives an urgent same-day outcome its reason, signpost and NHS 111", () => {
    const outcome = evaluate(yes("urgent-same-day"));
    expect(outcome).toMatchObject({
      kind: "urgent-same-day",
      reason: "Because of urgent-same-day.",
    });
    if (outcome.kind !== "urgent-same-day") throw new Error("expected urgent-same-day");
    expect(outcome.ifUnsure.map((route) => route.href)).toEqual(["https://111.nhs.uk", "tel:111"]);
  });

  it.each([
    ["emergency-999", "call-999", "Call 999 now"],
    ["emergency-ae", "go-to-a-and-e", "Go to A&E now"],
    ["emergency-mental-health-crisis", "mental-health-crisis", "Get help now"],
  ])("%s gives the same-day triage's advice for %s", (question, action, heading) => {
    const outcome = evaluate(yes(question));
    if (outcome.kind !== "emergency") throw new Error("expected an emergency");
    expect(outcome.advice).toMatchObject({ action, heading, reasons: [`Because of ${question}.`] });
    expect(outcome.advice.accessibleRoutes.map((r) => r.id)).toEqual(
      expect.arrayContaining(["999-bsl", "text-relay-999", "text-relay-111", "nhs-111-bsl"]),
    );
    expect(outcome.advice.steps.at(-1)).toMatch(/refer/);
  });

  it("with 999 and a crisis together, 999 leads and the crisis routes follow", () => {
    const outcome = evaluate(yes("emergency-999", "emergency-mental-health-crisis"));
    if (outcome.kind !== "emergency") throw new Error("expected an emergency");
    expect(outcome.advice.action).toBe("call-999");
    expect(outcome.advice.reasons).toHaveLength(2);
    expect(outcome.advice.crisisSupport.map((r) => r.id)).toEqual([
      "nhs-111-mental-health",
      "samaritans",
    ]);
  });

  it("an emergency diverts before age, catchment or unanswered questions", () => {
    const child = { dateOfBirth: "2015-01-01", icbId: "icb-elsewhere" };
    expect(evaluate({ "emergency-ae": true }, child).kind).toBe("emergency");
  });

  it("checks age, then catchment, before any missing answer or other rule", () => {
    const young = { ...adult, dateOfBirth: "2010-03-28" };
    expect(evaluate({}, young)).toMatchObject({
      kind: "ineligible",
      route: "see-gp",
      reasonCode: "below-minimum-age",
    });
    const away = { ...adult, icbId: "icb-humber-north-yorkshire" };
    expect(evaluate(yes("urgent-same-day"), away)).toMatchObject({
      kind: "ineligible",
      route: "other",
      reasonCode: "outside-catchment",
      matched: ["outside-catchment", "rule-urgent-same-day"],
    });
    expect(evaluate({}, away).kind).toBe("ineligible");
  });

  it.each<[string, string, string | undefined, string]>([
    ["2010-03-28", "2026-03-27", "below-minimum-age", "the day before the 16th birthday"],
    ["2010-03-27", "2026-03-27", undefined, "on the 16th birthday"],
    ["1961-03-28", "2026-03-27", undefined, "the day before the 65th birthday (64 is in range)"],
    ["1961-03-27", "2026-03-27", "above-maximum-age", "on the 65th birthday"],
    [
      "2008-02-29",
      "2024-02-28",
      "below-minimum-age",
      "born 29 Feb: 28 Feb 2024 (leap year), still 15",
    ],
    ["2008-02-29", "2024-02-29", undefined, "born 29 Feb: 29 Feb 2024, 16"],
    ["1960-02-29", "2025-02-28", undefined, "born 29 Feb: 28 Feb 2025, still 64"],
    ["1960-02-29", "2025-03-01", "above-maximum-age", "born 29 Feb: 1 March 2025, 65"],
  ])("age: born %s, on %s → %s (%s)", (dateOfBirth, on, reasonCode) => {
    const outcome = evaluate(allNo, { ...adult, dateOfBirth }, on);
    if (reasonCode === undefined) expect(outcome.kind).toBe("eligible");
    else expect(outcome).toMatchObject({ kind: "ineligible", reasonCode, route: "see-gp" });
  });

  it("says the age range and catchment in words", () => {
    expect(evaluate(allNo, { ...adult, dateOfBirth: "2012-01-01" })).toMatchObject({
      reason: "Test service takes self-referrals from people aged 16 to 64.",
      signpost: "Ask your GP practice.",
    });
    expect(evaluate(allNo, { ...adult, icbId: "icb-x" })).toMatchObject({
      reason:
        "Test service takes self-referrals from people registered with a GP practice in West Yorkshire.",
    });
  });

  it("refuses unanswered required questions, naming each", () => {
    const { story: _s, "urgent-same-day": _u, ...partial } = allNo;
    expect(invalid(() => evaluate(partial))).toEqual([
      "urgent-same-day: required",
      "story: required",
    ]);
  });

  it("refuses malformed answers even when an emergency rule holds", () => {
    expect(invalid(() => evaluate({ ...yes("emergency-999"), extra: "x" }))).toEqual([
      "extra: unknown-link-id",
    ]);
    expect(invalid(() => evaluate({ ...allNo, "emergency-999": "yes" }))).toEqual([
      "emergency-999: wrong-type",
    ]);
    expect(invalid(() => evaluate({ ...allNo, story: "x".repeat(2001) }))).toEqual([
      "story: too-long",
    ]);
  });

  it("refuses a questionnaire that belongs to another service, as a bug", () => {
    const other = loadQuestionnaire({ ...definition, id: "other" });
    expect(() => evaluateSelfReferral(service, other, allNo, adult, today)).toThrow(
      /does not belong/,
    );
  });
});
