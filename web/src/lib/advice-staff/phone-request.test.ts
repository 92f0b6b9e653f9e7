import { describe, expect, it } from "vitest";
import { answerFieldId, answersFromForm, phoneFieldId, questionsFor } from "./phone-request.ts";

const values = (entries: Record<string, string>) => ({
  get: (name: string) => entries[name] ?? null,
  getAll: (name: string) => (entries[name] ? [entries[name]] : []),
});

describe("a request taken on the phone", () => {
  it("asks the same questions the online form asks for the type", () => {
    expect(questionsFor("new-problem").map((q) => q.linkId)).toEqual([
      "howLong",
      "gettingWorse",
      "triedSelfCare",
    ]);
  });

  it("reads yes/no as booleans, choices as codes, and leaves out what was not answered", () => {
    expect(
      answersFromForm(
        "new-problem",
        values({
          [answerFieldId("howLong")]: "days",
          [answerFieldId("gettingWorse")]: "no",
          [answerFieldId("triedSelfCare")]: "",
        }),
      ),
    ).toEqual({ howLong: "days", gettingWorse: false });
  });

  it("puts each API error on its input", () => {
    expect(phoneFieldId("nhsNumber")).toBe("nhsNumber");
    expect(phoneFieldId("problems.0.answers.howLong")).toBe("answer-howLong");
    expect(phoneFieldId("problems.0.description")).toBe("description");
  });
});
