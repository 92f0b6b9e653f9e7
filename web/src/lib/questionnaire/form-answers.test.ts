import { parseReferralQuestionnaire, validateResponse } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  answerMessage,
  answersFromForm,
  answersToSend,
  dateAnswer,
  enabledItems,
  formValuesFromAnswers,
} from "./form-answers.ts";

/** One of each kind of item, with a group and follow-ups, like the catalogue's questionnaires. */
const questionnaire = parseReferralQuestionnaire({
  id: "every-kind",
  version: 1,
  title: "Every kind of question",
  item: [
    { linkId: "intro", text: "About you", type: "display" },
    {
      linkId: "area",
      text: "Where is it?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "back", display: "Back" },
        { code: "knee", display: "Knee" },
      ],
    },
    {
      linkId: "backChecks",
      text: "Your back",
      type: "group",
      enableWhen: [{ question: "area", operator: "=", answer: "back" }],
      item: [{ linkId: "numb", text: "Numb?", type: "boolean", required: true }],
    },
    { linkId: "injury", text: "Injured?", type: "boolean", required: true },
    {
      linkId: "canUse",
      text: "Can you use it?",
      type: "boolean",
      required: true,
      enableWhen: [{ question: "injury", operator: "=", answer: true }],
    },
    { linkId: "startedOn", text: "When did it start?", type: "date" },
    { linkId: "pain", text: "Pain, 0 to 10", type: "integer", minValue: 0, maxValue: 10 },
    { linkId: "weight", text: "Weight in kg", type: "decimal" },
    { linkId: "gp", text: "GP's name", type: "string" },
    { linkId: "story", text: "Tell us more", type: "text", maxLength: 20 },
  ],
  rules: [],
});

describe("answers from the form", () => {
  it("types each answer as the questionnaire says, and leaves blanks out", () => {
    const answers = answersFromForm(questionnaire, {
      area: "back",
      numb: "no",
      injury: "yes",
      canUse: "no",
      "startedOn:day": "3",
      "startedOn:month": "2",
      "startedOn:year": "2026",
      pain: " 6 ",
      weight: "72.5",
      gp: "   ",
      story: "Sore after work",
    });
    expect(answers).toEqual({
      area: "back",
      numb: false,
      injury: true,
      canUse: false,
      startedOn: "2026-02-03",
      pain: 6,
      weight: 72.5,
      story: "Sore after work",
    });
  });

  it("passes on what is not a number or a date as typed, so validation names the problem", () => {
    const answers = answersFromForm(questionnaire, {
      pain: "six",
      weight: "72,5",
      "startedOn:day": "31",
      "startedOn:month": "2",
      "startedOn:year": "2026",
    });
    expect(answers).toMatchObject({ pain: "six", weight: "72,5", startedOn: "2026-02-31" });
    const codes = Object.fromEntries(
      validateResponse(questionnaire, answers).map((p) => [p.linkId, p.code]),
    );
    expect(codes).toMatchObject({
      pain: "wrong-type",
      weight: "wrong-type",
      startedOn: "wrong-type",
    });
  });

  it("checks ranges and lengths with the same rules as the server", () => {
    const problems = validateResponse(
      questionnaire,
      answersToSend(questionnaire, {
        area: "knee",
        injury: "no",
        pain: "11",
        story: "x".repeat(21),
      }),
    );
    expect(problems.map((p) => [p.linkId, p.code])).toEqual([
      ["pain", "out-of-range"],
      ["story", "too-long"],
    ]);
  });
});

describe("a date from day, month and year boxes", () => {
  it("pads a real date and leaves an empty one unanswered", () => {
    expect(dateAnswer({ day: "7", month: "11", year: "2025" })).toBe("2025-11-07");
    expect(dateAnswer({ day: " ", month: "", year: "" })).toBeUndefined();
  });
  it("keeps a part-typed date, which is not an answer the server would take", () => {
    expect(dateAnswer({ day: "7", month: "", year: "2025" })).toBe("2025--7");
    expect(dateAnswer({ day: "7", month: "11", year: "25" })).toBe("25-11-7");
  });
});

describe("questions that appear and disappear", () => {
  it("shows a follow-up only while its condition holds", () => {
    expect(enabledItems(questionnaire, { injury: "no" }).has("canUse")).toBe(false);
    expect(enabledItems(questionnaire, { injury: "yes" }).has("canUse")).toBe(true);
    expect([...enabledItems(questionnaire, { area: "back" })]).toContain("numb");
    expect([...enabledItems(questionnaire, { area: "knee" })]).not.toContain("backChecks");
    expect([...enabledItems(questionnaire, { area: "knee" })]).not.toContain("numb");
  });

  it("does not send an answer to a question that no longer applies", () => {
    // Numb was answered while the area was the back; then the patient chose the knee.
    const sent = answersToSend(questionnaire, {
      area: "knee",
      numb: "yes",
      injury: "no",
      canUse: "no",
    });
    expect(sent).toEqual({ area: "knee", injury: false });
    expect(validateResponse(questionnaire, sent)).toEqual([]);
  });

  it("finds required questions left blank only among those that apply", () => {
    const problems = validateResponse(
      questionnaire,
      answersToSend(questionnaire, { area: "back" }),
    );
    expect(problems.map((p) => [p.linkId, p.code])).toEqual([
      ["numb", "required"],
      ["injury", "required"],
    ]);
  });
});

describe("messages", () => {
  const date = questionnaire.item.find((item) => item.linkId === "startedOn");
  const pain = questionnaire.item.find((item) => item.linkId === "pain");
  it("speaks of a date as the patient typed it, not as it is sent", () => {
    expect(
      answerMessage(date, { code: "wrong-type", message: "Enter a real date, like 2026-03-27" }),
    ).toBe("Enter a real date, for example 27 3 2026");
  });
  it("keeps the shared message everywhere else", () => {
    expect(
      answerMessage(pain, { code: "out-of-range", message: "Enter a number between 0 and 10" }),
    ).toBe("Enter a number between 0 and 10");
    expect(answerMessage(undefined, { message: "Select a service from the list" })).toBe(
      "Select a service from the list",
    );
  });
});

describe("earlier answers into the form", () => {
  it("fills each box so that reading the form back gives the same answers", () => {
    const earlier = {
      area: "back",
      numb: false,
      injury: true,
      canUse: true,
      startedOn: "2026-02-03",
      pain: 6,
      weight: 81.5,
      gp: "Dr Khan",
      story: "Worse at night",
    };
    const values = formValuesFromAnswers(questionnaire, earlier);
    expect(values).toMatchObject({
      numb: "no",
      injury: "yes",
      "startedOn:day": "3",
      "startedOn:month": "2",
      "startedOn:year": "2026",
      pain: "6",
      weight: "81.5",
    });
    expect(answersFromForm(questionnaire, values)).toEqual(earlier);
  });

  it("ignores answers to questions it does not ask, and malformed dates", () => {
    expect(
      formValuesFromAnswers(questionnaire, { shoeSize: 9, intro: "x", startedOn: "3 Feb" }),
    ).toEqual({});
  });
});
