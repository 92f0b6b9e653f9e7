import { allQuestions, assessTriage, redFlagQuestions, sameDayTriageV1 } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { TriageAnswers, TriageOutcome, TriageQuestionnaire } from "./triage.ts";

const issues = (input: unknown) => {
  const result = z.safeParse(TriageAnswers, input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

const allNo = (appointmentFor: "myself" | "child"): Record<string, unknown> => {
  const answers: Record<string, unknown> = {
    questionnaireVersion: 1,
    appointmentFor,
    problem: "  Rash on my arm  ",
    duration: "4-to-7-days",
  };
  for (const q of redFlagQuestions(sameDayTriageV1, answers)) answers[q.id] = "no";
  return answers;
};

describe("the triage answers contract", () => {
  it.each(["myself", "child"] as const)(
    "accepts complete answers for %s and trims the problem",
    (who) => {
      const result = z.safeParse(TriageAnswers, allNo(who));
      expect(result.error?.issues).toBeUndefined();
      expect(result.data?.problem).toBe("Rash on my arm");
    },
  );

  it("names each unanswered question by its id, with one message a person can act on", () => {
    const { chestPain: _a, burn: _b, problem: _c, ...answers } = allNo("myself");
    expect(issues(answers)).toEqual([
      "chestPain: Select yes if you have severe or crushing chest pain",
      "burn: Select yes if you have a bad burn",
      "problem: Tell us what the problem is",
    ]);
  });

  it("gives exactly one message per field, whether it is missing or wrong", () => {
    const { chestPain: _a, ...answers } = allNo("child");
    const problems = issues({
      ...answers,
      childRash: "maybe",
      childFit: "",
      duration: "forever",
      problem: "x".repeat(501),
    });
    expect(problems).toEqual([
      "childRash: Select yes if the child has a rash that does not fade under a glass",
      "childFit: Select yes if the child has had a fit like this",
      "problem: What the problem is must be 500 characters or fewer",
      "duration: Select how long the problem has been going on",
    ]);
    // chestPain is on the adults' list, which does not apply: not asked, so not missing.
  });

  it("uses question ids, and nothing else, as field paths", () => {
    const ids = new Set(allQuestions(sameDayTriageV1).map((q) => q.id));
    const result = z.safeParse(TriageAnswers, {
      questionnaireVersion: 1,
      appointmentFor: "myself",
    });
    const paths = result.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths.length).toBe(14);
    for (const path of paths) expect(ids).toContain(path);
  });

  it("asks who the appointment is for first", () => {
    expect(issues({ questionnaireVersion: 1 })).toEqual([
      "appointmentFor: Select who the appointment is for",
      "problem: Tell us what the problem is",
      "duration: Select how long the problem has been going on",
    ]);
  });

  it("lets a yes through with other questions unanswered, so advice is not held up", () => {
    expect(issues({ questionnaireVersion: 1, appointmentFor: "myself", chestPain: "yes" })).toEqual(
      [],
    );
  });

  it("refuses answers to a questionnaire version that is not this one", () => {
    expect(issues({ ...allNo("myself"), questionnaireVersion: 0 })).toEqual([
      "questionnaireVersion: These questions have changed. Go back to the start and answer them again",
    ]);
  });

  it("takes 'not what I meant' as true or false only, with its own message", () => {
    expect(issues({ ...allNo("myself"), freeTextNotEmergency: true })).toEqual([]);
    expect(issues({ ...allNo("myself"), freeTextNotEmergency: "yes" })).toEqual([
      "freeTextNotEmergency: Say whether what you wrote is an emergency",
    ]);
  });

  it("refuses a body that is not an object without throwing", () => {
    expect(z.safeParse(TriageAnswers, null).success).toBe(false);
    expect(z.safeParse(TriageAnswers, "yes").success).toBe(false);
  });

  it("can be described in the OpenAPI document", () => {
    expect(() => z.toJSONSchema(TriageAnswers, { unrepresentable: "any" })).not.toThrow();
    expect(() => z.toJSONSchema(TriageOutcome)).not.toThrow();
    expect(() => z.toJSONSchema(TriageQuestionnaire)).not.toThrow();
  });
});

describe("the questionnaire and outcome contracts", () => {
  it("describe the questionnaire the domain serves", () => {
    expect(z.parse(TriageQuestionnaire, sameDayTriageV1)).toEqual(sameDayTriageV1);
  });

  it("describe a red-flag outcome, advice and all", () => {
    const outcome = assessTriage(
      { ...allNo("myself"), suicideOrSelfHarm: "yes", chestPain: "yes" },
      sameDayTriageV1,
    );
    expect(z.parse(TriageOutcome, outcome)).toEqual(outcome);
  });

  it("describe a proceed outcome without the free text", () => {
    const outcome = assessTriage(allNo("child"), sameDayTriageV1);
    const response = z.parse(TriageOutcome, outcome);
    expect(response).toEqual({
      kind: "proceed",
      summary: {
        questionnaireId: "same-day-triage",
        questionnaireVersion: 1,
        appointmentFor: "child",
        duration: "4-to-7-days",
      },
    });
    expect(JSON.stringify(response)).not.toContain("Rash on my arm");
  });
});
