import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "./questionnaire-load.ts";
import {
  answersFromResponse,
  structuredAnswers,
  toQuestionnaireResponse,
} from "./questionnaire-response.ts";

const questionnaire = loadQuestionnaire({
  id: "q",
  version: 3,
  title: "Q",
  item: [
    { linkId: "intro", text: "Read this first", type: "display" },
    {
      linkId: "where",
      text: "Where?",
      type: "choice",
      answerOption: [
        { code: "back", display: "Lower back" },
        { code: "knee", display: "Knee" },
      ],
    },
    {
      linkId: "backGroup",
      text: "Your back",
      type: "group",
      enableWhen: [{ question: "where", operator: "=", answer: "back" }],
      item: [{ linkId: "numb", text: "Numb?", type: "boolean" }],
    },
    { linkId: "score", text: "Score", type: "integer" },
    { linkId: "bmi", text: "BMI", type: "decimal" },
    { linkId: "since", text: "Since", type: "date" },
    { linkId: "story", text: "Tell us", type: "text" },
  ],
  rules: [],
});

const answers = {
  where: "back",
  numb: false,
  score: 7,
  bmi: 31.5,
  since: "2026-01-05",
  story: "  Jane Smith says it is worse at night  ",
};
const authored = new Date("2026-03-27T09:30:00.000Z");

describe("toQuestionnaireResponse", () => {
  it("builds a FHIR QuestionnaireResponse, nested by group, with the question text as asked", () => {
    expect(toQuestionnaireResponse(questionnaire, answers, authored)).toEqual({
      resourceType: "QuestionnaireResponse",
      questionnaire: "q|3",
      status: "completed",
      authored: "2026-03-27T09:30:00.000Z",
      item: [
        {
          linkId: "where",
          text: "Where?",
          answer: [{ valueCoding: { code: "back", display: "Lower back" } }],
        },
        {
          linkId: "backGroup",
          text: "Your back",
          item: [{ linkId: "numb", text: "Numb?", answer: [{ valueBoolean: false }] }],
        },
        { linkId: "score", text: "Score", answer: [{ valueInteger: 7 }] },
        { linkId: "bmi", text: "BMI", answer: [{ valueDecimal: 31.5 }] },
        { linkId: "since", text: "Since", answer: [{ valueDate: "2026-01-05" }] },
        {
          linkId: "story",
          text: "Tell us",
          answer: [{ valueString: "Jane Smith says it is worse at night" }],
        },
      ],
    });
  });

  it("leaves out questions that do not apply, empty groups, displays and stray keys", () => {
    const response = toQuestionnaireResponse(
      questionnaire,
      { where: "knee", numb: true, intro: "x", stray: 1 },
      authored,
      "in-progress",
    );
    expect(response.status).toBe("in-progress");
    expect(response.item.map((item) => item.linkId)).toEqual(["where"]);
  });
});

describe("structuredAnswers", () => {
  it("keeps the structured answers for audit, and never the free text", () => {
    const kept = structuredAnswers(questionnaire, { ...answers, stray: "Jane Smith" });
    expect(kept).toEqual({ where: "back", numb: false, score: 7, bmi: 31.5, since: "2026-01-05" });
    expect(JSON.stringify(kept)).not.toContain("Jane");
  });
});

describe("answersFromResponse", () => {
  it("reads a stored response back into the answers the form takes", () => {
    const response = toQuestionnaireResponse(questionnaire, answers, authored);
    expect(answersFromResponse(questionnaire, response)).toEqual({
      ...answers,
      story: "Jane Smith says it is worse at night",
    });
  });

  it("keeps only answers the questionnaire still asks for, of the same type, still valid", () => {
    const later = loadQuestionnaire({
      id: "q",
      version: 4,
      title: "Q",
      item: [
        // "back" is no longer an option; "score" is now a date; "bmi" has gone.
        {
          linkId: "where",
          text: "Where?",
          type: "choice",
          answerOption: [
            { code: "knee", display: "Knee" },
            { code: "hip", display: "Hip" },
          ],
        },
        { linkId: "score", text: "Score", type: "date" },
        { linkId: "since", text: "Since", type: "date" },
        { linkId: "story", text: "Tell us", type: "string", maxLength: 10 },
        { linkId: "numb", text: "Numb?", type: "boolean" },
      ],
      rules: [],
    });
    const response = toQuestionnaireResponse(questionnaire, answers, authored);
    expect(answersFromResponse(later, response)).toEqual({ since: "2026-01-05", numb: false });
  });
});
