import type { NewAdviceRequest } from "@front-door/contracts";
import {
  maxProblemsPerRequest,
  type RequestCategory,
  type RequestType,
  requestTypes,
} from "@front-door/domain";
import type { DraftStore } from "../referral-draft.ts";

/**
 * A request to the practice while the patient is still asking it, one question a page. Kept
 * in this tab (sessionStorage, like the session) so a reload or a lapsed sign-in never means
 * starting again, and named by whose it is so nobody signing in later in the tab sees it.
 */

export const adviceSteps = [
  "who",
  "about-them",
  "signs",
  "category",
  "type",
  "questions",
  "words",
  "another",
  "files",
  "contact",
  "check",
] as const;
export type AdviceStep = (typeof adviceSteps)[number];

export interface ProblemDraft {
  category?: RequestCategory;
  type?: RequestType;
  /** The type's questions as the form holds them, by input name, as typed. */
  values: Record<string, string>;
  description: string;
}

export interface ContactDraft {
  method: "phone" | "text" | "email" | "online";
  phone: string;
  times: string;
  preferredClinician: string;
}

export interface AdviceDraft {
  owner: string;
  who?: "self" | "someone-i-care-for";
  them: { name: string; relationship: string; underSixteen?: "yes" | "no" };
  /** Undefined until answered: an empty list is "none of these". */
  signs?: string[];
  problems: ProblemDraft[];
  /** Which problem the category, type, questions and words pages are about. */
  current: number;
  documents: { documentId: string; fileName: string }[];
  contact?: ContactDraft;
  /** The pages so far, the last one showing: Back goes one down. */
  trail: AdviceStep[];
  /** Set by "Change" on the check page: the answer given, go straight back there. */
  returnToCheck: boolean;
}

export function newDraft(owner: string): AdviceDraft {
  return {
    owner,
    them: { name: "", relationship: "" },
    problems: [{ values: {}, description: "" }],
    current: 0,
    documents: [],
    trail: ["who"],
    returnToCheck: false,
  };
}

export function currentStep(draft: AdviceDraft): AdviceStep {
  return draft.trail.at(-1) ?? "who";
}

/** The emergency list that fits: a child under 16 has signs of their own. */
export function populationOf(draft: AdviceDraft): "adult" | "child" {
  return draft.who === "someone-i-care-for" && draft.them.underSixteen === "yes"
    ? "child"
    : "adult";
}

/** The page after `step`, as the answers so far say. */
export function stepAfter(draft: AdviceDraft, step: AdviceStep): AdviceStep {
  // Whoever the request is for decides which emergency signs to ask: never skip them.
  if (draft.signs === undefined && step !== "who" && step !== "about-them") return "signs";
  switch (step) {
    case "who":
      return draft.who === "someone-i-care-for" ? "about-them" : "signs";
    case "about-them":
      return "signs";
    case "category":
      return "type";
    case "type":
      return "questions";
    case "questions":
      return "words";
    default:
      break;
  }
  if (draft.returnToCheck) return "check";
  switch (step) {
    case "signs":
      return "category";
    case "words":
      return draft.problems.length < maxProblemsPerRequest ? "another" : "files";
    case "another":
      return "files";
    case "files":
      return "contact";
    default:
      return "check";
  }
}

/** Moves on from the page showing; answering "who" again asks the signs again. */
export function goForward(draft: AdviceDraft): AdviceDraft {
  const next = stepAfter(draft, currentStep(draft));
  const returnToCheck = next === "check" ? false : draft.returnToCheck;
  return { ...draft, trail: [...draft.trail, next], returnToCheck };
}

export function goBack(draft: AdviceDraft): AdviceDraft {
  if (draft.trail.length <= 1) return draft;
  return { ...draft, trail: draft.trail.slice(0, -1), returnToCheck: false };
}

/** "Change" from the check page: that page, then straight back to check. */
export function changeFrom(draft: AdviceDraft, step: AdviceStep, problem = 0): AdviceDraft {
  return { ...draft, trail: [...draft.trail, step], current: problem, returnToCheck: true };
}

/** "Yes, another problem": a fresh problem, asked from its category. */
export function addProblem(draft: AdviceDraft): AdviceDraft {
  if (draft.problems.length >= maxProblemsPerRequest) return draft;
  const problems = [...draft.problems, { values: {}, description: "" }];
  return {
    ...draft,
    problems,
    current: problems.length - 1,
    trail: [...draft.trail, "category"],
  };
}

