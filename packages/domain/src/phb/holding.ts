import { amountProblem } from "./money.ts";

/** The ways to hold the money, all of which an ICB must offer. */
export const holdingWays = ["notional", "third-party", "direct-payment", "mix"] as const;
export type HoldingWay = (typeof holdingWays)[number];
/** What a patient may say they would like: one of the ways, or not sure yet. */
export type HoldingPreference = HoldingWay | "not-sure";

export type HoldingPart =
  | { way: "notional"; annualPence: number }
  | { way: "third-party"; annualPence: number; organisation: string }
  | { way: "direct-payment"; annualPence: number };

export type HoldingArrangement =
  | { way: "notional" }
  | { way: "third-party"; organisation: string }
  | { way: "direct-payment"; agreementAccepted: boolean; accountSetUp: boolean }
  | {
      way: "mix";
      parts: readonly HoldingPart[];
      /** Only when a part is a direct payment. */
      directPayment?: { agreementAccepted: boolean; accountSetUp: boolean };
    };

export interface HoldingProblem {
  path: string;
  message: string;
  code: string;
}

/** A mix must split the budget exactly, with each way once and every part a real amount. */
export function holdingProblems(
  arrangement: HoldingArrangement,
  budgetPence: number,
): HoldingProblem[] {
  if (arrangement.way === "third-party" && arrangement.organisation.trim() === "") {
    return [{ path: "organisation", message: "Enter the organisation", code: "required" }];
  }
  if (arrangement.way !== "mix") return [];
  const problems: HoldingProblem[] = [];
  if (arrangement.parts.length < 2) {
    problems.push({ path: "parts", message: "A mix needs at least two ways", code: "too-few" });
  }
  const seen = new Set<string>();
  arrangement.parts.forEach((part, index) => {
    if (seen.has(part.way)) {
      problems.push({
        path: `parts.${index}.way`,
        message: "Use each way once in a mix",
        code: "repeated",
      });
    }
    seen.add(part.way);
    if (amountProblem(part.annualPence)) {
      problems.push({
        path: `parts.${index}.annualPence`,
        message: "Enter a whole number of pence greater than 0",
        code: "bad-amount",
      });
    }
    if (part.way === "third-party" && part.organisation.trim() === "") {
      problems.push({
        path: `parts.${index}.organisation`,
        message: "Enter the organisation",
        code: "required",
      });
    }
  });
  if (seen.has("direct-payment") && !arrangement.directPayment) {
    problems.push({
      path: "directPayment",
      message: "Say whether the direct payment agreement is accepted and the account set up",
      code: "required",
    });
  }
  const total = arrangement.parts.reduce((sum, part) => sum + part.annualPence, 0);
  if (problems.length === 0 && total !== budgetPence) {
    problems.push({
      path: "parts",
      message: `The parts add up to ${total} pence; they must add up to the budget, ${budgetPence} pence, exactly`,
      code: "does-not-add-up",
    });
  }
  return problems;
}

/** Ready to go live: a direct payment needs its agreement accepted and its account set up. */
export function holdingReady(arrangement: HoldingArrangement): boolean {
  const direct =
    arrangement.way === "direct-payment"
      ? arrangement
      : arrangement.way === "mix"
        ? arrangement.directPayment
        : undefined;
  return direct ? direct.agreementAccepted && direct.accountSetUp : true;
}
