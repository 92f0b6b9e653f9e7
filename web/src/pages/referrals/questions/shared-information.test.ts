import { describe, expect, it } from "vitest";
import { sharedWithSentence } from "./shared-information.ts";

describe("what the service will see", () => {
  it("lists the details it takes from the patient's record, in their words", () => {
    expect(
      sharedWithSentence("Armley Neighbourhood Health Centre", [
        "name",
        "nhs-number",
        "communication-needs",
      ]),
    ).toBe(
      "Armley Neighbourhood Health Centre will see your answers, and your name, NHS number and communication needs, which we take from Your details.",
    );
    expect(sharedWithSentence("Clifton", ["carer"])).toBe(
      "Clifton will see your answers, and your carer's details, which we take from Your details.",
    );
  });
  it("says only the answers when the service takes nothing else", () => {
    expect(sharedWithSentence("Clifton", [])).toBe("Clifton will see your answers.");
  });
});
