import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  ReferralPriority,
  ReferralStatus,
  Rejection,
} from "@front-door/domain";
import type {
  QuestionnaireResponse as FhirQuestionnaireResponse,
  QuestionnaireResponseItem as FhirQuestionnaireResponseItem,
  Patient,
  Reference,
  ServiceRequest,
} from "@medplum/fhirtypes";
import { ukCoreProfile } from "./uk-core-profiles.ts";

/** Where this deployment's own identifiers and codes live (a placeholder domain until go-live). */
export const frontDoorSystem = "https://fhir.front-door.nhs.example";
export const nhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

/** What the FHIR view of a self-referral is made from: the stored referral and its context. */
export interface ReferralForFhir {
  id: string;
  reference: string;
  status: ReferralStatus;
  priority?: ReferralPriority;
  rejection?: Rejection;
  serviceId: string;
  serviceCode: string;
  serviceName: string;
  siteId: string;
  siteName: string;
  patient: { id: string; nhsNumber: string; name: string };
  submittedAt: string;
  updatedAt: string;
  response: QuestionnaireResponse;
  questionnaire: { id: string; version: number };
  /** The appointment booked for it, while it is booked. */
  appointmentId?: string | undefined;
}

function patientReference(r: ReferralForFhir): Reference<Patient> {
  return {
    reference: `Patient/${r.patient.id}`,
    identifier: { system: nhsNumberSystem, value: r.patient.nhsNumber },
    display: r.patient.name,
  };
}

/**
 * The referral as a FHIR R4 ServiceRequest, the shape BaRS uses for referrals: status from
 * request-status (rejected and withdrawn are both "revoked"), priority once triaged, the
 * patient as subject and requester (a self-referral), the receiving service as performer, and
 * the answers as supporting information. While booked, the appointment is supporting
 * information too: R4 has no ServiceRequest → Appointment element, so BaRS links the two with
 * Appointment.basedOn (the Appointment points here; `Appointment?based-on=ServiceRequest/<id>`
 * finds it) and, for a booking made before its referral, ServiceRequest.supportingInfo. Front
 * Door gives both, so a reader of either finds the other.
 */
export function serviceRequestOf(r: ReferralForFhir): ServiceRequest & { id: string } {
  return {
    resourceType: "ServiceRequest",
    id: r.id,
    meta: { lastUpdated: r.updatedAt, profile: [ukCoreProfile.ServiceRequest] },
    identifier: [{ system: `${frontDoorSystem}/Id/referral-reference`, value: r.reference }],
    status: r.status,
    // A referral asks the receiving service to act; its triage decides whether it will.
    intent: "order",
    ...(r.priority ? { priority: r.priority } : {}),
    category: [
      {
        coding: [
          { system: "http://snomed.info/sct", code: "3457005", display: "Patient referral" },
        ],
        text: "Self-referral",
      },
    ],
    code: {
      coding: [
        {
          system: `${frontDoorSystem}/CodeSystem/service`,
          code: r.serviceCode,
          display: r.serviceName,
        },
      ],
      text: r.serviceName,
    },
    subject: patientReference(r),
    requester: patientReference(r),
    authoredOn: r.submittedAt,
    performer: [
      {
        // The shared id scheme for a site's service: HealthcareService/<siteId>.<serviceCode>.
        reference: `HealthcareService/${r.siteId}.${r.serviceCode}`,
        display: `${r.serviceName}, ${r.siteName}`,
      },
    ],
    supportingInfo: [
      { reference: `QuestionnaireResponse/${r.id}` },
      ...(r.appointmentId
        ? [{ reference: `Appointment/${r.appointmentId}`, display: "The booked appointment" }]
        : []),
    ],
    ...(r.rejection
      ? {
          note: [
            {
              time: r.updatedAt,
              text: `Not accepted: ${r.rejection.reason} Instead: ${r.rejection.signpost}`,
            },
          ],
        }
      : {}),
  };
}

export function fhirResponseItemOf(item: QuestionnaireResponseItem): FhirQuestionnaireResponseItem {
  return {
    linkId: item.linkId,
    text: item.text,
    ...(item.answer
      ? {
          answer: item.answer.map((answer) =>
            "valueCoding" in answer
              ? {
                  valueCoding: {
                    system: `${frontDoorSystem}/CodeSystem/answer`,
                    code: answer.valueCoding.code,
                    display: answer.valueCoding.display,
                  },
                }
              : answer,
          ),
        }
      : {}),
    ...(item.item ? { item: item.item.map(fhirResponseItemOf) } : {}),
  };
}

/** The answers as a FHIR R4 QuestionnaireResponse, based on the ServiceRequest it supports. */
export function questionnaireResponseOf(
  r: ReferralForFhir,
): FhirQuestionnaireResponse & { id: string } {
  return {
    resourceType: "QuestionnaireResponse",
    id: r.id,
    meta: { profile: [ukCoreProfile.QuestionnaireResponse] },
    questionnaire: `${frontDoorSystem}/Questionnaire/${r.questionnaire.id}|${r.questionnaire.version}`,
    basedOn: [{ reference: `ServiceRequest/${r.id}` }],
    status: r.response.status,
    subject: patientReference(r),
    author: patientReference(r),
    authored: r.response.authored,
    item: r.response.item.map(fhirResponseItemOf),
  };
}
