import { describe, expect, it } from "vitest";
import {
  numb,
  painWhere,
  problemsOf,
  rule,
  valid,
  withItems,
} from "./questionnaire-fixtures.testing.ts";
import {
  loadQuestionnaire,
  QuestionnaireDefinitionError,
  questionnaireProblems,
} from "./questionnaire-load.ts";
import type { QuestionnaireItem, ReferralQuestionnaire } from "./questionnaire-model.ts";

describe("loadQuestionnaire", () => {
  it("returns a frozen copy of a valid definition", () => {
    const loaded = loadQuestionnaire(valid);
    expect(loaded).toEqual(valid);
    expect(loaded).not.toBe(valid);
    expect(Object.isFrozen(loaded.item[0]?.answerOption?.[0])).toBe(true);
    expect(Object.isFrozen(valid.item)).toBe(false);
  });

  it("throws naming the questionnaire and every problem", () => {
    const broken = { ...valid, item: [painWhere, painWhere], rules: [{ ...rule, reason: "" }] };
    expect(() => loadQuestionnaire(broken)).toThrow(QuestionnaireDefinitionError);
    try {
      loadQuestionnaire(broken);
    } catch (error) {
      const { message, problems } = error as QuestionnaireDefinitionError;
      expect(message).toContain('Questionnaire "msk" version 1 is not valid');
      expect(problems).toEqual([
        'linkId "where" is used more than once',
        'rule 1 ("numbness") has no reason',
        'rule 1 ("numbness") refers to "numb", which is not in this questionnaire',
      ]);
    }
  });
});

describe("questionnaireProblems", () => {
  it("finds nothing wrong with a valid definition", () => {
    expect(questionnaireProblems(valid)).toEqual([]);
  });

  it.each<[string, Partial<ReferralQuestionnaire>, string]>([
    ["a blank id", { id: "" }, "needs an id"],
    ["a version of 0", { version: 0 }, "version must be a whole number from 1"],
    ["no title", { title: " " }, "has no title"],
    ["no items", { item: [], rules: [] }, "has no items"],
  ])("refuses %s", (_case, change, message) => {
    expect(problemsOf(change).join("\n")).toContain(message);
  });

  it.each<[string, QuestionnaireItem[], string]>([
    [
      "a repeated linkId (even inside a group)",
      [painWhere, { linkId: "g", text: "G", type: "group", item: [{ ...painWhere }] }],
      'linkId "where" is used more than once',
    ],
    [
      "a linkId with spaces",
      [{ linkId: "my question", text: "Q", type: "boolean" }],
      'linkId "my question"',
    ],
    [
      "a question without text",
      [{ linkId: "q", text: "", type: "boolean" }],
      'item "q" has no text',
    ],
    [
      "an unknown type",
      [{ linkId: "q", text: "Q", type: "slider" as "boolean" }],
      'unknown type "slider"',
    ],
    [
      "a choice with one option",
      [{ ...painWhere, answerOption: [{ code: "back", display: "Back" }] }],
      "fewer than 2 options",
    ],
    [
      "repeated option codes",
      [
        {
          ...painWhere,
          answerOption: [
            { code: "a", display: "A" },
            { code: "a", display: "B" },
          ],
        },
      ],
      'repeats option code "a"',
    ],
    [
      "an option without a display",
      [
        {
          ...painWhere,
          answerOption: [
            { code: "a", display: "" },
            { code: "b", display: "B" },
          ],
        },
      ],
      "option without a code or display",
    ],
    [
      "options on a boolean",
      [{ linkId: "q", text: "Q", type: "boolean", answerOption: [] }],
      "not a choice",
    ],
    [
      "maxLength on a number",
      [{ linkId: "q", text: "Q", type: "integer", maxLength: 5 }],
      "maxLength but is not free text",
    ],
    [
      "maxLength over the cap",
      [{ linkId: "q", text: "Q", type: "text", maxLength: 2001 }],
      "over the cap of 2000",
    ],
    [
      "maxLength of 0",
      [{ linkId: "q", text: "Q", type: "string", maxLength: 0 }],
      "not a positive whole number",
    ],
    [
      "minValue on text",
      [{ linkId: "q", text: "Q", type: "text", minValue: 1 }],
      "minValue but is not a number",
    ],
    [
      "a fractional bound on an integer",
      [{ linkId: "q", text: "Q", type: "integer", maxValue: 2.5 }],
      "does not fit a integer",
    ],
    [
      "min above max",
      [{ linkId: "q", text: "Q", type: "decimal", minValue: 5, maxValue: 1 }],
      "minValue above maxValue",
    ],
    ["an empty group", [{ linkId: "g", text: "G", type: "group", item: [] }], "is an empty group"],
    [
      "items under a question",
      [
        {
          linkId: "q",
          text: "Q",
          type: "boolean",
          item: [{ linkId: "r", text: "R", type: "boolean" }],
        },
      ],
      "has items but is not a group",
    ],
    [
      "a required display",
      [{ linkId: "d", text: "Read this", type: "display", required: true }],
      "a display takes no answer",
    ],
    [
      "a required group",
      [{ linkId: "g", text: "G", type: "group", required: true, item: [numb] }],
      "a group takes no answer",
    ],
  ])("refuses %s", (_case, item, message) => {
    expect(withItems(...item).join("\n")).toContain(message);
  });
});
