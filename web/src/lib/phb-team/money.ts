/**
 * Money as the team types it (pounds) and as the API takes it (whole pence). Only something that
 * is not a number at all is refused here: zero, negative, absurd and half-pence amounts go to the
 * API, whose field errors are the ones that count.
 */
export type PoundsReading = { ok: true; pence: number } | { ok: false; message: string };

/** "12,345.67", "£12345", "12345.5", "-10" → pence, without floating point. */
export function readPounds(typed: string, label: string): PoundsReading {
  const text = typed.replace(/[£,\s]/g, "");
  if (text === "") return { ok: false, message: `Enter the ${label} in pounds` };
  const match = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `Enter the ${label} as a number of pounds, like 12,345.67`,
    };
  }
  const [, sign = "", pounds = "0", pence = ""] = match;
  const amount = Number(pounds) * 100 + Number(pence.padEnd(2, "0"));
  return { ok: true, pence: sign === "-" ? -amount : amount };
}

/** Pence back into what the field shows: "12345.67", "250" for whole pounds. */
export function poundsForInput(pence: number): string {
  const pounds = Math.trunc(pence / 100);
  const rest = Math.abs(pence % 100);
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, "0")}`;
}
