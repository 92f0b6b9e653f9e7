/**
 * NHS number rules: ten digits, the last a Modulus 11 check digit. Stored as a string of
 * digits; shown 3-3-4. People type spaces (and sometimes hyphens) so input may have them.
 */

const weights = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** Strips the separators people type; returns undefined unless ten digits remain. */
export function normaliseNhsNumber(input: string): string | undefined {
  const compact = input.trim().replace(/[\s-]/g, "");
  return /^\d{10}$/.test(compact) ? compact : undefined;
}

/** The Modulus 11 check digit for the first nine digits, or undefined when none exists (10). */
export function nhsCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!digits) return false;
  const check = nhsCheckDigit(digits.slice(0, 9));
  return check !== undefined && check === Number(digits[9]);
}

/** 999 000 0000 to 999 999 9999 is reserved for testing and never issued to a person. */
export function isTestRangeNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  return digits?.startsWith("999") ?? false;
}

/** "9434765919" → "943 476 5919". */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
