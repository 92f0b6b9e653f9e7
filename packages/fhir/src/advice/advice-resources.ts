import {
  type AcceptedProblem,
  type LoadedQuestionnaire,
  loadQuestionnaire,
  type RequestStatus,
  type RequestType,
  requestQuestionnaires,
  requestTypeNames,
  toQuestionnaireResponse,
} from "@front-door/domain";
import type {
  Communication,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  RelatedPerson,
  Task,
} from "@medplum/fhirtypes";
import { localCoding, organisationByCode, personByNhsNumber } from "../identifiers.ts";
import { fhirResponseItemOf, frontDoorSystem } from "../referral-resources.ts";
import { ukCoreProfile } from "../uk-core-profiles.ts";
import {
  type AdviceForFhir,
  type AdviceMessageForFhir,
  adviceCommunicationId,
  adviceTaskId,
} from "./advice-fhir-input.ts";

const adviceReferenceSystem = `${frontDoorSystem}/Id/advice-reference`;

/** Who the request is about: the account holder, or someone they care for (by name only). */
function subjectOf(a: AdviceForFhir): Reference<Patient> {
  return a.caredFor
    ? { type: "Patient", display: a.caredFor.name }
    : personByNhsNumber("Patient", a.requester);
}

/** The account holder: the patient, or a carer (a RelatedPerson) asking for someone else. */
function askerOf(a: AdviceForFhir): Reference<Patient | RelatedPerson> {
  return a.caredFor
    ? personByNhsNumber("RelatedPerson", a.requester)
    : personByNhsNumber("Patient", a.requester);
}

const practiceOf = (a: AdviceForFhir) => organisationByCode(a.site);
const taskReference = (a: AdviceForFhir) => ({ reference: `Task/${adviceTaskId(a.id)}` });

const loaded = new Map<RequestType, LoadedQuestionnaire>();
function questionnaireFor(type: RequestType): LoadedQuestionnaire {
  let questionnaire = loaded.get(type);
  if (!questionnaire) {
    questionnaire = loadQuestionnaire(requestQuestionnaires[type]);
    loaded.set(type, questionnaire);
  }
  return questionnaire;
}

function problemItem(
  problem: AcceptedProblem,
  index: number,
  authored: Date,
): QuestionnaireResponseItem {
  const answers = toQuestionnaireResponse(
    questionnaireFor(problem.type),
    problem.answers,
    authored,
  );
  return {
    linkId: `problem-${index + 1}`,
    text: requestTypeNames[problem.type],
    item: [
      ...answers.item.map(fhirResponseItemOf),
      ...(problem.description.trim()
        ? [
            {
              linkId: "description",
              text: "In your own words",
              answer: [{ valueString: problem.description }],
            },
          ]
        : []),
    ],
  };
}

/**
 * The request's answers as a FHIR R4 QuestionnaireResponse: one group per problem, holding the
 * structured answers to that type's questions and the patient's own words. Several problems
 * use several questionnaires, so no single canonical is named.
 */
export function adviceQuestionnaireResponseOf(
  a: AdviceForFhir,
): QuestionnaireResponse & { id: string } {
  const authored = new Date(a.submittedAt);
  return {
    resourceType: "QuestionnaireResponse",
    id: a.id,
    meta: { lastUpdated: a.submittedAt, profile: [ukCoreProfile.QuestionnaireResponse] },
    identifier: { system: adviceReferenceSystem, value: a.reference },
    status: "completed",
    subject: subjectOf(a),
    authored: a.submittedAt,
    author: askerOf(a),
    source: askerOf(a),
    item: a.problems.map((problem, index) => problemItem(problem, index, authored)),
  };
}

/** Each status of a request as a Task status: waiting for the patient's answer is on hold. */
export const adviceTaskStatus: Record<RequestStatus, Task["status"]> = {
  submitted: "requested",
  assigned: "in-progress",
  "awaiting-patient": "on-hold",
  closed: "completed",
};

const businessStatusNames: Record<RequestStatus, string> = {
  submitted: "Waiting for the practice",
  assigned: "With the practice",
  "awaiting-patient": "Waiting for the patient's reply",
  closed: "Closed",
};

const communicationReference = (a: AdviceForFhir, m: AdviceMessageForFhir) => ({
  reference: `Communication/${adviceCommunicationId(a.id, m.seq)}`,
});

