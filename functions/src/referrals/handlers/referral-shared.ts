import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { MyReferral, ReferralActionRequest } from "@front-door/contracts";
import {
  applyReferralAction,
  bookingReference,
  Conflict,
  describeReferralEvent,
  Forbidden,
  findSelfReferralService,
  InvalidInput,
  type LoadedQuestionnaire,
  loadQuestionnaire,
  londonToday,
  NotFound,
  patientMayBookReferral,
  type ReferralAction,
  type ReferralActorRole,
  referralSlotProblem,
  type SelfReferralService,
  selfReferralServices,
} from "@front-door/domain";
import {
  type AppointmentRecord,
  changeReferral,
  getAppointment,
  getPatient,
  getReferral,
  getSite,
  getSlot,
  newAppointment,
  type Patient,
  type ReferralEventRecord,
  type ReferralRecord,
  type Site,
  type SlotRecord,
} from "@front-door/store";

import { toMyAppointment } from "../../same-day/handlers/appointment-view.ts";
import { referralCounts, referralMessageText } from "./referral-effects.ts";

export interface ReferralDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
  /**
   * A site's details; the entries pass the function's short-lived copy (recentSites), so a
   * warm function names a site without a read. Default: a GetItem each time.
   */
  siteOf?: (siteId: string) => Promise<Site | undefined>;
}

/** A site's details, through the function's copy when it keeps one. */
export const referralSite = (deps: ReferralDeps, siteId: string) =>
  deps.siteOf ? deps.siteOf(siteId) : getSite(deps.db, deps.tableName, siteId);

/** Each catalogue questionnaire, checked once at cold start (a bad definition stops the function). */
const loaded = new Map<string, LoadedQuestionnaire>(
  selfReferralServices.map((service) => [service.id, loadQuestionnaire(service.questionnaire)]),
);

export function serviceAndQuestionnaire(
  serviceId: string,
): { service: SelfReferralService; questionnaire: LoadedQuestionnaire } | undefined {
  const service = findSelfReferralService(serviceId);
  const questionnaire = loaded.get(serviceId);
  return service && questionnaire ? { service, questionnaire } : undefined;
}

export function serviceName(serviceId: string): string {
  return findSelfReferralService(serviceId)?.name ?? serviceId;
}

export const newReference = () => bookingReference();

/** The patient's view of a referral: summary, timeline in plain words, site and service. */
export async function myReferralView(
  deps: ReferralDeps,
  referral: ReferralRecord,
  events: readonly ReferralEventRecord[],
): Promise<MyReferral> {
  const [site, appointment] = await Promise.all([
    referralSite(deps, referral.siteId),
    referral.appointmentId
      ? getAppointment(deps.db, deps.tableName, referral.appointmentId)
      : undefined,
  ]);
  return {
    id: referral.id,
    reference: referral.reference,
    serviceId: referral.serviceId,
    serviceCode: referral.serviceCode as MyReferral["serviceCode"],
    serviceName: serviceName(referral.serviceId),
    site: { id: referral.siteId, name: site?.name ?? referral.siteId },
    submittedAt: referral.submittedAt,
    version: referral.version,
    stage: referral.stage,
    status: referral.status,
    bookOnline: referral.bookOnline,
    ...(referral.priority ? { priority: referral.priority } : {}),
    ...(referral.appointmentId ? { appointmentId: referral.appointmentId } : {}),
    ...(referral.informationRequest ? { informationRequest: referral.informationRequest } : {}),
    ...(referral.rejection ? { rejection: referral.rejection } : {}),
    ...(referral.informationGiven ? { informationGiven: referral.informationGiven } : {}),
    ...(appointment && appointment.patientId === referral.patientId
      ? { appointment: toMyAppointment(appointment, site) }
      : {}),
    mayBook: patientMayBookReferral(referral),
    timeline: events.map((event) => ({
      type: event.type,
      at: event.at,
      by: event.by,
      ...describeReferralEvent(event),
    })),
  };
}

const changedMeanwhile =
  "Someone else changed this referral while you were looking at it. Reload it to see what they did.";

/**
 * The If-Match header as a referral version: `"3"`, `W/"3"` or `3`. Undefined when absent;
 * a value that is not a version is refused rather than ignored.
 */
export function expectedVersionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === "" || ifMatch.trim() === "*") return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) {
    throw new InvalidInput("If-Match must be the referral's version, as the referral gave it", [
      { path: "if-match", message: "Send the version the referral was shown with" },
    ]);
  }
  return Number(match[1]);
}

