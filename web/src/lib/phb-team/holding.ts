import {
  actionActors,
  actionStages,
  formatPounds,
  type HoldingArrangement,
  type HoldingPart,
  type PhbActionType,
  type PhbStage,
} from "@front-door/domain";
import { readPounds } from "./money.ts";

/** What the holding form's fields hold, all as typed. */
export interface TypedHolding {
  way: string;
  organisation: string;
  agreementAccepted: boolean;
  accountSetUp: boolean;
  /** A mix: the pounds for each way; an empty box leaves that way out. */
  mix: { notional: string; thirdParty: string; directPayment: string };
}

export interface HoldingMessage {
  /** The form field the message belongs on. */
  field: "way" | "organisation" | "mix-notional" | "mix-third-party" | "mix-direct-payment";
  message: string;
}

/**
 * The arrangement to send, or what to fix first. A mix must add up to the budget exactly: said
 * here in pounds, and checked again by the API.
 */
export function readHolding(
  typed: TypedHolding,
  budgetPence: number,
): { arrangement: HoldingArrangement } | { messages: HoldingMessage[] } {
  const direct = { agreementAccepted: typed.agreementAccepted, accountSetUp: typed.accountSetUp };
  switch (typed.way) {
    case "notional":
      return { arrangement: { way: "notional" } };
    case "third-party":
      return { arrangement: { way: "third-party", organisation: typed.organisation.trim() } };
    case "direct-payment":
      return { arrangement: { way: "direct-payment", ...direct } };
    case "mix":
      break;
    default:
      return { messages: [{ field: "way", message: "Choose how the money is held" }] };
  }
  const parts: HoldingPart[] = [];
  const messages: HoldingMessage[] = [];
  const boxes = [
    ["notional", typed.mix.notional, "mix-notional"],
    ["third-party", typed.mix.thirdParty, "mix-third-party"],
    ["direct-payment", typed.mix.directPayment, "mix-direct-payment"],
  ] as const;
  for (const [way, text, field] of boxes) {
    if (text.trim() === "") continue;
    const amount = readPounds(text, "amount");
    if (!amount.ok) {
      messages.push({ field, message: amount.message });
      continue;
    }
    parts.push(
      way === "third-party"
        ? { way, annualPence: amount.pence, organisation: typed.organisation.trim() }
        : { way, annualPence: amount.pence },
    );
  }
  if (messages.length) return { messages };
  if (parts.length < 2) {
    return {
      messages: [{ field: "mix-notional", message: "Enter amounts for at least two ways" }],
    };
  }
  const total = parts.reduce((sum, part) => sum + part.annualPence, 0);
  if (total !== budgetPence) {
    return {
      messages: [
        {
          field: "mix-notional",
          message: `The parts add up to ${formatPounds(total)}: they must add up to the budget, ${formatPounds(budgetPence)}, exactly`,
        },
      ],
    };
  }
  const hasDirect = parts.some((part) => part.way === "direct-payment");
  return {
    arrangement: { way: "mix", parts, ...(hasDirect ? { directPayment: direct } : {}) },
  };
}

/** The team's actions possible at a stage, from the domain's own table. */
export function teamActionsAt(stage: PhbStage): PhbActionType[] {
  return (Object.keys(actionStages) as PhbActionType[]).filter(
    (action) => actionActors[action].includes("team") && actionStages[action].includes(stage),
  );
}
