import { describe, expect, it } from "vitest";
import { cancelReasonText } from "./cancel-reason.ts";

describe("cancelReasonText", () => {
  it("sends the chosen reason's words", () => {
    expect(cancelReasonText("feeling-better", "ignored")).toEqual({
      ok: true,
      reason: "I am feeling better",
    });
  });
  it("asks for a reason when none is chosen", () => {
    expect(cancelReasonText("", "")).toMatchObject({ ok: false, fieldId: "reason-not-needed" });
  });
  it("needs the patient's words for another reason, trimmed", () => {
    expect(cancelReasonText("other", "  ")).toMatchObject({
      ok: false,
      fieldId: "reason-other-text",
    });
    expect(cancelReasonText("other", " Car broke down ")).toEqual({
      ok: true,
      reason: "Car broke down",
    });
  });
});
