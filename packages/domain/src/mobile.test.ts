import { describe, expect, it } from "vitest";
import { formatUkMobile, isValidUkMobile, normaliseUkMobile } from "./mobile.ts";

describe("UK mobile number", () => {
  it.each([
    ["07700 900123", "+447700900123"],
    ["07700900123", "+447700900123"],
    ["+44 7700 900123", "+447700900123"],
    ["+44 (0)7700 900123", "+447700900123"],
    ["0044 7700 900123", "+447700900123"],
    ["447700900123", "+447700900123"],
    ["07624 123456", "+447624123456"],
    ["07700-900-123", "+447700900123"],
  ])("normalises %j to E.164", (input, expected) => {
    expect(normaliseUkMobile(input)).toBe(expected);
  });

  it.each([
    ["0113 496 0000", "a landline"],
    ["07012 345678", "personal numbering (070)"],
    ["07623 123456", "a pager (076)"],
    ["0770090012", "too short"],
    ["077009001234", "too long"],
    ["+33 6 12 34 56 78", "a French mobile"],
    ["", "empty"],
    ["seven seven", "words"],
  ])("refuses %j (%s)", (input) => {
    expect(isValidUkMobile(input)).toBe(false);
  });

  it("formats E.164 for reading back", () => {
    expect(formatUkMobile("+447700900123")).toBe("07700 900123");
  });
});
