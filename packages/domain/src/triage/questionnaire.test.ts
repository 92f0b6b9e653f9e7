import { describe, expect, it } from "vitest";
import {
  allQuestions,
  currentTriageQuestionnaire,
  redFlagQuestions,
  sameDayTriageV1,
  triageQuestionIds,
  triageQuestionnaires,
} from "./questionnaire.ts";
import { redFlagIds, redFlags } from "./red-flags.ts";

const questions = allQuestions(sameDayTriageV1);

describe("the same-day triage questionnaire", () => {
  it("is published as version 1 and is the current one", () => {
    expect(triageQuestionnaires[1]).toBe(sameDayTriageV1);
    expect(currentTriageQuestionnaire).toBe(sameDayTriageV1);
  });

  it("gives every question a unique id, and has the questions triage relies on", () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(Object.values(triageQuestionIds)));
  });

  it.each([
    ["myself", "adult"],
    ["child", "child"],
  ] as const)("asks about every %s red flag exactly once, and no other", (who, population) => {
    const asked = redFlagQuestions(sameDayTriageV1, { appointmentFor: who }).map((q) => q.redFlag);
    const expected = redFlagIds.filter((id) => redFlags[id].population === population);
    expect([...asked].sort()).toEqual([...expected].sort());
  });

  it("asks no red-flag questions until it knows who the appointment is for", () => {
    expect(redFlagQuestions(sameDayTriageV1, {})).toEqual([]);
  });

  it("limits the problem to 500 characters", () => {
    const problem = questions.find((q) => q.id === "problem");
    expect(problem).toMatchObject({ kind: "text", maxLength: 500 });
  });

  it("avoids terms patients find confusing", () => {
    const patientReads = [
      sameDayTriageV1.title,
      ...sameDayTriageV1.sections.flatMap((s) => [s.title, "hint" in s ? s.hint : ""]),
      ...questions.flatMap((q) => [
        q.label,
        q.hint ?? "",
        q.errorMessage,
        ...(q.kind === "choice" ? q.options.map((o) => o.label) : []),
      ]),
    ];
    const text = patientReads.join(" ").toLowerCase();
    expect(text).not.toContain("online consultation");
    expect(text).not.toContain("abdominal");
    expect(text).not.toContain("triage");
  });
});
