import type { Principal } from "@front-door/contracts";
import { type ReferralStatus, referralStages, referralStatuses } from "@front-door/domain";
import {
  adviceQuestionnaireResponseOf,
  questionnaireResponseOf,
  type ReferralForFhir,
  serviceRequestOf,
  ukCoreProfile,
} from "@front-door/fhir";
import {
  getPatient,
  getReferral,
  getSite,
  type ReferralRecord,
  referralQueue,
  referralsOfPatient,
} from "@front-door/store";
import { readableAdviceForFhir } from "../../advice/handlers/advice-fhir.ts";
import { serviceName } from "../../referrals/handlers/referral-shared.ts";
import { type FhirDeps, type FhirResourceType, FhirSearchError } from "./fhir-resource-type.ts";
import { idsOf, pageOfCandidates, referencedIdsOf, tokensOf } from "./search-value-parsing.ts";

/** The referring patient and the receiving site's staff; to anyone else it does not exist. */
function mayRead(principal: Principal, referral: ReferralRecord): boolean {
  if (principal.role === "patient") return referral.patientId === principal.patientId;
  if (principal.role === "receptionist" || principal.role === "clinician") {
    return referral.siteId === principal.siteId;
  }
  return false;
}

async function referralForFhir(deps: FhirDeps, referral: ReferralRecord): Promise<ReferralForFhir> {
  const [patient, site] = await Promise.all([
    getPatient(deps.db, deps.tableName, referral.patientId),
    getSite(deps.db, deps.tableName, referral.siteId),
  ]);
  return {
    id: referral.id,
    reference: referral.reference,
    status: referral.status,
    ...(referral.priority ? { priority: referral.priority } : {}),
    ...(referral.rejection ? { rejection: referral.rejection } : {}),
    serviceId: referral.serviceId,
    serviceCode: referral.serviceCode,
    serviceName: serviceName(referral.serviceId),
    siteId: referral.siteId,
    siteName: site?.name ?? referral.siteId,
    patient: {
      id: referral.patientId,
      nhsNumber: patient?.nhsNumber ?? "",
      name: patient ? `${patient.name.given} ${patient.name.family}` : "",
    },
    submittedAt: referral.submittedAt,
    updatedAt: referral.updatedAt,
    response: referral.response,
    questionnaire: referral.questionnaire,
    ...(referral.appointmentId ? { appointmentId: referral.appointmentId } : {}),
  };
}

/** A self-referral for its FHIR views, if the caller may read it (one Query of its partition). */
export async function readableReferralForFhir(
  deps: FhirDeps,
  principal: Principal,
  referralId: string,
): Promise<ReferralForFhir | undefined> {
  const referral = (await getReferral(deps.db, deps.tableName, referralId))?.referral;
  if (!referral || !mayRead(principal, referral)) return undefined;
  return referralForFhir(deps, referral);
}

/** Every stage but draft: a draft was never sent, so no service has it. */
const sentStages = referralStages.filter((stage) => stage !== "draft");

/** A self-referral as a UK Core ServiceRequest (the shape BaRS uses for referrals). */
export const serviceRequestType: FhirResourceType = {
  type: "ServiceRequest",
  profile: ukCoreProfile.ServiceRequest,
  async read(deps, principal, id) {
    const referral = await readableReferralForFhir(deps, principal, id);
    return referral ? serviceRequestOf(referral) : undefined;
  },
  search: {
    params: [
      { name: "_id", type: "token", documentation: "The referral's id." },
      {
        name: "patient",
        type: "reference",
        documentation: "Patient/<id>. A patient finds only their own.",
      },
      {
        name: "status",
        type: "token",
        documentation: `FHIR request-status: ${referralStatuses.join(", ")}.`,
      },
    ],
    async run(deps, principal, query) {
      const ids = idsOf(query);
      const patients = referencedIdsOf(query, "patient", "Patient");
      const statuses = tokensOf(query, "status")?.map(({ code }) => {
        if (!(referralStatuses as readonly string[]).includes(code)) {
          throw new FhirSearchError("status", `status is one of ${referralStatuses.join(", ")}`);
        }
        return code as ReferralStatus;
      });
      const candidates = await candidatesOf(deps, principal, ids, patients);
      return pageOfCandidates(candidates, query, async (candidate) => {
        const referral =
          typeof candidate === "string"
            ? (await getReferral(deps.db, deps.tableName, candidate))?.referral
            : candidate;
        const match =
          referral &&
          mayRead(principal, referral) &&
          (!ids || ids.includes(referral.id)) &&
          (!patients || patients.includes(referral.patientId)) &&
          (!statuses || statuses.includes(referral.status));
        return match ? serviceRequestOf(await referralForFhir(deps, referral)) : undefined;
      });
    },
  },
};

/**
 * The referrals a search may match, newest first for a patient: by id; the caller's own; for
 * staff a patient's at their site (that patient's headlines), else their site's queue at every
 * stage but draft (one gsi1 Query a stage).
 */
async function candidatesOf(
  deps: FhirDeps,
  principal: Principal,
  ids: string[] | undefined,
  patients: (string | undefined)[] | undefined,
): Promise<(ReferralRecord | string)[]> {
  if (ids) return [...new Set(ids)];
  if (principal.role === "patient") {
    const own = await referralsOfPatient(deps.db, deps.tableName, principal.patientId);
    return own.map((headline) => headline.referralId);
  }
  if (principal.role !== "receptionist" && principal.role !== "clinician") return [];
  if (patients) {
    const lists = await Promise.all(
      [...new Set(patients.filter((p) => p !== undefined))].map((p) =>
        referralsOfPatient(deps.db, deps.tableName, p),
      ),
    );
    return lists
      .flat()
      .filter((headline) => headline.siteId === principal.siteId)
      .map((headline) => headline.referralId);
  }
  return referralQueue(deps.db, deps.tableName, principal.siteId, sentStages);
}

/** A self-referral's answers, else an online GP advice request's (both ids are random UUIDs). */
export const questionnaireResponseType: FhirResourceType = {
  type: "QuestionnaireResponse",
  profile: ukCoreProfile.QuestionnaireResponse,
  async read(deps, principal, id) {
    const referral = await readableReferralForFhir(deps, principal, id);
    if (referral) return questionnaireResponseOf(referral);
    const advice = await readableAdviceForFhir(deps, principal, id);
    return advice ? adviceQuestionnaireResponseOf(advice) : undefined;
  },
};
