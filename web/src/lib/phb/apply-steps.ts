import type { PhbApplicationRequest, PhbDraft } from "@front-door/contracts";
import {
  applicationProblems,
  type FieldProblem,
  maxApplicationOutcomes,
  type PhbOffer,
} from "@front-door/domain";

/**
 * The application, one thing per page (the NHS pattern), in the order a person would tell it.
 * Each page saves the draft on the server, so a reload or another device picks up where they were.
 */
export const applySteps = ["who", "route", "support", "outcomes", "money", "documents"] as const;
export type ApplyStep = (typeof applySteps)[number];

export const phbBase = "/personal-health-budgets/";
export const applyBase = `${phbBase}apply/`;
export const checkHref = `${applyBase}check/`;
export const stepHref = (step: ApplyStep, changing = false) =>
  `${applyBase}${step}/${changing ? "?change=1" : ""}`;

/** Where Continue goes: the next page, or back to check your answers after a change. */
export function nextHref(step: ApplyStep, changing: boolean): string {
  const next = applySteps[applySteps.indexOf(step) + 1];
  return changing || !next ? checkHref : stepHref(next);
}

export function backHref(step: ApplyStep, changing: boolean): string {
  if (changing) return checkHref;
  const previous = applySteps[applySteps.indexOf(step) - 1];
  return previous ? stepHref(previous) : phbBase;
}

/** Which page asks for the field an API error names ("forSomeoneElse.nhsNumber" → who). */
export function stepOfPath(path: string): ApplyStep | undefined {
  const head = path.split(".")[0];
  switch (head) {
    case "forSomeoneElse":
      return "who";
    case "routeId":
      return "route";
    case "currentSupport":
      return "support";
    case "outcomes":
      return "outcomes";
    case "holdingPreference":
      return "money";
    case "documentIds":
      return "documents";
    default:
      return undefined;
  }
}

const filled = (text: string | undefined) => (text ?? "").trim() !== "";

/** The application as it would be sent: blank boxes left out, defaults where nothing was said. */
export function requestOf(draft: PhbDraft): PhbApplicationRequest {
  const person = draft.forSomeoneElse;
  return {
    routeId: draft.routeId ?? "",
    ...(person
      ? {
          forSomeoneElse: {
            nhsNumber: person.nhsNumber ?? "",
            givenName: person.givenName ?? "",
            familyName: person.familyName ?? "",
            dateOfBirth: person.dateOfBirth ?? "",
            relationship: person.relationship ?? "",
            isRepresentative: person.isRepresentative ?? false,
          },
        }
      : {}),
    currentSupport: (draft.currentSupport ?? []).filter(
      (s) => filled(s.description) || filled(s.providedBy),
    ),
    outcomes: (draft.outcomes ?? []).filter(filled),
    holdingPreference: draft.holdingPreference ?? "not-sure",
    documentIds: (draft.documents ?? []).map((d) => d.documentId),
  };
}

/**
 * What is wrong on this page: the same checks the server makes when the application is sent
 * (the domain's own), plus the choices this page must have. Paths as the API would name them.
 */
export function stepProblems(
  step: ApplyStep,
  draft: PhbDraft,
  offer: PhbOffer,
  now: Date,
): FieldProblem[] {
  const request = requestOf(draft);
  const own: FieldProblem[] = [];
  if (step === "route" && !draft.routeId) {
    own.push({ path: "routeId", message: "Select why you may have a budget", code: "required" });
  }
  if (step === "money" && !draft.holdingPreference) {
    own.push({
      path: "holdingPreference",
      message: "Select how you would like to hold the money, or that you are not sure",
      code: "required",
    });
  }
  if (
    step === "who" &&
    draft.forSomeoneElse &&
    draft.forSomeoneElse.isRepresentative === undefined
  ) {
    own.push({
      path: "forSomeoneElse.isRepresentative",
      message: "Select yes if you are their representative",
      code: "required",
    });
  }
  if (step === "support") {
    request.currentSupport.forEach((support, index) => {
      if (!filled(support.description)) {
        own.push({
          path: `currentSupport.${index}.description`,
          message: "Enter the support they give",
          code: "required",
        });
      }
      if (!filled(support.providedBy)) {
        own.push({
          path: `currentSupport.${index}.providedBy`,
          message: "Enter who provides it",
          code: "required",
        });
      }
    });
  }
  const shared = applicationProblems(request, offer, now).filter(
    // The route page says "select"; the domain's "not offered" is for a route that vanished.
    (problem) => stepOfPath(problem.path) === step && !(step === "route" && own.length > 0),
  );
  return [...own, ...shared];
}

export { maxApplicationOutcomes };
