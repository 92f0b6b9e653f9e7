import { addDays, type LocalDate } from "../scheduling/london-time.ts";

/**
 * NHS England collects PHB numbers by financial quarter: Q1 is April to June, Q4 January to
 * March. A quarter is named like "2026-27-Q3" (October to December 2026).
 */
export interface FinancialQuarter {
  id: string;
  /** "2026-27 Q3 (October to December 2026)": for people. */
  label: string;
  start: LocalDate;
  end: LocalDate;
  /** The quarter's counter name in the PHB counts: `Q` and its first month, sortable. */
  counterName: string;
}

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const pad = (n: number) => String(n).padStart(2, "0");

function quarterStarting(year: number, month: number): FinancialQuarter {
  const financialYear = month >= 4 ? year : year - 1;
  const number = month >= 4 ? (month - 4) / 3 + 1 : 4;
  const yearName = `${financialYear}-${pad((financialYear + 1) % 100)}`;
  const start = `${year}-${pad(month)}-01`;
  const nextStart = month === 10 ? `${year + 1}-01-01` : `${year}-${pad(month + 3)}-01`;
  return {
    id: `${yearName}-Q${number}`,
    label: `${yearName} Q${number} (${months[month - 1]} to ${months[month + 1]} ${year})`,
    start,
    end: addDays(nextStart, -1),
    counterName: `Q${year}-${pad(month)}`,
  };
}

/** The financial quarter a London date falls in. */
export function financialQuarterOf(date: LocalDate): FinancialQuarter {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return quarterStarting(year, month - ((month - 1) % 3));
}

export const financialQuarterPattern = /^(\d{4})-(\d{2})-Q([1-4])$/;

/** A quarter from its id ("2026-27-Q3"), or undefined when the id is not a real quarter. */
export function financialQuarterById(id: string): FinancialQuarter | undefined {
  const match = financialQuarterPattern.exec(id);
  if (!match) return undefined;
  const first = Number(match[1]);
  if (Number(match[2]) !== (first + 1) % 100) return undefined;
  const number = Number(match[3]);
  return number === 4 ? quarterStarting(first + 1, 1) : quarterStarting(first, 1 + number * 3);
}
