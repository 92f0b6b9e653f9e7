import { describe, expect, it } from "vitest";
import type { Urgency } from "../../triage/red-flags.ts";
import type { SelfReferralEvaluation } from "../evaluation.ts";
import { selfReferralServices } from "./index.ts";
import { catalogueService, evaluateCatalogueService } from "./testing.ts";

type Expected = { check: (outcome: SelfReferralEvaluation) => void; code?: string };

// Written out here, not read from the data, so an exclusion moved to a weaker outcome fails.
const emergency = (action: Urgency, code: string): Expected => ({
  code,
  check: (outcome) => {
    expect(outcome.kind).toBe("emergency");
    if (outcome.kind === "emergency") expect(outcome.advice.action).toBe(action);
    expect(outcome.matched).toContain(code);
  },
});
const urgent = (code: string): Expected => ({
  code,
  check: (outcome) => expect(outcome).toMatchObject({ kind: "urgent-same-day", reasonCode: code }),
});
const gp = (code: string): Expected => ({
  code,
  check: (outcome) =>
    expect(outcome).toMatchObject({ kind: "ineligible", route: "see-gp", reasonCode: code }),
});
const other = (code: string): Expected => ({
  code,
  check: (outcome) =>
    expect(outcome).toMatchObject({ kind: "ineligible", route: "other", reasonCode: code }),
});
const eligible: Expected = {
  check: (outcome) => expect(outcome).toEqual({ kind: "eligible", matched: [] }),
};

const notBack = {
  saddleNumbness: undefined,
  bladderBowel: undefined,
  legWeakness: undefined,
  feverWithPain: undefined,
  cancerOrWeightLoss: undefined,
};
const knee = { ...notBack, area: "knee", hotSwollenJoint: false };
const neck = {
  area: "neck",
  saddleNumbness: undefined,
  bladderBowel: undefined,
  legWeakness: undefined,
};
const noFalls = {
  fallenInLastYear: false,
  fallCount: undefined,
  recentFallInjury: undefined,
  blackoutBeforeFall: undefined,
};