/** The caller's own referral; another patient's is "not found", never "forbidden". */
export async function ownReferral(deps: ReferralDeps, patientId: string, referralId: string) {
  const found = await getReferral(deps.db, deps.tableName, referralId);
  if (!found || found.referral.patientId !== patientId) {
    throw new NotFound("There is no referral with that id among yours");
  }
  return found;
}

/** A referral to the caller's site; one to another site is "not found". */
export async function siteReferral(deps: ReferralDeps, siteId: string, referralId: string) {
  const found = await getReferral(deps.db, deps.tableName, referralId);
  if (!found || found.referral.siteId !== siteId) {
    throw new NotFound("There is no referral with that id for your site");
  }
  return found;
}

/** The slot a booking action names, checked against the referral; 404/409 when it cannot be. */
async function slotToBook(
  deps: ReferralDeps,
  referral: ReferralRecord,
  slotId: string,
  now: Date,
  read?: Promise<SlotRecord | undefined>,
) {
  const slot = await (read ?? getSlot(deps.db, deps.tableName, slotId));
  if (!slot) throw new NotFound("We could not find that time. Choose a time from the list");
  // Whether someone else has it is the transaction's to decide: check everything else.
  const problem = referralSlotProblem({ ...slot, status: "free" }, referral, now);
  if (problem) throw new Conflict(problem, "slot_not_bookable");
  return slot;
}

/**
 * Applies an action to a referral someone has read: the domain decides whether it may happen
 * and what it becomes; the store writes it with its event, counts and the patient's message in
 * one transaction, on condition nobody changed the referral since it was read. Booking claims
 * the slot and writes the appointment in that same transaction (a patient confirms the slot
 * they hold; staff book a free one directly); cancelling a booking cancels the appointment and
 * frees its slot with it.
 */
