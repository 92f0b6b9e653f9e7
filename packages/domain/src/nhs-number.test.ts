import { describe, expect, it } from "vitest";
import {
  formatNhsNumber,
  isTestRangeNhsNumber,
  isValidNhsNumber,
  nhsCheckDigit,
  normaliseNhsNumber,
} from "./nhs-number.ts";

describe("NHS number", () => {
  it("accepts the documented valid example with or without spaces", () => {
    expect(isValidNhsNumber("9434765919")).toBe(true);
    expect(isValidNhsNumber("943 476 5919")).toBe(true);
    expect(isValidNhsNumber(" 943-476-5919 ")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidNhsNumber("9434765918")).toBe(false);
  });

  it("maps a remainder giving 11 to check digit 0", () => {
    const firstNine = findFirstNine((sum) => sum % 11 === 0);
    expect(nhsCheckDigit(firstNine)).toBe(0);
    expect(isValidNhsNumber(`${firstNine}0`)).toBe(true);
    expect(isValidNhsNumber(`${firstNine}1`)).toBe(false);
  });

  it("treats a check value of 10 as invalid whatever the last digit", () => {
    const firstNine = findFirstNine((sum) => 11 - (sum % 11) === 10);
    expect(nhsCheckDigit(firstNine)).toBeUndefined();
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`${firstNine}${d}`)).toBe(false);
  });

  it("rejects wrong lengths, letters and empty input", () => {
    for (const bad of [
      "",
      "943476591",
      "94347659190",
      "94347659I9",
      "abcdefghij",
      "943 476 59 19x",
    ]) {
      expect(isValidNhsNumber(bad), bad).toBe(false);
    }
  });

  it("keeps leading zeros because it is a string", () => {
    expect(normaliseNhsNumber("010 000 0000")).toBe("0100000000");
  });

  it("recognises the 999 test range and formats 3-3-4", () => {
    expect(isTestRangeNhsNumber("999 000 0018")).toBe(true);
    expect(isValidNhsNumber("9990000018")).toBe(true);
    expect(isTestRangeNhsNumber("9434765919")).toBe(false);
    expect(formatNhsNumber("9434765919")).toBe("943 476 5919");
  });
});

/** The first nine-digit prefix whose weighted sum (weights 10..2) passes the test. */
function findFirstNine(test: (weightedSum: number) => boolean): string {
  for (let n = 100000000; n < 100001000; n++) {
    const candidate = String(n);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(candidate[i]) * (10 - i);
    if (test(sum)) return candidate;
  }
  throw new Error("no candidate found");
}