const cases: Record<string, [path: string, change: Record<string, unknown>, Expected][]> = {
  "armley-msk-physiotherapy": [
    ["saddle numbness", { saddleNumbness: true }, emergency("go-to-a-and-e", "cauda-equina-signs")],
    [
      "new bladder or bowel problems",
      { bladderBowel: true },
      emergency("go-to-a-and-e", "cauda-equina-signs"),
    ],
    [
      "weakness in both legs",
      { legWeakness: true },
      emergency("go-to-a-and-e", "cauda-equina-signs"),
    ],
    [
      "a hot swollen knee",
      { ...knee, hotSwollenJoint: true },
      emergency("go-to-a-and-e", "hot-swollen-joint"),
    ],
    [
      "knee injury, cannot use it",
      { ...knee, injury: true, canUseNormally: false },
      urgent("injury-cannot-use"),
    ],
    ["knee injury, can use it", { ...knee, injury: true, canUseNormally: true }, eligible],
    ["fever with back pain", { feverWithPain: true }, urgent("fever-with-spinal-pain")],
    ["neck pain after cancer", { ...neck, cancerOrWeightLoss: true }, gp("cancer-or-weight-loss")],
    ["neck pain, nothing else", neck, eligible],
  ],
  "york-msk-physiotherapy": [
    [
      "the same questions in York",
      { legWeakness: true },
      emergency("go-to-a-and-e", "cauda-equina-signs"),
    ],
  ],
  "chapeltown-audiology": [
    [
      "hearing aid repair",
      { hasHearingAids: true, hearingAidNeed: "repair" },
      other("hearing-aid-repair"),
    ],
    ["hearing aids, new test", { hasHearingAids: true, hearingAidNeed: "new-test" }, eligible],
    ["sudden hearing loss", { suddenLoss: true }, urgent("sudden-hearing-loss")],
    ["one ear worse", { oneEarWorse: true }, gp("one-sided-hearing-loss")],
    ["ear pain or discharge", { earPainOrDischarge: true }, gp("ear-pain-or-discharge")],
    ["vertigo", { vertigo: true }, gp("vertigo")],
    ["pulsatile tinnitus", { pulsatileTinnitus: true }, gp("pulsatile-tinnitus")],
  ],
  "york-podiatry": [
    [
      "foot gone cold or black",
      { coldOrBlackFoot: true },
      emergency("go-to-a-and-e", "foot-losing-blood-supply"),
    ],
    [
      "diabetic ulcer, spreading redness",
      { need: "wound", diabetes: true, woundInfection: true },
      urgent("foot-wound-infection"),
    ],
    [
      "diabetic foot check, infection",
      { need: "diabetes-check", diabetes: true, woundInfection: true },
      urgent("foot-wound-infection"),
    ],
    [
      "diabetic ulcer, no infection",
      { need: "wound", diabetes: true, woundInfection: false },
      eligible,
    ],
    ["nail cutting only", { need: "nail-cutting" }, other("routine-nail-cutting")],
    [
      "nail cutting with diabetes",
      { need: "nail-cutting", diabetes: true, woundInfection: false },
      eligible,
    ],
  ],
  "chapeltown-talking-therapies": [
    [
      "suicidal thoughts with a plan",
      { suicidalThoughts: true, suicidePlanOrIntent: true },
      emergency("mental-health-crisis", "suicide-plan-or-intent"),
    ],
    [
      "suicidal thoughts, no plan",
      { suicidalThoughts: true, suicidePlanOrIntent: false },
      eligible,
    ],
    [
      "under specialist care",
      { specialistCare: true },
      other("under-specialist-mental-health-care"),
    ],
  ],
  "halifax-weight-management": [
    ["BMI 27.4", { bmi: 27.4 }, other("bmi-below-range")],
    [
      "BMI 28, other background",
      { bmi: 28, higherRiskBackground: false },
      other("bmi-below-range-for-background"),
    ],
    ["BMI 27.5, higher-risk background", { bmi: 27.5, higherRiskBackground: true }, eligible],
    ["BMI 30", { bmi: 30 }, eligible],
    ["BMI 39.9", { bmi: 39.9 }, eligible],
    ["BMI 40", { bmi: 40 }, gp("bmi-specialist-range")],
    ["pregnant", { pregnant: true }, gp("pregnant-or-recent-birth")],
    ["eating disorder", { eatingDisorder: true }, gp("eating-disorder")],
    [
      "recent weight loss surgery",
      { weightLossSurgery: true },
      other("recent-weight-loss-surgery"),
    ],
  ],
  "york-stop-smoking": [
    [
      "does not smoke",
      { uses: "nothing", perDay: undefined, pregnant: undefined },
      other("does-not-smoke"),
    ],
    ["vaping only", { uses: "vaping", perDay: undefined }, eligible],
    ["pregnant", { pregnant: true }, other("pregnant")],
  ],
  "armley-falls-prevention": [
    [
      "fall with a head injury",
      { recentFallInjury: true },
      emergency("go-to-a-and-e", "recent-fall-injury"),
    ],
    ["blackout before a fall", { blackoutBeforeFall: true }, urgent("blackout-before-fall")],
    [
      "no falls, not worried",
      { ...noFalls, worriedAboutFalling: false },
      other("no-falls-or-worries"),
    ],
    ["no falls, but worried", noFalls, eligible],
  ],
  "wakefield-cdc-chest-x-ray": [
    [
      "struggling to breathe",
      { breathingOrChestPain: true },
      emergency("call-999", "breathing-or-chest-pain"),
    ],
    ["coughing blood", { coughingBlood: true }, urgent("coughing-blood")],
    ["cough under 3 weeks", { coughThreeWeeks: false }, other("cough-under-three-weeks")],
    ["pregnant", { pregnant: true }, gp("pregnant")],
    ["chest X-ray in the last 3 months", { recentChestXRay: true }, gp("recent-chest-x-ray")],
  ],
};

const table = Object.entries(cases).flatMap(([id, rows]) =>
  rows.map(([path, change, expected]) => [id, path, change, expected] as const),
);

describe("each service's exclusions", () => {
  it.each(selfReferralServices.map((s) => [s.id]))("%s: typical answers are eligible", (id) => {
    eligible.check(evaluateCatalogueService(id));
  });

  it.each(table)("%s: %s", (id, _path, change, expected) => {
    expected.check(evaluateCatalogueService(id, change));
  });

  it("has a case here for every rule in the catalogue", () => {
    const tested = new Set(
      table.map(
        ([id, , , expected]) => `${catalogueService(id).questionnaire.id}:${expected.code}`,
      ),
    );
    const untested = selfReferralServices
      .flatMap((s) => s.questionnaire.rules.map((r) => `${s.questionnaire.id}:${r.reasonCode}`))
      .filter((rule) => !tested.has(rule));
    expect(untested).toEqual([]);
  });
});
