import { describe, expect, it } from "vitest";
import { mergeFlaggedWords, patientWords, screenPatientWords } from "./patient-words.ts";

const application = {
  outcomes: ["Stay in my own home", "I want to end my life"],
  currentSupport: [{ description: "Carers twice a day", providedBy: "Leeds City Council" }],
};

describe("screening a PHB applicant's own words", () => {
  it("gathers every field, leaving out blank ones", () => {
    expect(patientWords({ application, answer: "  ", comments: "More hours please" })).toEqual([
      "Stay in my own home",
      "I want to end my life",
      "Carers twice a day",
      "More hours please",
    ]);
  });

  it("flags an outcome with categories and field names only, and gives crisis advice", () => {
    const screened = screenPatientWords({ application }, "2026-12-08T10:00:00.000Z");
    expect(screened?.flagged).toEqual({
      at: "2026-12-08T10:00:00.000Z",
      categories: ["suicide-or-self-harm"],
      fields: ["outcomes.1"],
    });
    expect(JSON.stringify(screened?.flagged)).not.toContain("end my life");
    expect(screened?.advice.action).toBe("mental-health-crisis");
    expect(screened?.advice.crisisSupport.length).toBeGreaterThan(0);
    expect(screened?.advice.steps.at(-1)).toContain("kept your application");
  });

  it("screens answers, comments and reasons too", () => {
    const screened = screenPatientWords({ reasons: "I have crushing chest pain" }, "t");
    expect(screened?.flagged.fields).toEqual(["reasons"]);
    expect(screened?.advice.action).toBe("call-999");
  });

  it("is clear for ordinary words", () => {
    expect(
      screenPatientWords({ application: { ...application, outcomes: ["Go swimming"] } }, "t"),
    ).toBeUndefined();
  });

  it("merges a later flag into an earlier one", () => {
    expect(
      mergeFlaggedWords(
        { at: "a", categories: ["suicide-or-self-harm"], fields: ["outcomes.0"] },
        { at: "b", categories: ["chest-pain"], fields: ["answer"] },
      ),
    ).toEqual({
      at: "b",
      categories: ["suicide-or-self-harm", "chest-pain"],
      fields: ["outcomes.0", "answer"],
    });
  });
});
