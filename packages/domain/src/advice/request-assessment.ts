import { type FieldProblem, InvalidInput } from "../errors.ts";
import { normaliseAnswer } from "../referrals/answers.ts";
import { readAnswers } from "../referrals/enablement.ts";
import { type LoadedQuestionnaire, loadQuestionnaire } from "../referrals/questionnaire-load.ts";
import { type AnswerValue, flattenItems, freeTextTypes } from "../referrals/questionnaire-model.ts";
import { validateResponse } from "../referrals/response-validation.ts";
import { type FieldsScreeningOutcome, screenFields } from "../screening/fields.ts";
import { type Advice, emergencyAdvice } from "../triage/advice.ts";
import { type RedFlagId, redFlags, type Urgency } from "../triage/red-flags.ts";
import { adviceEmergencySigns } from "./emergency-signs.data.ts";
import type { PracticeSettings } from "./practice-settings.ts";
import { requestQuestionnaires } from "./request-questionnaires.data.ts";
import {
  categoryOf,
  type RequestCategory,
  type RequestType,
  requestTypes,
} from "./request-types.ts";

/** Several problems in one request, but not a list without end: a practice reads each. */
export const maxProblemsPerRequest = 3;
/** The patient's own words for one problem, or one reply. */
export const maxProblemTextLength = 5_000;

export interface ProblemInput {
  type: RequestType;
  answers: Readonly<Record<string, unknown>>;
  description: string;
}

export interface EmergencyCheck {
  population: "adult" | "child";
  /** What the patient ticked from the list; empty means "none of these". */
  signs: readonly string[];
}

export interface AcceptedProblem {
  type: RequestType;
  answers: Record<string, AnswerValue>;
  description: string;
}

export type RequestAssessment =
  | { kind: "diverted"; redFlags: RedFlagId[]; advice: Advice }
  | {
      kind: "accepted";
      category: RequestCategory;
      problems: AcceptedProblem[];
      /** An emergency in the patient's own words: the request is kept, flagged urgent. */
      screening: FieldsScreeningOutcome;
      advice?: Advice;
    };

const loaded = new Map<RequestType, LoadedQuestionnaire>(
  requestTypes.map((type) => [type, loadQuestionnaire(requestQuestionnaires[type])]),
);

const divertedBecause: Readonly<Record<Urgency, string>> = {
  "call-999":
    "You cannot send this to your practice online, because you need help sooner than they can reply.",
  "go-to-a-and-e":
    "You cannot send this to your practice online, because you need help sooner than they can reply.",
  "mental-health-crisis":
    "Please get help now, rather than waiting for your practice to reply. You do not have to cope with this alone.",
};

/** Said when free text raised a flag: the request is sent, but nobody should wait for it. */
export const keptButUrgent: Readonly<Record<Urgency, string>> = {
  "call-999":
    "We have sent your request to your practice and marked it urgent, but do not wait for their reply.",
  "go-to-a-and-e":
    "We have sent your request to your practice and marked it urgent, but do not wait for their reply.",
  "mental-health-crisis":
    "We have sent your message to your practice and marked it urgent, but please do not wait for their reply.",
};

/** What free text raised, as advice with the same routes as every other diversion. */
export function screeningAdvice(screening: FieldsScreeningOutcome): Advice | undefined {
  if (screening.kind === "clear") return undefined;
  const flags = [...new Set(screening.matches.map((match) => match.redFlag))];
  return emergencyAdvice(
    flags.map((flag) => ({
      urgency: redFlags[flag].urgency,
      reason: "What you wrote suggests you may need urgent help.",
    })),
    keptButUrgent,
  );
}

function problemProblems(
  problem: ProblemInput,
  index: number,
  settings: PracticeSettings,
): FieldProblem[] {
  const at = `problems.${index}`;
  if (!settings.enabledTypes.includes(problem.type)) {
    return [
      {
        path: `${at}.type`,
        code: "type-not-offered",
        message: "Your practice does not take this type of request online",
      },
    ];
  }
  const found: FieldProblem[] = [];
  const text = problem.description.trim();
  if (text === "")
    found.push({
      path: `${at}.description`,
      code: "required",
      message: "Tell us about it in your own words",
    });
  if (text.length > maxProblemTextLength) {
    found.push({
      path: `${at}.description`,
      code: "too-long",
      message: `Use ${maxProblemTextLength.toLocaleString("en-GB")} characters or fewer`,
    });
  }
  const questionnaire = loaded.get(problem.type) as LoadedQuestionnaire;
  for (const p of validateResponse(questionnaire, problem.answers)) {
    found.push({ path: `${at}.answers.${p.linkId}`, code: p.code, message: p.message });
  }
  return found;
}

