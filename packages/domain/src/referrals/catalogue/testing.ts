import { evaluateSelfReferral, type SelfReferralEvaluation } from "../evaluation.ts";
import { loadQuestionnaire } from "../questionnaire-load.ts";
import type { SelfReferralService } from "../self-referral-service.ts";
import { findSelfReferralService } from "./index.ts";

/** For tests: the catalogue evaluated on a fixed day. */
export const catalogueToday = "2026-03-27";

/** Answers a typical person who belongs in each service would give, by questionnaire id. */
export const typicalAnswers: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "msk-physiotherapy": {
    area: "back",
    saddleNumbness: false,
    bladderBowel: false,
    legWeakness: false,
    feverWithPain: false,
    cancerOrWeightLoss: false,
    injury: false,
    painScore: 6,
    description: "Aching lower back for 6 weeks, worse after work",
  },
  audiology: {
    hasHearingAids: false,
    suddenLoss: false,
    oneEarWorse: false,
    earPainOrDischarge: false,
    vertigo: false,
    pulsatileTinnitus: false,
  },
  podiatry: {
    need: "painful-foot",
    diabetes: false,
    coldOrBlackFoot: false,
    description: "Sore heel",
  },
  "talking-therapies": { mainConcern: "anxiety", suicidalThoughts: false, specialistCare: false },
  "weight-management": {
    bmi: 32,
    pregnant: false,
    eatingDisorder: false,
    weightLossSurgery: false,
  },
  "stop-smoking": { uses: "cigarettes", perDay: 15, pregnant: false },
  "falls-prevention": {
    fallenInLastYear: true,
    fallCount: 2,
    recentFallInjury: false,
    blackoutBeforeFall: false,
    worriedAboutFalling: true,
  },
  "cdc-chest-x-ray": {
    breathingOrChestPain: false,
    coughThreeWeeks: true,
    coughingBlood: false,
    pregnant: false,
    recentChestXRay: false,
  },
};

export function catalogueService(id: string): SelfReferralService {
  const found = findSelfReferralService(id);
  if (!found) throw new Error(`No self-referral service "${id}"`);
  return found;
}

/**
 * Evaluates a service's typical answers with `change` applied (undefined removes an answer),
 * for a patient in the service's first catchment ICB unless `icbId` says otherwise.
 */
export function evaluateCatalogueService(
  id: string,
  change: Readonly<Record<string, unknown>> = {},
  patient: { dateOfBirth?: string; icbId?: string } = {},
): SelfReferralEvaluation {
  const service = catalogueService(id);
  const answers = Object.fromEntries(
    Object.entries({ ...typicalAnswers[service.questionnaire.id], ...change }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  return evaluateSelfReferral(
    service,
    loadQuestionnaire(service.questionnaire),
    answers,
    {
      dateOfBirth: patient.dateOfBirth ?? "1950-05-01",
      icbId: patient.icbId ?? service.whoCanRefer.catchmentIcbIds[0] ?? "",
    },
    catalogueToday,
  );
}