export function removeProblem(draft: AdviceDraft, index: number): AdviceDraft {
  if (draft.problems.length <= 1) return draft;
  const problems = draft.problems.filter((_, i) => i !== index);
  return { ...draft, problems, current: 0 };
}

export function updateProblem(
  draft: AdviceDraft,
  change: (problem: ProblemDraft) => ProblemDraft,
): AdviceDraft {
  const problems = draft.problems.map((p, i) => (i === draft.current ? change(p) : p));
  return { ...draft, problems };
}

/**
 * What to send. `answersOf` reads a type's questions from the form values (the questionnaire
 * engine's own reading), so the server sees exactly what the form showed.
 */
export function requestBody(
  draft: AdviceDraft,
  answersOf: (type: RequestType, values: Record<string, string>) => Record<string, unknown>,
): NewAdviceRequest {
  const subject: NewAdviceRequest["subject"] =
    draft.who === "someone-i-care-for"
      ? {
          kind: "someone-i-care-for",
          name: draft.them.name.trim(),
          ...(draft.them.relationship.trim()
            ? { relationship: draft.them.relationship.trim() }
            : {}),
        }
      : { kind: "self" };
  const contact = draft.contact;
  return {
    subject,
    emergencyCheck: { population: populationOf(draft), signs: draft.signs ?? [] },
    problems: draft.problems.flatMap((problem) =>
      problem.type
        ? [
            {
              type: problem.type,
              answers: answersOf(problem.type, problem.values),
              description: problem.description,
            },
          ]
        : [],
    ),
    ...(contact
      ? {
          contact: {
            method: contact.method,
            ...(contact.phone.trim() ? { phone: contact.phone.trim() } : {}),
            ...(contact.times.trim() ? { times: contact.times.trim() } : {}),
            ...(contact.preferredClinician.trim()
              ? { preferredClinician: contact.preferredClinician.trim() }
              : {}),
          },
        }
      : {}),
    documentIds: draft.documents.map((d) => d.documentId),
  };
}

const draftKey = "front-door.advice-draft";

export function saveAdviceDraft(store: DraftStore, draft: AdviceDraft): void {
  store.setItem(draftKey, JSON.stringify(draft));
}

const strings = (value: unknown): value is Record<string, string> =>
  typeof value === "object" &&
  value !== null &&
  Object.values(value).every((v) => typeof v === "string");

function isProblem(value: unknown): value is ProblemDraft {
  const p = value as Partial<ProblemDraft> | null;
  return (
    strings(p?.values) &&
    typeof p?.description === "string" &&
    (p.type === undefined || (requestTypes as readonly string[]).includes(p.type))
  );
}

function isDraft(value: unknown): value is AdviceDraft {
  const d = value as Partial<AdviceDraft> | null;
  return (
    typeof d?.owner === "string" &&
    Array.isArray(d.problems) &&
    d.problems.length > 0 &&
    d.problems.every(isProblem) &&
    typeof d.current === "number" &&
    d.current >= 0 &&
    d.current < d.problems.length &&
    Array.isArray(d.trail) &&
    d.trail.every((s) => (adviceSteps as readonly string[]).includes(s)) &&
    Array.isArray(d.documents) &&
    typeof d.them === "object" &&
    (d.signs === undefined ||
      (Array.isArray(d.signs) && d.signs.every((s) => typeof s === "string")))
  );
}

/** The owner's draft; anyone else's, or one this page cannot read, is removed, not shown. */
export function readAdviceDraft(store: DraftStore, owner: string): AdviceDraft | undefined {
  const raw = store.getItem(draftKey);
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!isDraft(parsed) || parsed.owner !== owner) {
    store.removeItem(draftKey);
    return undefined;
  }
  return parsed;
}

export function clearAdviceDraft(store: DraftStore): void {
  store.removeItem(draftKey);
}

/**
 * How to reach the patient, from their profile (tell us once): the way they agreed to be
 * messaged, their mobile, as the API would choose were the page to send nothing.
 */
export function contactFromProfile(profile: {
  contact: { mobile?: string | undefined; email?: string | undefined };
  consent: { sms: boolean; email: boolean };
}): ContactDraft {
  const mobile = profile.contact.mobile?.trim() ?? "";
  const method: ContactDraft["method"] = profile.consent.sms
    ? "text"
    : profile.consent.email
      ? "email"
      : mobile
        ? "phone"
        : "online";
  return { method, phone: mobile, times: "", preferredClinician: "" };
}
