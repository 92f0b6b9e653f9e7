import { InvalidInput } from "../errors.ts";
import { isLocalDate, type LocalDate } from "../scheduling/london-time.ts";

/**
 * Age in whole years on a day, from the calendar dates alone (no clocks, no time zones: pass
 * London's today). A birthday counts from its start. Someone born on 29 February turns a year
 * older on 1 March in a year with no 29 February, as in English law: on 28 February their
 * birthday has not yet come.
 */
export function ageOn(dateOfBirth: LocalDate, today: LocalDate): number {
  if (!isLocalDate(dateOfBirth)) {
    throw new InvalidInput("Date of birth is not a real date", [
      { path: "dateOfBirth", message: "Enter a real date of birth" },
    ]);
  }
  if (!isLocalDate(today)) throw new Error(`"${today}" is not a date like 2026-03-29`);
  if (dateOfBirth > today) {
    throw new InvalidInput("Date of birth is in the future", [
      { path: "dateOfBirth", message: "Date of birth must be in the past" },
    ]);
  }
  const [birthYear, birthMonthDay] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(5)];
  const [year, monthDay] = [Number(today.slice(0, 4)), today.slice(5)];
  // "MM-DD" strings sort as dates do, and "02-28" < "02-29" < "03-01".
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}
