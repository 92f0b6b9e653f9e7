import { describe, expect, it } from "vitest";
import { isValidUkPostcode, parseUkPostcode } from "./postcode.ts";

describe("UK postcode", () => {
  it.each([
    ["M1 1AE", "AN NAA"],
    ["B33 8TH", "ANN NAA"],
    ["CR2 6XH", "AAN NAA"],
    ["DN55 1PT", "AANN NAA"],
    ["W1A 0AX", "ANA NAA"],
    ["EC1A 1BB", "AANA NAA"],
  ])("accepts %s (%s)", (postcode) => {
    expect(isValidUkPostcode(postcode)).toBe(true);
  });

  it("normalises case and spacing and gives the district", () => {
    expect(parseUkPostcode("  ls14ap ")).toEqual({
      postcode: "LS1 4AP",
      outcode: "LS1",
      area: "LS",
    });
    expect(parseUkPostcode("LS12   3HN")?.outcode).toBe("LS12");
  });

  it.each(["LS1 4AC", "LS1 4IA", "LS1 4KA", "LS1 4AM", "LS1 4OA", "LS1 4AV"])(
    "refuses inward letters Royal Mail never uses: %s",
    (postcode) => {
      expect(isValidUkPostcode(postcode)).toBe(false);
    },
  );

  it.each(["", "LS1", "LS1 4A", "1LS 4AP", "LS1 4AP X", "L$1 4AP"])("refuses %j", (postcode) => {
    expect(isValidUkPostcode(postcode)).toBe(false);
  });
});
