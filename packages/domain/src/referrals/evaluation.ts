import { InvalidInput } from "../errors.ts";
import type { LocalDate } from "../scheduling/london-time.ts";
import {
  type Advice,
  type ContactRoute,
  emergencyAdvice,
  ifUnsureRoutes,
} from "../triage/advice.ts";
import { type FreeTextEmergency, freeTextAdvice, screenWords } from "../triage/free-text.ts";
import type { Urgency } from "../triage/red-flags.ts";
import { ageOn } from "./age.ts";
import type { RawReferralAnswers } from "./answers.ts";
import { conditionsHold, readAnswers } from "./enablement.ts";
import type { LoadedQuestionnaire } from "./questionnaire-load.ts";
import {
  type EligibilityRule,
  emergencyOutcomeKinds,
  flattenItems,
  freeTextTypes,
  type RuleOutcomeKind,
  ruleOutcomeKinds,
} from "./questionnaire-model.ts";
import { responseFieldProblems, validateResponse } from "./response-validation.ts";
import type { SelfReferralService } from "./self-referral-service.ts";

/** What the evaluation needs to know about the person, from their record. */
export interface SelfReferralPatient {
  dateOfBirth: LocalDate;
  /** The ICB of their registered GP practice. */
  icbId: string;
}

export interface Diversion {
  reasonCode: string;
  reason: string;
  signpost: string;
}

/**
 * `matched` lists every reason code that applied (age, catchment, then rules in the order
 * written), for the audit record and for counting unmet demand. It holds no free text.
 */
export type SelfReferralEvaluation =
  | {
      kind: "eligible";
      matched: [];
      /** Words that read as an emergency, which the patient said they did not mean: urgent. */
      urgent?: FreeTextEmergency;
    }
  | ({ kind: "ineligible"; route: "see-gp" | "other"; matched: string[] } & Diversion)
  | {
      kind: "emergency";
      advice: Advice;
      matched: string[];
      /** Present when the patient's own words raised it (ids only, never the words). */
      freeText?: FreeTextEmergency;
    }
  | ({ kind: "urgent-same-day"; ifUnsure: ContactRoute[]; matched: string[] } & Diversion);

const urgencyOf: Partial<Record<RuleOutcomeKind, Urgency>> = {
  "emergency-999": "call-999",
  "emergency-ae": "go-to-a-and-e",
  "emergency-mental-health-crisis": "mental-health-crisis",
};

/** Why the referral stops here: people who are only blocked tend to try again without saying. */
const whyNotReferred: Record<Urgency, string> = {
  "call-999":
    "You cannot refer yourself for this, because you need help sooner than this service can give.",
  "go-to-a-and-e":
    "You cannot refer yourself for this, because you need help sooner than this service can give.",
  "mental-health-crisis":
    "Please get help now, rather than waiting for a referral. You do not have to cope with this alone.",
};

function ageRangeWords(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `aged ${min} to ${max}`;
  if (min !== undefined) return `aged ${min} and over`;
  return `aged ${max} and under`;
}

/**
 * Age and catchment: whether this person may refer themselves at all. Asked before the
 * questionnaire, so nobody answers questions for a service that cannot take them.
 */
export function whoMayRefer(
  service: SelfReferralService,
  patient: SelfReferralPatient,
  today: LocalDate,
): (Diversion & { route: "see-gp" | "other" }) | undefined {
  const { minAgeYears: min, maxAgeYears: max } = service.whoCanRefer;
  const age = ageOn(patient.dateOfBirth, today);
  const tooYoung = min !== undefined && age < min;
  const tooOld = max !== undefined && age > max;
  if (tooYoung || tooOld) {
    return {
      route: "see-gp",
      reasonCode: tooYoung ? "below-minimum-age" : "above-maximum-age",
      reason: `${service.name} takes self-referrals from people ${ageRangeWords(min, max)}.`,
      signpost: service.whoCanRefer.outsideAgeSignpost,
    };
  }
  if (!service.whoCanRefer.catchmentIcbIds.includes(patient.icbId)) {
    return {
      route: "other",
      reasonCode: "outside-catchment",
      reason: `${service.name} takes self-referrals from people registered with a GP practice in ${service.whoCanRefer.catchmentName}.`,
      signpost:
        "Search for a self-referral service near where you are registered, or ask your GP practice.",
    };
  }
  return undefined;
}