/** The free text of a problem (own words and text answers), by field path, for screening. */
function freeTextFields(problems: readonly AcceptedProblem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  problems.forEach((problem, i) => {
    fields[`problems.${i}.description`] = problem.description;
    for (const { item } of flattenItems(requestQuestionnaires[problem.type].item)) {
      const value = problem.answers[item.linkId];
      if (freeTextTypes.includes(item.type) && typeof value === "string") {
        fields[`problems.${i}.answers.${item.linkId}`] = value;
      }
    }
  });
  return fields;
}

/**
 * Checks a new request: the emergency signs first (any ticked: divert, nothing is sent), then
 * each problem, then screens every word the patient wrote. Throws InvalidInput with every
 * field problem at once.
 */
export function assessAdviceRequest(
  check: EmergencyCheck,
  problems: readonly ProblemInput[],
  settings: PracticeSettings,
): RequestAssessment {
  const allowed: readonly string[] = adviceEmergencySigns[check.population];
  const unknown = check.signs.filter((sign) => !allowed.includes(sign));
  if (unknown.length > 0) {
    throw new InvalidInput("Choose from the signs listed", [
      {
        path: "emergencyCheck.signs",
        code: "not-an-option",
        message: "Select the signs from the list, or none of these",
      },
    ]);
  }
  if (check.signs.length > 0) {
    const flags = check.signs as RedFlagId[];
    return {
      kind: "diverted",
      redFlags: flags,
      advice: emergencyAdvice(
        flags.map((flag) => ({ urgency: redFlags[flag].urgency, reason: redFlags[flag].reason })),
        divertedBecause,
      ),
    };
  }
  if (problems.length === 0 || problems.length > maxProblemsPerRequest) {
    throw new InvalidInput(`Send between 1 and ${maxProblemsPerRequest} problems in one request`, [
      {
        path: "problems",
        code: "problem-count",
        message: `You can ask about up to ${maxProblemsPerRequest} problems in one request. Send another request for the rest.`,
      },
    ]);
  }
  const found = problems.flatMap((problem, i) => problemProblems(problem, i, settings));
  if (found.length > 0) throw new InvalidInput("Check your request", found);

  const accepted = problems.map((problem) => {
    const questionnaire = loaded.get(problem.type) as LoadedQuestionnaire;
    const { answers } = readAnswers(questionnaire, problem.answers);
    return {
      type: problem.type,
      answers: Object.fromEntries([...answers].map(([id, value]) => [id, normaliseAnswer(value)])),
      description: problem.description.trim(),
    };
  });
  const screening = screenFields(freeTextFields(accepted));
  const advice = screeningAdvice(screening);
  return {
    kind: "accepted",
    category: accepted.some((problem) => categoryOf(problem.type) === "medical")
      ? "medical"
      : "admin",
    problems: accepted,
    screening,
    ...(advice ? { advice } : {}),
  };
}

/** A patient's reply: their own words, checked and screened like the request. */
export function assessPatientReply(text: string): {
  text: string;
  screening: FieldsScreeningOutcome;
  advice?: Advice;
} {
  const trimmed = text.trim();
  if (trimmed === "")
    throw new InvalidInput("Write your reply", [
      { path: "text", code: "required", message: "Write your reply" },
    ]);
  if (trimmed.length > maxProblemTextLength) {
    throw new InvalidInput("Your reply is too long", [
      {
        path: "text",
        code: "too-long",
        message: `Use ${maxProblemTextLength.toLocaleString("en-GB")} characters or fewer`,
      },
    ]);
  }
  const screening = screenFields({ text: trimmed });
  const advice = screeningAdvice(screening);
  return { text: trimmed, screening, ...(advice ? { advice } : {}) };
}
