/** Money in a PHB is whole pence a year: no floating point ever touches an amount. */

/** £10 million a year: far above any real budget, so anything larger is a typing mistake. */
export const maxAnnualPence = 1_000_000_000;

export type AmountProblem = "not-whole-pence" | "not-positive" | "too-large";

export function amountProblem(pence: number): AmountProblem | undefined {
  if (!Number.isSafeInteger(pence)) return "not-whole-pence";
  if (pence <= 0) return "not-positive";
  if (pence > maxAnnualPence) return "too-large";
  return undefined;
}

export const amountMessages: Record<AmountProblem, string> = {
  "not-whole-pence": "Enter the amount in whole pence",
  "not-positive": "Enter an amount greater than 0",
  "too-large": "Enter an amount of £10 million a year or less",
};

/** "£12,345.67" for people: amounts stay integers until shown. */
export function formatPounds(pence: number): string {
  const pounds = Math.floor(pence / 100).toLocaleString("en-GB");
  return `£${pounds}.${String(pence % 100).padStart(2, "0")}`;
}
