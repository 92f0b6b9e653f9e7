import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors.ts";
import type { Advice } from "./advice.ts";
import { assessTriage, type TriageAssessment } from "./assess.ts";
import { type AppointmentFor, redFlagQuestions, sameDayTriageV1 } from "./questionnaire.ts";
import type { RedFlagId, Urgency } from "./red-flags.ts";

const questionnaire = sameDayTriageV1;

/** Every question shown for this person answered "no", with a problem and a duration. */
function allNo(appointmentFor: AppointmentFor): Record<string, string> {
  const answers: Record<string, string> = {
    appointmentFor,
    problem: "Sore ear since Tuesday",
    duration: "1-to-3-days",
  };
  for (const question of redFlagQuestions(questionnaire, { appointmentFor })) {
    answers[question.id] = "no";
  }
  return answers;
}

function redFlag(outcome: TriageAssessment): { flags: RedFlagId[]; advice: Advice } {
  if (outcome.kind !== "red-flag") throw new Error(`expected a red flag, got ${outcome.kind}`);
  return outcome;
}

function validationProblems(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error.fields;
    throw error;
  }
  throw new Error("expected InvalidInput");
}

const headings: Record<Urgency, string> = {
  "call-999": "Call 999 now",
  "go-to-a-and-e": "Go to A&E now",
  "mental-health-crisis": "Get help now",
};

// Written out here, not read from the data, so a flag moved to a weaker action fails a test.
const adultCases: [question: string, flag: RedFlagId, action: Urgency, reasonMentions: string][] = [
  ["chestPain", "chest-pain", "call-999", "heart attack"],
  ["strokeSigns", "stroke-signs", "call-999", "stroke"],
  ["breathing", "breathing-difficulty", "call-999", "struggling to breathe"],
  ["allergicReaction", "severe-allergic-reaction", "call-999", "allergic reaction"],
  ["fit", "prolonged-fit", "call-999", "fit"],
  ["unconsciousOrConfused", "unconscious-or-confused", "call-999", "confused"],
  ["suddenHeadache", "thunderclap-headache", "call-999", "headache"],
  ["bleeding", "uncontrolled-bleeding", "go-to-a-and-e", "bleeding"],
  ["seriousInjury", "serious-injury", "go-to-a-and-e", "injured"],
  ["burn", "severe-burn", "go-to-a-and-e", "burn"],
  ["abdominalPain", "severe-abdominal-pain", "go-to-a-and-e", "tummy"],
  ["suicideOrSelfHarm", "suicide-or-self-harm-intent", "mental-health-crisis", "ending your life"],
];

const childCases: [question: string, flag: RedFlagId, action: Urgency, reasonMentions: string][] = [
  ["childBreathing", "child-breathing-difficulty", "call-999", "struggling to breathe"],
  ["childSkinColour", "child-skin-colour", "call-999", "blue, grey"],
  ["childRash", "child-non-fading-rash", "call-999", "does not fade"],
  ["childAllergicReaction", "child-severe-allergic-reaction", "call-999", "allergic"],
  ["childUnresponsive", "child-unresponsive", "call-999", "hard to wake"],
  ["childFit", "child-fit", "call-999", "fit"],
  ["childDehydration", "child-severe-dehydration", "go-to-a-and-e", "dehydrated"],
  ["babyHighTemperature", "baby-high-temperature", "go-to-a-and-e", "under 3 months"],
  ["childSeriousInjury", "child-serious-injury", "go-to-a-and-e", "serious injury"],
  ["childSwallowed", "child-swallowed-harmful", "go-to-a-and-e", "button battery"],
  ["childSelfHarm", "child-suicide-or-self-harm-intent", "mental-health-crisis", "end their life"],
];

describe.each([
  ["myself", adultCases],
  ["child", childCases],
] as const)("red flags when the appointment is for %s", (appointmentFor, cases) => {
  it("has a case in this test for every red-flag question asked", () => {
    const asked = redFlagQuestions(questionnaire, { appointmentFor }).map((q) => q.id);
    expect(cases.map(([question]) => question).sort()).toEqual([...asked].sort());
  });

  it.each(cases)("%s answered yes on its own diverts (%s, %s)", (question, flag, action, why) => {
    const outcome = redFlag(
      assessTriage({ ...allNo(appointmentFor), [question]: "yes" }, questionnaire),
    );
    expect(outcome.flags).toEqual([flag]);
    expect(outcome.advice.action).toBe(action);
    expect(outcome.advice.heading).toBe(headings[action]);
    expect(outcome.advice.reasons).toHaveLength(1);
    expect(outcome.advice.reasons[0]).toContain(why);
    expect(outcome.advice.steps.join(" ")).toContain("999");
  });
});

