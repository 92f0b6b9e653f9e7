import { describe, expect, it } from "vitest";
import { poundsForInput, readPounds } from "./money.ts";

describe("amounts typed in pounds", () => {
  it("turns pounds and pence into whole pence without rounding errors", () => {
    expect(readPounds("12,345.67", "budget")).toEqual({ ok: true, pence: 1_234_567 });
    expect(readPounds("£ 250", "budget")).toEqual({ ok: true, pence: 25_000 });
    expect(readPounds("0.1", "budget")).toEqual({ ok: true, pence: 10 });
    // 1.15 * 100 is 114.99999999999999 in floating point: the digits are read, not multiplied.
    expect(readPounds("1.15", "budget")).toEqual({ ok: true, pence: 115 });
  });

  it("leaves zero and negative amounts for the API to refuse with its own message", () => {
    expect(readPounds("0", "budget")).toEqual({ ok: true, pence: 0 });
    expect(readPounds("-10", "budget")).toEqual({ ok: true, pence: -1000 });
  });

  it("refuses what is not a number, naming the field", () => {
    expect(readPounds("", "annual cost")).toEqual({
      ok: false,
      message: "Enter the annual cost in pounds",
    });
    for (const typed of ["ten pounds", "12.345", "1e6", "12..3", "NaN", "Infinity"]) {
      expect(readPounds(typed, "annual cost")).toEqual({
        ok: false,
        message: "Enter the annual cost as a number of pounds, like 12,345.67",
      });
    }
  });

  it("shows pence back as pounds for editing", () => {
    expect(poundsForInput(1_234_567)).toBe("12345.67");
    expect(poundsForInput(25_000)).toBe("250");
    expect(poundsForInput(5)).toBe("0.05");
  });
});