const severity = (rule: EligibilityRule) => ruleOutcomeKinds.indexOf(rule.outcome);

/**
 * Decides where a self-referral goes, on the server, from the answers alone: the browser's
 * own verdict is never sent or trusted.
 *
 * 1. Answers that are malformed (unknown linkIds, wrong types, answers to questions that do
 *    not apply, options not offered, text too long, numbers out of range): InvalidInput.
 * 2. Emergency rules (999, A&E, mental health crisis) that hold on the answers given divert at
 *    once, before age, catchment or missing answers: advice never waits on the rest of the
 *    form, and a sign of an emergency is never hidden behind "not eligible".
 * 3. Age, then catchment.
 * 4. Required answers missing: InvalidInput.
 * 5. The most severe rule that holds (urgent same-day, then see your GP, then other), the
 *    first written among equals; otherwise eligible.
 *
 * Rules never compare free text (loadQuestionnaire refuses any that does). After the emergency
 * rules, the free-text answers are screened with the shared emergency phrases: a match diverts
 * as an emergency rule would, unless the patient has said that is not what they meant; then
 * an eligible referral goes on marked urgent. Matched phrases are kept as "free-text:<id>".
 */
export function evaluateSelfReferral(
  service: SelfReferralService,
  questionnaire: LoadedQuestionnaire,
  answers: RawReferralAnswers,
  patient: SelfReferralPatient,
  today: LocalDate,
  options: { freeTextNotEmergency?: boolean } = {},
): SelfReferralEvaluation {
  if (questionnaire.id !== service.questionnaire.id) {
    throw new Error(`Questionnaire "${questionnaire.id}" does not belong to "${service.id}"`);
  }
  const problems = validateResponse(questionnaire, answers);
  const malformed = problems.filter((problem) => problem.code !== "required");
  if (malformed.length > 0) {
    throw new InvalidInput("Check your answers", responseFieldProblems(malformed));
  }

  const read = readAnswers(questionnaire, answers).answers;
  const held = questionnaire.rules.filter((rule) => conditionsHold(rule.when, rule.behavior, read));
  const ruleCodes = held.map((rule) => rule.reasonCode);

  const emergencies = held.filter((rule) => emergencyOutcomeKinds.includes(rule.outcome));
  if (emergencies.length > 0) {
    const concerns = emergencies.map((rule) => ({
      urgency: urgencyOf[rule.outcome] ?? "call-999",
      reason: rule.reason,
    }));
    return {
      kind: "emergency",
      advice: emergencyAdvice(concerns, whyNotReferred),
      matched: ruleCodes,
    };
  }

  const fields: Record<string, string> = {};
  for (const { item } of flattenItems(questionnaire.item)) {
    const value = read.get(item.linkId);
    if (freeTextTypes.includes(item.type) && typeof value === "string") fields[item.linkId] = value;
  }
  const words = screenWords(fields);
  if (words && !options.freeTextNotEmergency) {
    return {
      kind: "emergency",
      advice: freeTextAdvice(words, whyNotReferred),
      matched: [...ruleCodes, ...words.phraseIds.map((id) => `free-text:${id}`)],
      freeText: words,
    };
  }

  const notForThem = whoMayRefer(service, patient, today);
  if (notForThem) {
    return { kind: "ineligible", ...notForThem, matched: [notForThem.reasonCode, ...ruleCodes] };
  }

  if (problems.length > 0) {
    throw new InvalidInput("Answer every question", responseFieldProblems(problems));
  }

  const [decisive] = [...held].sort((a, b) => severity(a) - severity(b));
  if (!decisive) return { kind: "eligible", matched: [], ...(words ? { urgent: words } : {}) };
  const diversion = {
    reasonCode: decisive.reasonCode,
    reason: decisive.reason,
    signpost: decisive.signpost,
  };
  switch (decisive.outcome) {
    case "urgent-same-day":
      return {
        kind: "urgent-same-day",
        ...diversion,
        ifUnsure: [...ifUnsureRoutes],
        matched: ruleCodes,
      };
    case "ineligible-see-gp":
      return { kind: "ineligible", route: "see-gp", ...diversion, matched: ruleCodes };
    case "ineligible-other":
      return { kind: "ineligible", route: "other", ...diversion, matched: ruleCodes };
    default:
      throw new Error(`Rule "${decisive.reasonCode}" has outcome ${decisive.outcome} here`);
  }
}
