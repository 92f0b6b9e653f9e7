import type { routes, StaffReferralResponse, StaffReferralsResponse } from "@front-door/contracts";
import { describeReferralEvent, londonWhen, type ReferralStage } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  type AppointmentRecord,
  getAppointment,
  getPatient,
  getSite,
  getSlot,
  type Patient,
  type QuestionnaireAnswerItem,
  type ReferralEventRecord,
  type ReferralRecord,
  referralQueue,
} from "@front-door/store";
import {
  actOnReferral,
  expectedVersionOf,
  type ReferralDeps,
  serviceName,
  siteReferral,
} from "./referral-shared.ts";

/** What a triage queue shows unless asked for one stage: everything still to act on. */
const openStages: readonly ReferralStage[] = [
  "submitted",
  "awaiting-information",
  "accepted",
  "booked",
];

type QueueEntry = StaffReferralsResponse["referrals"][number];

async function queueEntry(
  deps: ReferralDeps,
  referral: ReferralRecord,
  /** The patient, when the caller has just read them. */
  known?: Patient,
): Promise<QueueEntry> {
  const patient = known ?? (await getPatient(deps.db, deps.tableName, referral.patientId));
  return {
    id: referral.id,
    reference: referral.reference,
    serviceId: referral.serviceId,
    serviceCode: referral.serviceCode as QueueEntry["serviceCode"],
    serviceName: serviceName(referral.serviceId),
    stage: referral.stage,
    status: referral.status,
    ...(referral.priority ? { priority: referral.priority } : {}),
    submittedAt: referral.submittedAt,
    patient: {
      name: patient ? `${patient.name.given} ${patient.name.family}` : "Unknown patient",
      nhsNumber: patient?.nhsNumber ?? "",
      dateOfBirth: patient?.dateOfBirth ?? "",
    },
  };
}

/** The triage queue of the caller's own site: the site comes from the token, never the request. */
export function makeStaffReferrals(deps: ReferralDeps): RouteHandler<typeof routes.staffReferrals> {
  return async ({ principal, query }) => {
    const site = await getSite(deps.db, deps.tableName, principal.siteId);
    const referrals = (
      await referralQueue(
        deps.db,
        deps.tableName,
        principal.siteId,
        query.stage ? [query.stage] : openStages,
      )
    ).filter((r) => !query.service || r.serviceCode === query.service);
    return {
      body: {
        site: { id: principal.siteId, name: site?.name ?? principal.siteId },
        referrals: await Promise.all(referrals.map((r) => queueEntry(deps, r))),
      },
    };
  };
}

function answerText(item: QuestionnaireAnswerItem): string {
  const answer = item.answer?.[0];
  if (!answer) return "";
  if ("valueCoding" in answer) return answer.valueCoding.display;
  if ("valueBoolean" in answer) return answer.valueBoolean ? "Yes" : "No";
  if ("valueInteger" in answer) return String(answer.valueInteger);
  if ("valueDecimal" in answer) return String(answer.valueDecimal);
  if ("valueDate" in answer) return answer.valueDate;
  return answer.valueString;
}

function flatAnswers(
  items: readonly QuestionnaireAnswerItem[],
): StaffReferralResponse["referral"]["answers"] {
  return items.flatMap((item) => [
    ...(item.answer
      ? [{ linkId: item.linkId, question: item.text, answer: answerText(item) }]
      : []),
    ...flatAnswers(item.item ?? []),
  ]);
}

async function staffView(
  deps: ReferralDeps,
  referral: ReferralRecord,
  events: readonly ReferralEventRecord[],
  patient?: Patient,
  /** The appointment the caller has just written, so it is not read back. */
  written?: AppointmentRecord,
): Promise<StaffReferralResponse> {
  const [entry, appointment] = await Promise.all([
    queueEntry(deps, referral, patient),
    !referral.appointmentId
      ? undefined
      : written?.id === referral.appointmentId
        ? written
        : getAppointment(deps.db, deps.tableName, referral.appointmentId),
  ]);
  return {
    referral: {
      ...entry,
      version: referral.version,
      bookOnline: referral.bookOnline,
      ...(referral.informationRequest ? { informationRequest: referral.informationRequest } : {}),
      ...(referral.rejection ? { rejection: referral.rejection } : {}),
      ...(referral.informationGiven ? { informationGiven: referral.informationGiven } : {}),
      ...(appointment
        ? {
            appointment: {
              id: appointment.id,
              status: appointment.status,
              bookingReference: appointment.bookingReference,
              channel: appointment.channel,
              start: appointment.start,
              when: londonWhen(new Date(appointment.start)),
            },
          }
        : {}),
      answers: flatAnswers(referral.response.item),
      timeline: events.map((event) => ({
        type: event.type,
        at: event.at,
        by: event.by,
        actorId: event.actorId,
        from: event.fromStage,
        to: event.toStage,
        onBehalfOfPatient: event.onBehalfOfPatient,
        ...describeReferralEvent(event),
      })),
    },
  };
}

export function makeStaffReferral(deps: ReferralDeps): RouteHandler<typeof routes.staffReferral> {
  return async ({ principal, params }) => {
    const { referral, events } = await siteReferral(deps, principal.siteId, params.referralId);
    return { body: await staffView(deps, referral, events) };
  };
}

export function makeStaffReferralAction(
  deps: ReferralDeps,
): RouteHandler<typeof routes.staffReferralAction> {
  return async ({ principal, params, body, headers }) => {
    // The caller's site and the slot to book beside the referral: a referral of another site
    // is refused anyway, and the slot is checked against the referral once both are read.
    const site = getSite(deps.db, deps.tableName, principal.siteId);
    site.catch(() => {});
    const slot = "slotId" in body ? getSlot(deps.db, deps.tableName, body.slotId) : undefined;
    slot?.catch(() => {});
    const found = await siteReferral(deps, principal.siteId, params.referralId);
    const { referral, events, booked, patient } = await actOnReferral(deps, {
      ...found,
      action: body,
      actor: { role: principal.role, id: principal.userId },
      expectedVersion: expectedVersionOf(headers["if-match"]),
      site,
      ...(slot ? { slot } : {}),
      // The answer names the patient; a read that failed is made again by the view.
      readPatient: true,
    });
    return { body: await staffView(deps, referral, events, patient, booked) };
  };
}
