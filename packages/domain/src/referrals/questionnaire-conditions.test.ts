import { describe, expect, it } from "vitest";
import {
  numb,
  painWhere,
  problemsOf,
  rule,
  withItems,
  withRule,
} from "./questionnaire-fixtures.testing.ts";
import type { EligibilityRule, QuestionnaireItem } from "./questionnaire-model.ts";

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
