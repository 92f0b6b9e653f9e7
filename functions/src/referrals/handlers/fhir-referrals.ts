import type { Principal, routes } from "@front-door/contracts";
import { NotFound } from "@front-door/domain";
import {
  adviceQuestionnaireResponseOf,
  questionnaireResponseOf,
  type ReferralForFhir,
  serviceRequestOf,
} from "@front-door/fhir";
import type { RouteHandler } from "@front-door/lambda";
import { getPatient, getReferral, getSite } from "@front-door/store";
import { readableAdviceForFhir } from "../../advice/handlers/advice-fhir.ts";
import { type ReferralDeps, serviceName } from "./referral-shared.ts";

const fhirJson = { "content-type": "application/fhir+json; charset=utf-8" };

/**
 * The referral for its own patient or the receiving site's staff; to anyone else it does not
 * exist (404), as with the other referral routes.
 */
async function readableReferral(
  deps: ReferralDeps,
  principal: Extract<Principal, { role: "patient" | "receptionist" | "clinician" }>,
  referralId: string,
): Promise<ReferralForFhir> {
  const referral = await findReadableReferral(deps, principal, referralId);
  if (!referral) throw new NotFound("There is no referral with that id you can see");
  return referral;
}

async function findReadableReferral(
  deps: ReferralDeps,
  principal: Extract<Principal, { role: "patient" | "receptionist" | "clinician" }>,
  referralId: string,
): Promise<ReferralForFhir | undefined> {
  const found = await getReferral(deps.db, deps.tableName, referralId);
  const referral = found?.referral;
  const allowed =
    referral &&
    (principal.role === "patient"
      ? referral.patientId === principal.patientId
      : referral.siteId === principal.siteId);
  if (!referral || !allowed) return undefined;
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
  };
}

export function makeFhirServiceRequest(
  deps: ReferralDeps,
): RouteHandler<typeof routes.fhirServiceRequest> {
  return async ({ principal, params }) => ({
    body: { ...serviceRequestOf(await readableReferral(deps, principal, params.referralId)) },
    headers: fhirJson,
  });
}

export function makeFhirQuestionnaireResponse(
  deps: ReferralDeps,
): RouteHandler<typeof routes.fhirQuestionnaireResponse> {
  return async ({ principal, params }) => {
    // The answers of a self-referral, else of an online GP advice request (ids never clash:
    // both are random UUIDs), each for whoever may read its record.
    const referral = await findReadableReferral(deps, principal, params.referralId);
    if (referral) return { body: { ...questionnaireResponseOf(referral) }, headers: fhirJson };
    const advice = await readableAdviceForFhir(deps, principal, params.referralId);
    if (!advice) throw new NotFound("There is no questionnaire response with that id you can see");
    return { body: { ...adviceQuestionnaireResponseOf(advice) }, headers: fhirJson };
  };
}
