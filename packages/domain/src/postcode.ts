import { parse } from "postcode";

export interface UkPostcode {
  /** Upper case with one space: "LS1 4AP". */
  postcode: string;
  /** The outward code, also called the postcode district: "LS1". */
  outcode: string;
  /** The postcode area: "LS". */
  area: string;
}

/**
 * Parses a UK postcode with the maintained `postcode` package (tested by its authors against
 * the ONS Postcode Directory) instead of a home-made pattern. Shape only: a well-formed
 * postcode may still not exist.
 */
export function parseUkPostcode(input: string): UkPostcode | undefined {
  const result = parse(input.trim());
  if (!result.valid) return undefined;
  // The package accepts any letter in the inward code; Royal Mail never uses C, I, K, M, O or V
  // there (they look like digits or each other in handwriting).
  if (/[CIKMOV]/.test(result.unit)) return undefined;
  return { postcode: result.postcode, outcode: result.outcode, area: result.area };
}

export function isValidUkPostcode(input: string): boolean {
  return parseUkPostcode(input) !== undefined;
}
