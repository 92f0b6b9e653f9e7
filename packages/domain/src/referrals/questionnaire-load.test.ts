import { describe, expect, it } from "vitest";
import {
  loadQuestionnaire,
  QuestionnaireDefinitionError,
  questionnaireProblems,
} from "./questionnaire-load.ts";
import type {
  EligibilityRule,
  QuestionnaireItem,
  ReferralQuestionnaire,
} from "./questionnaire-model.ts";

const painWhere: QuestionnaireItem = {
  linkId: "where",
  text: "Where is the pain?",
  type: "choice",
  required: true,
  answerOption: [
    { code: "back", display: "Back" },
    { code: "knee", display: "Knee" },
  ],
};
const numb: QuestionnaireItem = {
  linkId: "numb",
  text: "Any numbness?",
  type: "boolean",
  required: true,
  enableWhen: [{ question: "where", operator: "=", answer: "back" }],
};
const rule: EligibilityRule = {
  reasonCode: "numbness",
  when: [{ question: "numb", operator: "=", answer: true }],
  outcome: "emergency-ae",
  reason: "You told us you have numbness.",
  signpost: "Go to A&E.",
};
const valid: ReferralQuestionnaire = {
  id: "msk",
  version: 1,
  title: "Back and joint pain",
  item: [painWhere, numb, { linkId: "notes", text: "Anything else?", type: "text" }],
  rules: [rule],
};

const problemsOf = (change: Partial<ReferralQuestionnaire>) =>
  questionnaireProblems({ ...valid, ...change });
const withItems = (...item: QuestionnaireItem[]) => problemsOf({ item, rules: [] });
const withRule = (change: Partial<EligibilityRule>) =>
  problemsOf({ rules: [{ ...rule, ...change }] });

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

describe("conditions (enableWhen)", () => {
  const after = (
    condition: NonNullable<QuestionnaireItem["enableWhen"]>[number],
    extra?: Partial<QuestionnaireItem>,
  ) =>
    withItems(
      painWhere,
      { linkId: "count", text: "How many?", type: "integer" },
      { linkId: "since", text: "Since?", type: "date" },
      { linkId: "notes", text: "Notes", type: "text" },
      { linkId: "info", text: "Read this", type: "display" },
      {
        linkId: "target",
        text: "Target",
        type: "boolean",
        enableWhen: [condition],
        ...extra,
      },
    );

  it.each<[string, NonNullable<QuestionnaireItem["enableWhen"]>[number], string]>([
    [
      "an unknown question",
      { question: "nope", operator: "exists", answer: true },
      'refers to "nope", which is not in this questionnaire',
    ],
    ["itself", { question: "target", operator: "exists", answer: true }, "refers to itself"],
    [
      "a display item",
      { question: "info", operator: "exists", answer: true },
      "a display item, which has no answer",
    ],
    [
      "an unknown operator",
      { question: "count", operator: "~" as "=", answer: 1 },
      'unknown operator "~"',
    ],
    [
      "exists with a non-boolean",
      { question: "count", operator: "exists", answer: 1 },
      '"exists" needs true or false',
    ],
    [
      "free text compared with words",
      { question: "notes", operator: "=", answer: "chest pain" },
      "free text is never matched against words",
    ],
    [
      "an ordering on a choice",
      { question: "where", operator: ">", answer: "back" },
      'uses ">" on choice "where"',
    ],
    [
      "a number compared with text",
      { question: "count", operator: ">", answer: "3" },
      'compares integer "count" with "3"',
    ],
    [
      "an integer compared with a fraction",
      { question: "count", operator: ">", answer: 2.5 },
      'compares integer "count" with 2.5',
    ],
    [
      "a date compared with a non-date",
      { question: "since", operator: ">", answer: "2026-02-30" },
      'compares date "since"',
    ],
    [
      "a choice answer not among its options",
      { question: "where", operator: "=", answer: "elbow" },
      '"elbow", which is not one of its options',
    ],
  ])("refuses a condition on %s", (_case, condition, message) => {
    expect(after(condition).join("\n")).toContain(message);
  });

  it("allows exists on free text", () => {
    expect(after({ question: "notes", operator: "exists", answer: true })).toEqual([]);
  });

  it("refuses a condition on a later question, which rules out cycles", () => {
    const a: QuestionnaireItem = {
      linkId: "a",
      text: "A",
      type: "boolean",
      enableWhen: [{ question: "b", operator: "=", answer: true }],
    };
    const b: QuestionnaireItem = {
      linkId: "b",
      text: "B",
      type: "boolean",
      enableWhen: [{ question: "a", operator: "=", answer: true }],
    };
    expect(withItems(a, b)).toEqual([
      'item "a" refers to "b", which comes after it: conditions may only look back at earlier questions, so there can be no cycles',
    ]);
  });

  it("refuses a group enabled by a question inside it", () => {
    const group: QuestionnaireItem = {
      linkId: "g",
      text: "G",
      type: "group",
      enableWhen: [{ question: "inner", operator: "=", answer: true }],
      item: [{ linkId: "inner", text: "I", type: "boolean" }],
    };
    expect(withItems(group).join("\n")).toContain(
      'item "g" refers to "inner", which comes after it',
    );
  });

  it("needs enableBehavior with more than one condition, and only then", () => {
    const two = {
      ...numb,
      enableWhen: [
        ...(numb.enableWhen ?? []),
        { question: "where", operator: "!=", answer: "knee" } as const,
      ],
    };
    expect(withItems(painWhere, two).join("\n")).toContain("does not say whether all or any");
    expect(withItems(painWhere, { ...two, enableBehavior: "any" })).toEqual([]);
    expect(
      withItems(painWhere, { ...numb, enableWhen: [], enableBehavior: "all" }).join("\n"),
    ).toContain("a behaviour but no conditions");
    expect(withItems(painWhere, { ...two, enableBehavior: "most" as "all" }).join("\n")).toContain(
      'unknown behaviour "most"',
    );
  });
});

describe("rules", () => {
  it.each<[string, Partial<EligibilityRule>, string]>([
    ["no conditions", { when: [] }, "has no conditions"],
    ["an unknown outcome", { outcome: "maybe" as "emergency-ae" }, 'unknown outcome "maybe"'],
    ["no signpost", { signpost: "" }, "has no signpost"],
    [
      "a reason code with capitals",
      { reasonCode: "Numbness" },
      "needs a reason code in lower-case",
    ],
    ["a reserved reason code", { reasonCode: "outside-catchment" }, "kept for age and catchment"],
    [
      "two conditions and no behaviour",
      { when: [...rule.when, { question: "where", operator: "=", answer: "back" }] },
      "all or any",
    ],
    [
      "a condition on free text",
      { when: [{ question: "notes", operator: "=", answer: "blood" }] },
      "free text is never matched",
    ],
  ])("refuses a rule with %s", (_case, change, message) => {
    expect(withRule(change).join("\n")).toContain(message);
  });

  it("refuses two rules with the same reason code", () => {
    expect(problemsOf({ rules: [rule, rule] })).toEqual([
      'reason code "numbness" is used by more than one rule',
    ]);
  });

  it("lets a rule look at any question, wherever it is", () => {
    const early = {
      ...rule,
      when: [{ question: "notes", operator: "exists", answer: true } as const],
    };
    expect(problemsOf({ rules: [early] })).toEqual([]);
  });
});
