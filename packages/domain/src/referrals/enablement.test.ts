import { describe, expect, it } from "vitest";
import { readAnswers } from "./enablement.ts";
import { loadQuestionnaire } from "./questionnaire-load.ts";
import type {
  EnableWhen,
  QuestionnaireItem,
  ReferralQuestionnaire,
} from "./questionnaire-model.ts";

const sources: QuestionnaireItem[] = [
  { linkId: "smokes", text: "Do you smoke?", type: "boolean" },
  {
    linkId: "colour",
    text: "Favourite colour",
    type: "choice",
    answerOption: [
      { code: "red", display: "Red" },
      { code: "blue", display: "Blue" },
    ],
  },
  { linkId: "count", text: "How many a day?", type: "integer", minValue: 0, maxValue: 100 },
  { linkId: "bmi", text: "Your BMI", type: "decimal" },
  { linkId: "since", text: "Since when?", type: "date" },
  { linkId: "notes", text: "Anything else?", type: "text", maxLength: 20 },
];

const questionnaireWith = (extra: QuestionnaireItem[]): ReferralQuestionnaire => ({
  id: "test",
  version: 1,
  title: "Test",
  item: [...sources, ...extra],
  rules: [],
});

/** Whether an item with these conditions is shown, given the answers. */
function shown(
  conditions: EnableWhen[],
  answers: Record<string, unknown>,
  enableBehavior?: "all" | "any",
): boolean {
  const target: QuestionnaireItem = {
    linkId: "target",
    text: "Target",
    type: "boolean",
    enableWhen: conditions,
    ...(enableBehavior ? { enableBehavior } : {}),
  };
  const questionnaire = loadQuestionnaire(questionnaireWith([target]));
  return readAnswers(questionnaire, answers).enabled.includes("target");
}

describe("enableWhen operators", () => {
  it.each<[string, EnableWhen, Record<string, unknown>, boolean]>([
    [
      "exists true, answered",
      { question: "notes", operator: "exists", answer: true },
      { notes: "hi" },
      true,
    ],
    ["exists true, unanswered", { question: "notes", operator: "exists", answer: true }, {}, false],
    [
      "exists true, only spaces",
      { question: "notes", operator: "exists", answer: true },
      { notes: "  " },
      false,
    ],
    [
      "exists false, unanswered",
      { question: "smokes", operator: "exists", answer: false },
      {},
      true,
    ],
    [
      "exists false, answered",
      { question: "smokes", operator: "exists", answer: false },
      { smokes: false },
      false,
    ],
    [
      "exists false, invalid answer",
      { question: "smokes", operator: "exists", answer: false },
      { smokes: "yes" },
      true,
    ],
    [
      "= boolean, equal",
      { question: "smokes", operator: "=", answer: true },
      { smokes: true },
      true,
    ],
    [
      "= boolean, different",
      { question: "smokes", operator: "=", answer: true },
      { smokes: false },
      false,
    ],
    ["= boolean, unanswered", { question: "smokes", operator: "=", answer: false }, {}, false],
    [
      "= choice, equal",
      { question: "colour", operator: "=", answer: "red" },
      { colour: "red" },
      true,
    ],
    [
      "= choice, different",
      { question: "colour", operator: "=", answer: "red" },
      { colour: "blue" },
      false,
    ],
    [
      "!= choice, different",
      { question: "colour", operator: "!=", answer: "red" },
      { colour: "blue" },
      true,
    ],
    [
      "!= choice, equal",
      { question: "colour", operator: "!=", answer: "red" },
      { colour: "red" },
      false,
    ],
    [
      "!= choice, unanswered (FHIR: false)",
      { question: "colour", operator: "!=", answer: "red" },
      {},
      false,
    ],
    [
      "!= choice, not an option",
      { question: "colour", operator: "!=", answer: "red" },
      { colour: "green" },
      false,
    ],
    ["> integer, above", { question: "count", operator: ">", answer: 10 }, { count: 11 }, true],
    ["> integer, equal", { question: "count", operator: ">", answer: 10 }, { count: 10 }, false],
    ["< integer, below", { question: "count", operator: "<", answer: 10 }, { count: 9 }, true],
    ["< integer, equal", { question: "count", operator: "<", answer: 10 }, { count: 10 }, false],
    [">= decimal, equal", { question: "bmi", operator: ">=", answer: 27.5 }, { bmi: 27.5 }, true],
    [">= decimal, below", { question: "bmi", operator: ">=", answer: 27.5 }, { bmi: 27.49 }, false],
    ["<= decimal, equal", { question: "bmi", operator: "<=", answer: 27.5 }, { bmi: 27.5 }, true],
    ["<= decimal, above", { question: "bmi", operator: "<=", answer: 27.5 }, { bmi: 27.51 }, false],
    [
      "> date, later",
      { question: "since", operator: ">", answer: "2026-01-31" },
      { since: "2026-02-01" },
      true,
    ],
    [
      "> date, same day",
      { question: "since", operator: ">", answer: "2026-01-31" },
      { since: "2026-01-31" },
      false,
    ],
    [
      "<= date, earlier",
      { question: "since", operator: "<=", answer: "2026-01-31" },
      { since: "2025-12-31" },
      true,
    ],
    [
      "> integer, out of range (no answer)",
      { question: "count", operator: ">", answer: 10 },
      { count: 101 },
      false,
    ],
    [
      "> integer, sent as text (no answer)",
      { question: "count", operator: ">", answer: 10 },
      { count: "11" },
      false,
    ],
  ])("%s", (_case, condition, answers, expected) => {
    expect(shown([condition], answers)).toBe(expected);
  });
});

