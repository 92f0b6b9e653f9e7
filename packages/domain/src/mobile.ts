/**
 * UK mobile numbers. Accepts what people type (07700 900123, +44 7700 900123,
 * 0044 (0)7700-900123) and normalises to E.164 (+447700900123), which SMS gateways need.
 *
 * 07 numbers that are not mobiles are refused: 070 (personal numbering) and 076 (pagers),
 * except 07624, which is the Isle of Man's mobile range.
 */
export function normaliseUkMobile(input: string): string | undefined {
  let compact = input.trim().replace(/[\s\-().]/g, "");
  if (compact.startsWith("+44")) compact = `0${compact.slice(3)}`;
  else if (compact.startsWith("0044")) compact = `0${compact.slice(4)}`;
  else if (compact.startsWith("44") && compact.length === 12) compact = `0${compact.slice(2)}`;
  // "+44 (0)7700 900123": the bracketed trunk zero survives as a doubled 0.
  if (compact.startsWith("007")) compact = compact.slice(1);
  if (!/^07\d{9}$/.test(compact)) return undefined;
  if (compact.startsWith("070")) return undefined;
  if (compact.startsWith("076") && !compact.startsWith("07624")) return undefined;
  return `+44${compact.slice(1)}`;
}

export function isValidUkMobile(input: string): boolean {
  return normaliseUkMobile(input) !== undefined;
}

/** "+447700900123" → "07700 900123", the way people read it back. */
export function formatUkMobile(e164: string): string {
  const national = `0${e164.slice(3)}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}
