import type { PhbApplicationView } from "@front-door/contracts";
import {
  findPhbRoute,
  formatPounds,
  type HoldingPreference,
  type PhbStage,
  phbOffers,
  type ReconsiderationSubject,
} from "@front-door/domain";

/** The words a person sees for the PHB journey's codes. */

export const holdingLabels: Record<HoldingPreference, { label: string; hint: string }> = {
  notional: {
    label: "Notional budget",
    hint: "The ICB holds the money and arranges the care and support you agree together.",
  },
  "third-party": {
    label: "Third-party budget",
    hint: "An organisation independent of you and the NHS holds the money and arranges the care for you.",
  },
  "direct-payment": {
    label: "Direct payment",
    hint: "The money is paid to you, or to someone acting for you, to buy the care and support in your plan. You keep records and the account is checked.",
  },
  mix: {
    label: "A mix of these",
    hint: "Part of the money held one way and part another: the parts add up to the whole budget.",
  },
  "not-sure": {
    label: "I'm not sure yet",
    hint: "The PHB team will talk the choices through with you.",
  },
};

export const stageLabels: Record<PhbStage, string> = {
  requested: "Application received",
  "information-requested": "Waiting for your answer",
  eligible: "Eligible",
  assessed: "Needs assessed",
  "budget-set": "Indicative budget set",
  planning: "Care and support plan",
  "plan-agreed": "Plan agreed",
  "in-place": "Budget in place",
  reconsideration: "Being reconsidered",
  "not-eligible": "Not eligible",
  withdrawn: "Withdrawn",
  ended: "Ended",
};

/** nhsuk-tag colours: closed is grey, your move is yellow, done is green, the rest blue. */
export function stageTagClass(stage: PhbStage, withWhom: "you" | "team" | "nobody"): string {
  if (stage === "withdrawn" || stage === "ended" || stage === "not-eligible")
    return "nhsuk-tag nhsuk-tag--grey";
  if (withWhom === "you") return "nhsuk-tag nhsuk-tag--yellow";
  if (stage === "in-place") return "nhsuk-tag nhsuk-tag--green";
  return "nhsuk-tag nhsuk-tag--blue";
}

export const reconsiderationLabels: Record<ReconsiderationSubject, string> = {
  refusal: "The decision that I am not eligible",
  "line-left-out": "Something I need was left out of the plan",
  reduction: "The budget was reduced, or is less than I need",
  "direct-payment-refused": "I was refused a direct payment",
};

/** Amounts are whole pence from the API: "£1,234.56". */
export const pounds = (pence: number) => formatPounds(pence);

/** "Whoever it is for" in the second person, or by name when applying for someone else. */
export function forWhom(view: Pick<PhbApplicationView, "forSomeoneElse">): string {
  return view.forSomeoneElse
    ? `${view.forSomeoneElse.name} (your ${view.forSomeoneElse.relationship.toLowerCase()})`
    : "You";
}

/** "240 KB", "2.4 MB": a file's size as people read it. */
export function documentSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** A route's name from any ICB's offer: the list of applications carries only its id. */
export function routeName(routeId: string): string {
  for (const offer of phbOffers) {
    const route = findPhbRoute(offer, routeId);
    if (route) return route.name;
  }
  return routeId;
}
