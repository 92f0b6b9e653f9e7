/**
 * Reading a date typed into the NHS date input (day, month, year boxes) as people type it:
 * "9", "09", "Dec" or "december", a whole "9/12/2026" pasted into the day box. When it cannot
 * be read, the message says what is wrong and which boxes to look at, as the design system asks.
 */

export type DatePart = "day" | "month" | "year";

export const dateParts: readonly DatePart[] = ["day", "month", "year"];

export interface TypedDate {
  day: string;
  month: string;
  year: string;
}

export type DateReading =
  | { ok: true; iso: string }
  | { ok: false; message: string; parts: readonly DatePart[] };

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthNumber(typed: string): number | undefined {
  if (/^\d{1,2}$/.test(typed)) return Number(typed);
  const word = typed.toLowerCase().replace(/\.$/, "");
  if (word.length < 3) return undefined;
  const index = monthNames.findIndex((name) => name.startsWith(word));
  return index === -1 ? undefined : index + 1;
}

/** A whole date typed into the day box ("9/12/2026", "9.12.26", "2026-12-09") split into parts. */
function splitWholeDate(typed: TypedDate): TypedDate {
  if (typed.month || typed.year) return typed;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed.day);
  if (iso) return { day: iso[3] ?? "", month: iso[2] ?? "", year: iso[1] ?? "" };
  const pieces = typed.day.split(/[/.\-\s]+/).filter(Boolean);
  if (pieces.length !== 3) return typed;
  const [day = "", month = "", year = ""] = pieces;
  return { day, month, year };
}

function listParts(parts: readonly DatePart[]): string {
  return parts.length === 2 ? `${parts[0]} and ${parts[1]}` : (parts[0] ?? "");
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(month: number, year: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (monthLengths[month - 1] ?? 31);
}

/**
 * `label` is how messages name the date, starting with a capital ("Start date"): messages read
 * "Enter the start date", "Start date must include a year".
 */
export function readTypedDate(raw: TypedDate, label: string): DateReading {
  const typed = splitWholeDate({
    day: raw.day.trim(),
    month: raw.month.trim(),
    year: raw.year.trim(),
  });
  const missing = dateParts.filter((part) => typed[part] === "");
  if (missing.length === 3) {
    return { ok: false, message: `Enter the ${label.toLowerCase()}`, parts: dateParts };
  }
  if (missing.length > 0) {
    return { ok: false, message: `${label} must include a ${listParts(missing)}`, parts: missing };
  }
  const wrong: DatePart[] = [];
  const day = /^\d{1,2}$/.test(typed.day) ? Number(typed.day) : Number.NaN;
  const month = monthNumber(typed.month);
  const year = /^\d{4}$/.test(typed.year) ? Number(typed.year) : Number.NaN;
  if (!(day >= 1 && day <= 31)) wrong.push("day");
  if (!(month !== undefined && month >= 1 && month <= 12)) wrong.push("month");
  if (Number.isNaN(year)) wrong.push("year");
  if (wrong.length > 1) {
    return { ok: false, message: `${label} must be a real date, like 24 11 2026`, parts: wrong };
  }
  const [only] = wrong;
  if (only === "day") {
    return { ok: false, message: `${label}: the day must be a number from 1 to 31`, parts: wrong };
  }
  if (only === "month") {
    return {
      ok: false,
      message: `${label}: the month must be a number from 1 to 12`,
      parts: wrong,
    };
  }
  if (only === "year") {
    return {
      ok: false,
      message: `${label}: the year must have 4 numbers, like 2026`,
      parts: wrong,
    };
  }
  const m = month ?? 0;
  if (day > daysIn(m, year)) {
    const name = monthNames[m - 1] ?? "";
    return {
      ok: false,
      message: `${label} must be a real date: ${name.charAt(0).toUpperCase()}${name.slice(1)} ${year} has ${daysIn(m, year)} days`,
      parts: ["day"],
    };
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return { ok: true, iso: `${year}-${pad(m)}-${pad(day)}` };
}

/** "2026-11-24" → the boxes as a person would have typed them: 24, 11, 2026. */
export function typedFromIso(iso: string): TypedDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return { day: "", month: "", year: "" };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? "" };
}
