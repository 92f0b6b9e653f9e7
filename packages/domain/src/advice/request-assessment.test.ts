import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors.ts";
import { loadQuestionnaire } from "../referrals/questionnaire-load.ts";
import { defaultPracticeSettings } from "./practice-settings.ts";
import {
  assessAdviceRequest,
  assessPatientReply,
  maxProblemsPerRequest,
  type ProblemInput,
} from "./request-assessment.ts";
import { requestQuestionnaires } from "./request-questionnaires.data.ts";
import { requestTypes } from "./request-types.ts";

const none = { population: "adult", signs: [] } as const;
const rash: ProblemInput = {
  type: "new-problem",
  answers: { howLong: "days", gettingWorse: false, triedSelfCare: true },
  description: "  An itchy rash on my arm  ",
};
const fitNote: ProblemInput = {
  type: "fit-note",
  answers: { kind: "extend", offSince: "2026-11-20" },
  description: "I need my fit note extended",
};

function fieldsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error.fields?.map((f) => `${f.path}:${f.code}`);
  }
  throw new Error("expected InvalidInput");
}

describe("assessAdviceRequest", () => {
  it("loads every request type's questionnaire on the shared engine", () => {
    for (const type of requestTypes)
      expect(() => loadQuestionnaire(requestQuestionnaires[type])).not.toThrow();
  });

  it("accepts a medical and an admin problem, trims the words, and says medical", () => {
    const outcome = assessAdviceRequest(none, [rash, fitNote], defaultPracticeSettings);
    expect(outcome.kind).toBe("accepted");
    if (outcome.kind !== "accepted") return;
    expect(outcome.category).toBe("medical");
    expect(outcome.problems[0]?.description).toBe("An itchy rash on my arm");
    expect(outcome.screening).toEqual({ kind: "clear" });
    expect(outcome.advice).toBeUndefined();
  });

  it("diverts on a ticked emergency sign and sends nothing", () => {
    const outcome = assessAdviceRequest(
      { population: "child", signs: ["child-non-fading-rash"] },
      [rash],
      defaultPracticeSettings,
    );
    expect(outcome.kind).toBe("diverted");
    expect(outcome.kind === "diverted" && outcome.advice.action).toBe("call-999");
  });

  it("refuses a sign from the other list", () => {
    expect(
      fieldsOf(() =>
        assessAdviceRequest(
          { population: "adult", signs: ["child-fit"] },
          [rash],
          defaultPracticeSettings,
        ),
      ),
    ).toEqual(["emergencyCheck.signs:not-an-option"]);
  });

  it("keeps a request whose words raise a flag, with the emergency advice", () => {
    const outcome = assessAdviceRequest(
      none,
      [{ ...rash, description: "rash, and now crushing chest pain" }],
      defaultPracticeSettings,
    );
    expect(outcome.kind === "accepted" && outcome.screening.kind).toBe("emergency");
    expect(outcome.kind === "accepted" && outcome.advice?.action).toBe("call-999");
    expect(
      outcome.kind === "accepted" && outcome.advice?.accessibleRoutes.map((r) => r.id),
    ).toContain("999-bsl");
  });

  it("screens free-text answers too, naming the field", () => {
    const outcome = assessAdviceRequest(
      none,
      [
        {
          type: "medication-question",
          answers: { medicineName: "sertraline, I want to end my life", about: "other" },
          description: "help",
        },
      ],
      defaultPracticeSettings,
    );
    expect(
      outcome.kind === "accepted" &&
        outcome.screening.kind === "emergency" &&
        outcome.screening.matches[0]?.field,
    ).toBe("problems.0.answers.medicineName");
  });

  it("refuses too many problems, oversize words, bad answers and types the practice has turned off, all at once", () => {
    const many = Array.from({ length: maxProblemsPerRequest + 1 }, () => rash);
    expect(fieldsOf(() => assessAdviceRequest(none, many, defaultPracticeSettings))).toEqual([
      "problems:problem-count",
    ]);
    const settings = { ...defaultPracticeSettings, enabledTypes: ["new-problem" as const] };
    expect(
      fieldsOf(() =>
        assessAdviceRequest(
          none,
          [{ ...rash, description: "x".repeat(5_001), answers: { howLong: "years" } }, fitNote],
          settings,
        ),
      ),
    ).toEqual([
      "problems.0.description:too-long",
      "problems.0.answers.howLong:not-an-option",
      "problems.0.answers.gettingWorse:required",
      "problems.0.answers.triedSelfCare:required",
      "problems.1.type:type-not-offered",
    ]);
  });
});

describe("assessPatientReply", () => {
  it("screens a reply and refuses a blank or oversize one", () => {
    expect(assessPatientReply(" thanks, it is better ").screening).toEqual({ kind: "clear" });
    expect(assessPatientReply("it's worse, I cant breath").advice?.action).toBe("call-999");
    expect(fieldsOf(() => assessPatientReply("   "))).toEqual(["text:required"]);
    expect(fieldsOf(() => assessPatientReply("a".repeat(5_001)))).toEqual(["text:too-long"]);
  });
});
