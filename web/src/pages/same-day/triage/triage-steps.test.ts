import type { TriageQuestionnaire } from "@front-door/contracts";
import { currentTriageQuestionnaire } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import {
  problemSections,
  signAnswers,
  signQuestions,
  stepOfQuestion,
  stepTitle,
  whoQuestions,
} from "./triage-steps.ts";

const questionnaire = currentTriageQuestionnaire as unknown as TriageQuestionnaire;

describe("the triage steps", () => {
  it("asks who first, then the person's emergency signs, then the problem", () => {
    expect(whoQuestions(questionnaire).map((q) => q.id)).toEqual(["appointmentFor"]);
    const adult = signQuestions(questionnaire, "myself").map((q) => q.id);
    expect(adult).toContain("chestPain");
    expect(adult).toContain("suicideOrSelfHarm");
    expect(adult).not.toContain("childBreathing");
    expect(signQuestions(questionnaire, "child").map((q) => q.id)).toContain("childBreathing");
    expect(problemSections(questionnaire).flatMap((s) => s.questions.map((q) => q.id))).toEqual([
      "problem",
      "duration",
    ]);
  });

  it("answers every sign shown: yes when ticked, no otherwise", () => {
    const answers = signAnswers(questionnaire, "myself", new Set(["chestPain"]));
    expect(answers.chestPain).toBe("yes");
    expect(answers.breathing).toBe("no");
    expect(Object.keys(answers)).toHaveLength(signQuestions(questionnaire, "myself").length);
  });

  it("finds the step of a question the API names, and titles each step", () => {
    expect(stepOfQuestion(questionnaire, "appointmentFor")).toBe("who");
    expect(stepOfQuestion(questionnaire, "childRash")).toBe("signs");
    expect(stepOfQuestion(questionnaire, "problem")).toBe("problem");
    expect(stepTitle("signs", "child")).toBe("Does the child have any of these?");
    expect(stepTitle("signs", "myself")).toBe("Do you have any of these?");
  });
});