describe("advice", () => {
  const everyFlagAlone = [
    ...adultCases.map(([question]) => ({ ...allNo("myself"), [question]: "yes" })),
    ...childCases.map(([question]) => ({ ...allNo("child"), [question]: "yes" })),
  ];

  it("always gives the BSL, text and text relay routes to 999 and 111, and NHS 111", () => {
    for (const answers of everyFlagAlone) {
      const { advice } = redFlag(assessTriage(answers, questionnaire));
      const routes = Object.fromEntries(advice.accessibleRoutes.map((r) => [r.id, r]));
      expect(routes["999-bsl"]?.href).toBe("https://999bsl.co.uk");
      expect(routes["999-bsl"]?.description).toContain("BSL");
      expect(routes["emergency-sms"]?.description).toContain("emergencySMS");
      expect(routes["text-relay-999"]?.description).toContain("18000");
      expect(routes["text-relay-111"]?.description).toContain("18001 111");
      expect(advice.ifUnsure.map((r) => r.href)).toEqual(["https://111.nhs.uk", "tel:111"]);
    }
  });

  it.each([
    ["myself", "suicideOrSelfHarm"],
    ["child", "childSelfHarm"],
  ] as const)("for %s, a suicide or self-harm flag gives the crisis routes", (who, question) => {
    const { advice } = redFlag(assessTriage({ ...allNo(who), [question]: "yes" }, questionnaire));
    const crisis = Object.fromEntries(advice.crisisSupport.map((r) => [r.id, r]));
    expect(crisis["nhs-111-mental-health"]?.description).toContain("choose option 2");
    expect(crisis.samaritans?.description).toContain("116 123");
    expect(crisis.samaritans?.href).toBe("tel:116123");
    expect(advice.steps[0]).toContain("call 999 or go to A&E");
    expect(advice.accessibleRoutes.length).toBeGreaterThan(0);
  });

  it("gives no crisis routes for a physical flag alone", () => {
    const { advice } = redFlag(assessTriage({ ...allNo("myself"), burn: "yes" }, questionnaire));
    expect(advice.crisisSupport).toEqual([]);
  });

  it("leads with the most urgent action and keeps the crisis routes when flags combine", () => {
    const outcome = redFlag(
      assessTriage(
        { ...allNo("myself"), suicideOrSelfHarm: "yes", bleeding: "yes", chestPain: "yes" },
        questionnaire,
      ),
    );
    expect(outcome.flags).toEqual([
      "chest-pain",
      "uncontrolled-bleeding",
      "suicide-or-self-harm-intent",
    ]);
    expect(outcome.advice.action).toBe("call-999");
    expect(outcome.advice.reasons).toHaveLength(3);
    expect(outcome.advice.crisisSupport.map((r) => r.id)).toEqual([
      "nhs-111-mental-health",
      "samaritans",
    ]);
    expect(outcome.advice.steps.join(" ")).toContain("choose option 2");
  });

  it("tells people why they cannot book, so they do not try again without saying", () => {
    const { advice } = redFlag(
      assessTriage({ ...allNo("myself"), chestPain: "yes" }, questionnaire),
    );
    expect(advice.steps.at(-1)).toContain("cannot book a same-day appointment");
  });
});

describe("going on to book", () => {
  it.each(["myself", "child"] as const)("proceeds for %s when every answer is no", (who) => {
    expect(assessTriage(allNo(who), questionnaire)).toEqual({
      kind: "proceed",
      summary: {
        questionnaireId: "same-day-triage",
        questionnaireVersion: 1,
        appointmentFor: who,
        problem: "Sore ear since Tuesday",
        duration: "1-to-3-days",
      },
    });
  });

  it.each(["no chest pain, just a sore ear", "I am not suicidal, only tired"])(
    "goes on when the words deny an emergency: %j",
    (problem) => {
      const outcome = assessTriage({ ...allNo("myself"), problem }, questionnaire);
      expect(outcome.kind).toBe("proceed");
      expect(outcome).not.toHaveProperty("urgent");
    },
  );

  it("ignores answers to the list that does not apply", () => {
    const answers = { ...allNo("myself"), childRash: "yes" };
    expect(assessTriage(answers, questionnaire).kind).toBe("proceed");
  });
});