describe("enableBehavior", () => {
  const both: EnableWhen[] = [
    { question: "smokes", operator: "=", answer: true },
    { question: "count", operator: ">=", answer: 20 },
  ];
  it.each([
    ["all", { smokes: true, count: 20 }, true],
    ["all", { smokes: true, count: 19 }, false],
    ["all", { smokes: false, count: 20 }, false],
    ["any", { smokes: true, count: 0 }, true],
    ["any", { smokes: false, count: 25 }, true],
    ["any", { smokes: false, count: 0 }, false],
    ["any", {}, false],
  ] as const)("%s with %j → %s", (behavior, answers, expected) => {
    expect(shown(both, answers, behavior)).toBe(expected);
  });
});

describe("readAnswers", () => {
  const questionnaire = loadQuestionnaire(
    questionnaireWith([
      {
        linkId: "smoking",
        text: "About smoking",
        type: "group",
        enableWhen: [{ question: "smokes", operator: "=", answer: true }],
        item: [
          { linkId: "triedToStop", text: "Have you tried to stop?", type: "boolean" },
          {
            linkId: "howOften",
            text: "How many times?",
            type: "integer",
            enableWhen: [{ question: "triedToStop", operator: "=", answer: true }],
          },
        ],
      },
      {
        linkId: "afterGroup",
        text: "Shown when a tried-to-stop count exists",
        type: "boolean",
        enableWhen: [{ question: "howOften", operator: "exists", answer: true }],
      },
    ]),
  );

  it("shows a group's items only when the group is enabled", () => {
    const on = readAnswers(questionnaire, { smokes: true, triedToStop: true, howOften: 3 });
    expect(on.enabled).toEqual(
      expect.arrayContaining(["smoking", "triedToStop", "howOften", "afterGroup"]),
    );
    expect(on.answers.get("howOften")).toBe(3);
  });

  it("cascades: answers under a question that no longer applies count as no answer", () => {
    const off = readAnswers(questionnaire, { smokes: false, triedToStop: true, howOften: 3 });
    expect(off.enabled).not.toContain("smoking");
    expect(off.enabled).not.toContain("triedToStop");
    expect(off.enabled).not.toContain("howOften");
    expect(off.enabled).not.toContain("afterGroup");
    expect(off.answers.has("howOften")).toBe(false);
  });

  it("keeps free text trimmed and ignores keys that are not questions", () => {
    const read = readAnswers(questionnaire, { notes: "  sore  ", stray: "x", constructor: true });
    expect(read.answers.get("notes")).toBe("sore");
    expect([...read.answers.keys()]).toEqual(["notes"]);
  });
});
