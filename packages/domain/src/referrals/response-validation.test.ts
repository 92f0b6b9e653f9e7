import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "./questionnaire-load.ts";
import { responseFieldProblems, validateResponse } from "./response-validation.ts";

const questionnaire = loadQuestionnaire({
  id: "test",
  version: 1,
  title: "Test",
  item: [
    { linkId: "intro", text: "Answer these questions", type: "display" },
    { linkId: "smokes", text: "Do you smoke?", type: "boolean", required: true },
    {
      linkId: "smoking",
      text: "Your smoking",
      type: "group",
      enableWhen: [{ question: "smokes", operator: "=", answer: true }],
      item: [
        {
          linkId: "what",
          text: "What do you smoke?",
          type: "choice",
          required: true,
          answerOption: [
            { code: "cigarettes", display: "Cigarettes" },
            { code: "cigars", display: "Cigars" },
          ],
        },
        {
          linkId: "perDay",
          text: "How many a day?",
          type: "integer",
          required: true,
          minValue: 1,
          maxValue: 80,
        },
      ],
    },
    { linkId: "bmi", text: "Your BMI", type: "decimal", minValue: 12 },
    { linkId: "height", text: "Your height in cm", type: "decimal", maxValue: 250 },
    { linkId: "started", text: "When did you start?", type: "date" },
    { linkId: "name", text: "What should we call you?", type: "string", maxLength: 20 },
    { linkId: "story", text: "Tell us more", type: "text" },
  ],
  rules: [],
});

const complete = { smokes: true, what: "cigarettes", perDay: 10 };
const codes = (answers: Record<string, unknown>) =>
  validateResponse(questionnaire, answers).map((p) => `${p.linkId}: ${p.code}`);

describe("validateResponse", () => {
  it("accepts complete answers, and optional questions left out", () => {
    expect(validateResponse(questionnaire, complete)).toEqual([]);
    expect(validateResponse(questionnaire, { smokes: false })).toEqual([]);
    expect(
      validateResponse(questionnaire, {
        ...complete,
        bmi: 27.5,
        height: 170,
        started: "2001-02-28",
        name: "  Sam  ",
        story: "x".repeat(2000),
        intro: null,
      }),
    ).toEqual([]);
  });

  it("unknown-link-id: keys that are not questions, sorted, after the questions", () => {
    expect(codes({ ...complete, zzz: 1, aaa: null, constructor: "x", __proto__: 1 })).toEqual([
      "aaa: unknown-link-id",
      "constructor: unknown-link-id",
      "zzz: unknown-link-id",
    ]);
    // JSON.parse makes "__proto__" an own key; it is reported like any other.
    expect(codes(JSON.parse('{"smokes":false,"__proto__":{"x":1}}'))).toEqual([
      "__proto__: unknown-link-id",
    ]);
  });

  it("wrong-type: each type takes only its own kind of value", () => {
    expect(
      codes({
        intro: "I read it",
        smokes: "yes",
        bmi: "27",
        height: Number.NaN,
        started: "2026-02-30",
        name: 42,
        story: ["a"],
      }),
    ).toEqual([
      "intro: wrong-type",
      "smokes: wrong-type",
      "bmi: wrong-type",
      "height: wrong-type",
      "started: wrong-type",
      "name: wrong-type",
      "story: wrong-type",
    ]);
    expect(codes({ ...complete, perDay: 2.5 })).toEqual(["perDay: wrong-type"]);
    expect(codes({ ...complete, what: true })).toEqual(["what: wrong-type"]);
  });

  it("not-enabled: an answer to a question that does not apply", () => {
    expect(codes({ smokes: false, what: "cigars", perDay: 3 })).toEqual([
      "what: not-enabled",
      "perDay: not-enabled",
    ]);
  });

  it("required: only for questions that apply; null and spaces are no answer", () => {
    expect(codes({})).toEqual(["smokes: required"]);
    expect(codes({ smokes: true, what: "  ", perDay: null })).toEqual([
      "what: required",
      "perDay: required",
    ]);
    expect(codes({ smokes: false })).toEqual([]);
  });

  it("not-an-option: a choice code that is not offered", () => {
    expect(codes({ ...complete, what: "pipe" })).toEqual(["what: not-an-option"]);
  });

  it("too-long: over the item's maxLength, or over 2,000 characters, counted trimmed", () => {
    expect(codes({ ...complete, name: "x".repeat(21) })).toEqual(["name: too-long"]);
    expect(codes({ ...complete, name: ` ${"x".repeat(20)} ` })).toEqual([]);
    expect(codes({ ...complete, story: "x".repeat(2001) })).toEqual(["story: too-long"]);
  });

  it("out-of-range: numbers outside minValue and maxValue", () => {
    expect(codes({ ...complete, perDay: 0 })).toEqual(["perDay: out-of-range"]);
    expect(codes({ ...complete, perDay: 81 })).toEqual(["perDay: out-of-range"]);
    expect(codes({ ...complete, perDay: 80, bmi: 12 })).toEqual([]);
    expect(codes({ ...complete, bmi: 11.9 })).toEqual(["bmi: out-of-range"]);
    expect(codes({ ...complete, height: 250.1 })).toEqual(["height: out-of-range"]);
  });

  it("says what to do, in plain English", () => {
    const messages = Object.fromEntries(
      validateResponse(questionnaire, {
        smokes: true,
        what: "pipe",
        perDay: 100,
        bmi: 5,
        height: 300,
        started: "soon",
        name: "x".repeat(30),
        story: "x".repeat(3000),
        extra: 1,
      }).map((p) => [p.linkId, p.message]),
    );
    expect(messages).toEqual({
      what: "Select one of the answers given",
      perDay: "Enter a number between 1 and 80",
      bmi: "Enter a number of 12 or more",
      height: "Enter a number of 250 or less",
      started: "Enter a real date, like 2026-03-27",
      name: "Your answer must be 20 characters or fewer",
      story: "Your answer must be 2,000 characters or fewer",
      extra: "This is not one of the questions",
    });
  });

  it("reads anything that is not an object of answers as no answers, without crashing", () => {
    for (const notAnObject of [null, undefined, "smokes", 42]) {
      expect(codes(notAnObject as unknown as Record<string, unknown>)).toEqual([
        "smokes: required",
      ]);
    }
  });

  it("is deterministic: the same answers in any key order give the same problems", () => {
    const a = validateResponse(questionnaire, { zz: 1, smokes: "no", aa: 2 });
    const b = validateResponse(questionnaire, { aa: 2, smokes: "no", zz: 1 });
    expect(a).toEqual(b);
  });

  it("becomes field problems with the linkId as path and the code kept", () => {
    expect(responseFieldProblems(validateResponse(questionnaire, {}))).toEqual([
      { path: "smokes", code: "required", message: "Select yes or no" },
    ]);
  });
});
