import type { FieldProblem } from "../errors.ts";
import { isValidNhsNumber, normaliseNhsNumber } from "../nhs-number.ts";
import { isLocalDate, londonToday } from "../scheduling/london-time.ts";
import type { HoldingPreference } from "./holding.ts";
import { findPhbRoute, type PhbOffer } from "./offer.ts";
import type { PhbCase } from "./phb-case.ts";
import { stageDueBy } from "./stage-clock.ts";

export const maxApplicationOutcomes = 5;

/** The person the budget is for, when someone applies for a person they care for. */
export interface CaredForPerson {
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  relationship: string;
  /** Whether the applicant is the person's representative (may agree the plan for them). */
  isRepresentative: boolean;
}

/** What a person tells the ICB when they apply. Contact details come from their profile. */
export interface PhbApplicationDetails {
  routeId: string;
  forSomeoneElse?: CaredForPerson;
  currentSupport: { description: string; providedBy: string }[];
  outcomes: string[];
  holdingPreference: HoldingPreference;
}

/** Problems a schema cannot see: the route against this ICB's offer, the NHS number's check. */
export function applicationProblems(
  details: PhbApplicationDetails,
  offer: PhbOffer,
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!findPhbRoute(offer, details.routeId)) {
    problems.push({
      path: "routeId",
      message: `${offer.icbName} does not offer personal health budgets by that route`,
      code: "unknown-route",
    });
  }
  if (details.outcomes.length === 0 || details.outcomes.length > maxApplicationOutcomes) {
    problems.push({
      path: "outcomes",
      message: `Give between 1 and ${maxApplicationOutcomes} outcomes`,
      code: "outcome-count",
    });
  }
  details.outcomes.forEach((outcome, index) => {
    if (outcome.trim() === "") {
      problems.push({ path: `outcomes.${index}`, message: "Enter the outcome", code: "required" });
    }
  });
  const person = details.forSomeoneElse;
  if (person) {
    if (!isValidNhsNumber(person.nhsNumber)) {
      problems.push({
        path: "forSomeoneElse.nhsNumber",
        message: "Enter a valid 10-digit NHS number",
        code: "bad-nhs-number",
      });
    }
    if (!isLocalDate(person.dateOfBirth) || person.dateOfBirth > londonToday(now)) {
      problems.push({
        path: "forSomeoneElse.dateOfBirth",
        message: "Enter a real date of birth in the past",
        code: "bad-date",
      });
    }
    for (const field of ["givenName", "familyName", "relationship"] as const) {
      if (person[field].trim() === "") {
        problems.push({ path: `forSomeoneElse.${field}`, message: "Enter this", code: "required" });
      }
    }
  }
  return problems;
}

/** A new case from a complete application: the 28-day clock starts now. */
export function newPhbCase(details: PhbApplicationDetails, offer: PhbOffer, now: Date): PhbCase {
  const at = now.toISOString();
  const phb: PhbCase = {
    icbId: offer.icbId,
    routeId: details.routeId,
    stage: "requested",
    completedAt: at,
    stageEnteredAt: at,
    informationRequests: [],
    plans: [],
    holdingPreference: details.holdingPreference,
    reviews: [],
  };
  const dueBy = stageDueBy("requested", now, phb, offer.targets);
  return dueBy ? { ...phb, dueBy } : phb;
}

export function normalisedCaredFor(person: CaredForPerson): CaredForPerson {
  return { ...person, nhsNumber: normaliseNhsNumber(person.nhsNumber) ?? person.nhsNumber };
}