export async function actOnReferral(
  deps: ReferralDeps,
  input: {
    referral: ReferralRecord;
    events: readonly ReferralEventRecord[];
    action: ReferralActionRequest;
    actor: { role: ReferralActorRole; id: string };
    /** The version the caller's page showed (If-Match); absent, the current one is acted on. */
    expectedVersion?: number | undefined;
    /** Why an appointment is cancelled, when the action cancels one. */
    cancellationReason?: string;
    /** The referral's site, already being read beside the referral (staff know their site). */
    site?: Promise<Site | undefined>;
    /** The slot the action books, already being read beside the referral. */
    slot?: Promise<SlotRecord | undefined>;
    /**
     * Read the patient too, for an answer that names them: sent with the transaction, since the
     * change needs nothing of theirs (its message takes their channels when it is sent). A read
     * that fails leaves the patient out rather than failing a change that was written.
     */
    readPatient?: boolean;
  },
): Promise<{
  referral: ReferralRecord;
  events: ReferralEventRecord[];
  /** The appointment the change booked, as written. */
  booked?: AppointmentRecord;
  /** The patient, when asked for: read beside the change's transaction, not before it. */
  patient?: Patient;
}> {
  const { referral, action: request } = input;
  if (input.expectedVersion !== undefined && input.expectedVersion !== referral.version) {
    throw new Conflict(changedMeanwhile, "referral_changed_meanwhile");
  }
  const appointmentId = crypto.randomUUID();
  const action: ReferralAction =
    request.type === "book"
      ? { type: "book", appointmentId }
      : request.type === "accept-and-book"
        ? { type: "accept-and-book", priority: request.priority, appointmentId }
        : request;
  const transition = applyReferralAction(referral, action, { role: input.actor.role });
  if (transition.kind === "refused") {
    switch (transition.code) {
      case "not-your-action":
        throw new Forbidden(transition.message);
      case "not-allowed-now":
        throw new Conflict(transition.message, "transition_not_allowed");
      case "online-booking-off":
        throw new Conflict(transition.message, "online_booking_off");
      case "missing-detail":
        throw new InvalidInput(transition.message, [{ path: "type", message: transition.message }]);
      default: {
        const unreachable: never = transition.code;
        throw new Error(`Unknown refusal: ${String(unreachable)}`);
      }
    }
  }
  const now = deps.now();
  const at = now.toISOString();
  const slotId = "slotId" in request ? request.slotId : undefined;
  // Not the patient: the message goes by the channels they agree to when it is sent, so no
  // change waits on reading them first.
  const [site, slot, cancelled] = await Promise.all([
    input.site ?? getSite(deps.db, deps.tableName, referral.siteId),
    slotId ? slotToBook(deps, referral, slotId, now, input.slot) : undefined,
    transition.cancelsAppointmentId
      ? getAppointment(deps.db, deps.tableName, transition.cancelsAppointmentId)
      : undefined,
  ]);
  if (transition.cancelsAppointmentId && cancelled?.status !== "booked") {
    // The referral says booked but its appointment is not (checked in, or attended): say so.
    throw new Conflict(
      cancelled
        ? `This appointment cannot be cancelled: it is marked ${cancelled.status}.`
        : "We could not find this referral's appointment. Reload the referral.",
      "not_cancellable",
    );
  }
  const clinicalDecision = ["accepted", "accepted-and-booked", "rejected"].includes(
    transition.event.type,
  );
  const after: ReferralRecord = {
    ...referral,
    ...transition.state,
    updatedAt: at,
    ...(clinicalDecision && !referral.triagedAt ? { triagedAt: at } : {}),
  };
  // Fields the new state no longer has are dropped, not kept from before.
  for (const field of ["priority", "informationRequest", "rejection", "appointmentId"] as const) {
    if (!(field in transition.state)) delete after[field];
  }
  if (request.type === "provide-information") {
    after.informationGiven = [
      ...(referral.informationGiven ?? []),
      {
        request: referral.informationRequest ?? "",
        answer: request.answer,
        at,
        by: input.actor.role,
      },
    ];
  }
  const event: ReferralEventRecord = {
    ...transition.event,
    referralId: referral.id,
    at,
    seq: input.events.length,
    actorId: input.actor.id,
    fromStage: referral.stage,
    toStage: after.stage,
  };
  const appointment = slot
    ? {
        ...newAppointment(slot, {
          id: appointmentId,
          bookingReference: bookingReference(),
          patientId: referral.patientId,
          sameDay: false,
          bookedBy: input.actor.role === "patient" ? "patient" : "staff",
          now,
        }),
        referralId: referral.id,
        referralReference: referral.reference,
      }
    : undefined;
  const deltas = referralCounts(transition.event.type, referral, after, now, appointment);
  const booked = appointment ?? cancelled;
  const text = referralMessageText(transition.event.type, {
    siteName: site?.name ?? "The service",
    reference: referral.reference,
    after,
    by: input.actor.role === "patient" ? "patient" : "service",
    now,
    ...(booked ? { appointment: booked } : {}),
  });
  const [outcome, patient] = await Promise.all([
    changeReferral(deps.db, deps.tableName, {
      before: referral,
      after,
      event,
      now,
      ...(Object.keys(deltas).length ? { counts: { localDate: londonToday(now), deltas } } : {}),
      ...(text
        ? {
            message: {
              id: crypto.randomUUID(),
              kind: `referral-${transition.event.type}`,
              channels: [],
              channelsAtSending: true,
              text,
            },
          }
        : {}),
      ...(slot && appointment
        ? {
            booking: {
              slot,
              appointment,
              claim: input.actor.role === "patient" ? "own-hold" : "free-or-own-hold",
            },
          }
        : {}),
      ...(cancelled
        ? {
            cancelling: {
              appointment: cancelled,
              reason:
                input.cancellationReason ??
                (input.actor.role === "patient"
                  ? "Cancelled by the patient"
                  : "Cancelled by the service"),
            },
          }
        : {}),
    }),
    input.readPatient
      ? getPatient(deps.db, deps.tableName, referral.patientId).catch(() => undefined)
      : undefined,
  ]);
  switch (outcome.kind) {
    case "changed":
      return {
        referral: { ...after, version: referral.version + 1 },
        events: [...input.events, event],
        ...(appointment ? { booked: appointment } : {}),
        ...(patient ? { patient } : {}),
      };
    case "changed-meanwhile":
      throw new Conflict(changedMeanwhile, "referral_changed_meanwhile");
    case "slot-unavailable":
      throw input.actor.role === "patient"
        ? new Conflict(
            "This time is no longer held for you: holds last 15 minutes. Choose a time again.",
            "hold_expired",
          )
        : new Conflict(
            "Someone has just taken this time. Choose another time from the list.",
            "slot_taken",
          );
    case "appointment-changed":
      throw new Conflict(
        "This appointment changed while you were cancelling it. Reload the referral.",
        "not_cancellable",
      );
    default: {
      const unreachable: never = outcome;
      throw new Error(`unhandled referral change ${JSON.stringify(unreachable)}`);
    }
  }
}