describe("unanswered questions", () => {
  it.each([
    ...adultCases.map(([question]) => ["myself", question] as const),
    ...childCases.map(([question]) => ["child", question] as const),
  ])("for %s, an unanswered %s is an error on that field, never a no", (who, question) => {
    const { [question]: _left, ...answers } = allNo(who);
    expect(validationProblems(() => assessTriage(answers, questionnaire))).toEqual([
      {
        path: question,
        message: expect.stringMatching(/^Select yes if /),
      },
    ]);
  });

  it("treats a blank or unexpected answer as not answered", () => {
    const problems = validationProblems(() =>
      assessTriage(
        { ...allNo("myself"), chestPain: " ", fit: "maybe", problem: "  " },
        questionnaire,
      ),
    );
    expect(problems?.map((p) => p.path)).toEqual(["chestPain", "fit", "problem"]);
  });

  it("asks who the appointment is for before anything else can be assessed", () => {
    expect(validationProblems(() => assessTriage({}, questionnaire))).toEqual([
      { path: "appointmentFor", message: "Select who the appointment is for" },
      { path: "problem", message: "Tell us what the problem is" },
      { path: "duration", message: "Select how long the problem has been going on" },
    ]);
  });

  it("refuses a problem longer than 500 characters", () => {
    const problems = validationProblems(() =>
      assessTriage({ ...allNo("child"), problem: "x".repeat(501) }, questionnaire),
    );
    expect(problems).toEqual([
      { path: "problem", message: "What the problem is must be 500 characters or fewer" },
    ]);
  });

  it("diverts on a yes at once, without waiting for the rest of the form", () => {
    const outcome = assessTriage({ appointmentFor: "child", childRash: "yes" }, questionnaire);
    expect(redFlag(outcome).flags).toEqual(["child-non-fading-rash"]);
  });
});

describe("the patient's own words", () => {
  it.each([
    ["Crushing chest pain", "chest-pain", "chest-pain", "call-999"],
    ["I can't breathe", "breathing", "breathing-difficulty", "call-999"],
    [
      "I want to kill myself",
      "suicide-or-self-harm",
      "suicide-or-self-harm-intent",
      "mental-health-crisis",
    ],
  ] as const)("divert after every 'no' like a yes would: %j", (problem, category, flag, action) => {
    const outcome = assessTriage({ ...allNo("myself"), problem }, questionnaire);
    if (outcome.kind !== "red-flag") throw new Error(`expected a red flag, got ${outcome.kind}`);
    expect(outcome.flags).toEqual([flag]);
    expect(outcome.freeText?.categories).toEqual([category]);
    expect(outcome.advice.action).toBe(action);
    expect(outcome.advice.heading).toBe(headings[action]);
    expect(outcome.advice.reasons).toEqual(["What you wrote suggests you may need urgent help."]);
    expect(outcome.advice.accessibleRoutes.length).toBeGreaterThan(0);
  });

  it("go on, marked urgent, when the patient says that is not what they meant", () => {
    const answers = { ...allNo("myself"), problem: "crushing chest pain" };
    const outcome = assessTriage(answers, questionnaire, { freeTextNotEmergency: true });
    if (outcome.kind !== "proceed") throw new Error(`expected proceed, got ${outcome.kind}`);
    expect(outcome.urgent).toEqual({
      categories: ["chest-pain"],
      phraseIds: ["chest-pain"],
      flags: ["chest-pain"],
    });
    expect(outcome.summary.problem).toBe("crushing chest pain");
  });

  it("never lets 'not what I meant' override a yes to a red-flag question", () => {
    const answers = { ...allNo("myself"), chestPain: "yes", problem: "crushing chest pain" };
    const outcome = assessTriage(answers, questionnaire, { freeTextNotEmergency: true });
    expect(redFlag(outcome).flags).toEqual(["chest-pain"]);
    expect(outcome).not.toHaveProperty("freeText");
  });

  it("are not marked urgent when they raise nothing, whatever the patient said", () => {
    const outcome = assessTriage(allNo("child"), questionnaire, { freeTextNotEmergency: true });
    expect(outcome.kind).toBe("proceed");
    expect(outcome).not.toHaveProperty("urgent");
  });
});