/**
 * The request as a FHIR R4 Task: status from the request's, urgent or routine, the practice as
 * owner (and the role it was passed to), the promised reply time as the restriction's period
 * end, the answers as focus. The patient's replies and attachments are its inputs, the
 * practice's messages its outputs, so every Communication and DocumentReference is reachable.
 */
export function adviceTaskOf(a: AdviceForFhir): Task & { id: string } {
  const status = adviceTaskStatus[a.status];
  const open = a.status !== "closed";
  const fromPatient = a.messages.filter((m) => m.from === "patient");
  const fromPractice = a.messages.filter((m) => m.from === "practice");
  const documents = [...a.documents, ...fromPatient.flatMap((m) => m.documents)];
  const input = [
    ...documents.map((d) => ({
      type: { text: "Photo or document from the patient" },
      valueReference: { reference: `DocumentReference/${d.id}` },
    })),
    ...fromPatient.map((m) => ({
      type: { text: "Reply from the patient" },
      valueReference: communicationReference(a, m),
    })),
  ];
  const output = fromPractice.map((m) => ({
    type: { text: "Message from the practice" },
    valueReference: communicationReference(a, m),
  }));
  const typeName = a.category === "medical" ? "Medical" : "Admin";
  return {
    resourceType: "Task",
    id: adviceTaskId(a.id),
    meta: { versionId: String(a.version), lastUpdated: a.updatedAt },
    identifier: [{ system: adviceReferenceSystem, value: a.reference }],
    status,
    businessStatus: {
      coding: [localCoding("advice-status", a.status, businessStatusNames[a.status])],
      ...(a.outcome ? { text: `Outcome: ${a.outcome.replaceAll("-", " ")}` } : {}),
    },
    intent: "order",
    priority: a.urgent ? "urgent" : "routine",
    code: {
      coding: [localCoding("task-type", `online-advice-${a.category}`, `${typeName} request`)],
      text: `Online GP advice: ${typeName.toLowerCase()} request`,
    },
    focus: { reference: `QuestionnaireResponse/${a.id}` },
    for: subjectOf(a),
    executionPeriod: { start: a.submittedAt, ...(a.closedAt && !open ? { end: a.closedAt } : {}) },
    authoredOn: a.submittedAt,
    lastModified: a.updatedAt,
    // Staff who took it by phone entered it; the patient still asked.
    requester: askerOf(a),
    ...(a.assignedRole
      ? {
          performerType: [
            { text: a.assignedRole === "clinician" ? "Clinician" : "Care navigator" },
          ],
        }
      : {}),
    owner: practiceOf(a),
    ...(open ? { restriction: { period: { end: a.replyDueAt } } } : {}),
    ...(input.length > 0 ? { input } : {}),
    ...(output.length > 0 ? { output } : {}),
  };
}

/**
 * One message of the thread as a FHIR R4 Communication, part of the request's Task: sender and
 * recipient, the words as written, and any attachments as DocumentReferences. A patient's reply
 * answers the practice's latest message before it.
 */
export function adviceCommunicationOf(
  a: AdviceForFhir,
  message: AdviceMessageForFhir,
): Communication & { id: string } {
  const practice = practiceOf(a);
  const patient = askerOf(a);
  const fromPractice = message.from === "practice";
  const answered = fromPractice
    ? undefined
    : a.messages.findLast((m) => m.from === "practice" && m.seq < message.seq);
  return {
    resourceType: "Communication",
    id: adviceCommunicationId(a.id, message.seq),
    partOf: [taskReference(a)],
    ...(answered ? { inResponseTo: [communicationReference(a, answered)] } : {}),
    status: "completed",
    category: [{ text: fromPractice ? "Message from the practice" : "Reply from the patient" }],
    subject: subjectOf(a),
    sent: message.at,
    sender: fromPractice ? practice : patient,
    recipient: [fromPractice ? patient : practice],
    payload: [
      { contentString: message.text },
      ...(message.signpost ? [{ contentString: `Where to go: ${message.signpost}` }] : []),
      ...message.documents.map((d) => ({
        contentReference: { reference: `DocumentReference/${d.id}` },
      })),
    ],
    ...(message.needsReply ? { note: [{ text: "The practice asked for a reply." }] } : {}),
  };
}
