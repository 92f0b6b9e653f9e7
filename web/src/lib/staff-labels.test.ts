import { describe, expect, it } from "vitest";
import { appointmentActionDone, needsTags, nhsNumberDigits, patientName } from "./staff-labels.ts";

const none = { britishSignLanguage: false, easyRead: false, largePrint: false };

describe("staff labels", () => {
  it("turns communication needs into tags, interpreter first with the language", () => {
    expect(
      needsTags({
        ...none,
        interpreterLanguage: "Urdu",
        britishSignLanguage: true,
        easyRead: true,
        largePrint: true,
        accessibilityNeeds: "Wheelchair user",
      }),
    ).toEqual(["Interpreter: Urdu", "BSL", "Easy read", "Large print", "Access needs"]);
    expect(needsTags(none)).toEqual([]);
  });

  it("names the patient by their preferred name when they gave one", () => {
    expect(patientName({ name: { given: "Thomas", family: "Whitaker" } })).toBe("Thomas Whitaker");
    expect(
      patientName({ name: { given: "Thomas", family: "Whitaker" }, preferredName: "Tom" }),
    ).toBe("Tom Whitaker");
  });

  it("says what an action did, in the receptionist's words", () => {
    expect(appointmentActionDone("Tom Whitaker", "check-in")).toBe("Tom Whitaker checked in");
    expect(appointmentActionDone("Tom Whitaker", "mark-no-show")).toBe(
      "Tom Whitaker marked as did not attend",
    );
    expect(appointmentActionDone("Tom Whitaker", "cancel")).toBe(
      "Tom Whitaker’s appointment cancelled",
    );
  });

  it("accepts an NHS number typed with spaces or hyphens", () => {
    expect(nhsNumberDigits(" 999 000 1383 ")).toBe("9990001383");
    expect(nhsNumberDigits("999-000-1383")).toBe("9990001383");
  });
});
