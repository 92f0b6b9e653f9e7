import { describe, expect, it } from "vitest";
import { assessTriage } from "./assess.ts";
import { redFlagQuestions, sameDayTriageV1 } from "./questionnaire.ts";
import { buildTriageRecord } from "./record.ts";

const questionnaire = sameDayTriageV1;
const freeText = "Crushing chest pain, my neighbour Jane Smith says I look grey";
const assessedAt = new Date("2026-03-29T07:45:00.000Z");

const allNo = (): Record<string, string> => {
  const answers: Record<string, string> = {
    appointmentFor: "myself",
    problem: freeText,
    duration: "today",
  };
  for (const q of redFlagQuestions(questionnaire, answers)) answers[q.id] = "no";
  return answers;
};

const recordOf = (answers: Record<string, string>) =>
  buildTriageRecord({
    questionnaire,
    answers,
    outcome: assessTriage(answers, questionnaire),
    assessedAt,
  });

describe("the triage audit record", () => {
  it("records a diversion: version, yes/no answers, flags, outcome and time", () => {
    const record = recordOf({ ...allNo(), chestPain: "yes" });
    expect(record).toMatchObject({
      questionnaireId: "same-day-triage",
      questionnaireVersion: 1,
      appointmentFor: "myself",
      flags: ["chest-pain"],
      outcome: "red-flag",
      assessedAt: "2026-03-29T07:45:00.000Z",
    });
    expect(record.answers.chestPain).toBe("yes");
    expect(record.answers.burn).toBe("no");
    expect(Object.keys(record.answers)).toHaveLength(12);
  });

  it("records a request that went on to book, with no flags", () => {
    const record = recordOf({ ...allNo(), problem: "sore ear" });
    expect(record.outcome).toBe("proceed");
    expect(record.flags).toEqual([]);
    expect(record).not.toHaveProperty("freeText");
  });

  it("records a diversion raised by the patient's words: phrase and category ids only", () => {
    const record = recordOf(allNo());
    expect(record).toMatchObject({
      outcome: "red-flag",
      flags: ["chest-pain"],
      freeText: {
        categories: ["chest-pain"],
        phraseIds: ["chest-pain"],
        patientSaidNotEmergency: false,
      },
    });
  });

  it("records that the patient said their words were not an emergency", () => {
    const answers = allNo();
    const record = buildTriageRecord({
      questionnaire,
      answers,
      outcome: assessTriage(answers, questionnaire, { freeTextNotEmergency: true }),
      assessedAt,
    });
    expect(record.outcome).toBe("proceed");
    expect(record.flags).toEqual([]);
    expect(record.freeText).toMatchObject({
      categories: ["chest-pain"],
      patientSaidNotEmergency: true,
    });
    expect(JSON.stringify(record)).not.toContain("Crushing");
  });

  it.each([
    ["a diversion", { chestPain: "yes" }],
    ["a request that went on to book", {}],
    // Free text under a key the questionnaire does not have must not ride along either.
    ["a diversion with stray fields", { chestPain: "yes", notes: freeText }],
  ])("never contains the free text, for %s", (_case, extra) => {
    const record = recordOf({ ...allNo(), ...extra });
    const serialised = JSON.stringify(record);
    expect(serialised).not.toContain("Crushing");
    expect(serialised).not.toContain("Jane Smith");
    expect(Object.keys(record)).not.toContain("problem");
  });

  it("leaves out unanswered questions rather than recording them as no", () => {
    const answers = { appointmentFor: "child", childRash: "yes" };
    const record = recordOf(answers);
    expect(record.answers).toEqual({ childRash: "yes" });
    expect(record.flags).toEqual(["child-non-fading-rash"]);
  });
});
