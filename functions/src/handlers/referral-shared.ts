import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { MyReferral } from "@front-door/contracts";
import {
  applyReferralAction,
  bookingReference,
  Conflict,
  consentedChannels,
  describeReferralEvent,
  Forbidden,
  findSelfReferralService,
  InvalidInput,
  type LoadedQuestionnaire,
  loadQuestionnaire,
  londonToday,
  type ReferralAction,
  type ReferralActorRole,
  type ReferralEventType,
  referralMessages,
  type SelfReferralService,
  selfReferralServices,
} from "@front-door/domain";
import {
  changeReferral,
  getPatient,
  getSite,
  type ReferralEventRecord,
  type ReferralRecord,
  waitBucket,
} from "@front-door/store";

export interface ReferralDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

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
  const site = await getSite(deps.db, deps.tableName, referral.siteId);
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

/**
 * Whether patients book accepted referrals online. Off until the referral booking flow exists:
 * referrals are made with bookOnline false, so messages and the timeline say the service will
 * contact the patient, and booking actions are refused.
 */
export const onlineReferralBooking = false;

/** Actions that would book or cancel an appointment: built with the slot booking, not yet. */
const bookingActions = new Set<ReferralAction["type"]>([
  "accept-and-book",
  "book",
  "cancel-booking",
]);

const messageOf: Partial<
  Record<
    ReferralEventType,
    (c: { siteName: string; reference: string }, r: ReferralRecord) => string
  >
> = {
  accepted: (c, r) => referralMessages.accepted(c, r.bookOnline),
  "information-requested": (c) => referralMessages.informationRequested(c),
  rejected: (c) => referralMessages.rejected(c),
  withdrawn: (c) => referralMessages.withdrawn(c),
  completed: (c) => referralMessages.completed(c),
};

/**
 * Applies an action to a referral someone has read: the domain decides whether it may happen
 * and what it becomes; the store writes it with its event, counts and the patient's message in
 * one transaction, on condition nobody changed the referral since it was read.
 */
export async function actOnReferral(
  deps: ReferralDeps,
  input: {
    referral: ReferralRecord;
    events: readonly ReferralEventRecord[];
    action: ReferralAction;
    actor: { role: ReferralActorRole; id: string };
    /** The version the caller's page showed (If-Match); absent, the current one is acted on. */
    expectedVersion?: number | undefined;
  },
): Promise<{ referral: ReferralRecord; events: ReferralEventRecord[] }> {
  const { referral, action } = input;
  if (input.expectedVersion !== undefined && input.expectedVersion !== referral.version) {
    throw new Conflict(changedMeanwhile, "referral_changed_meanwhile");
  }
  if (bookingActions.has(action.type)) {
    throw new Conflict(
      "Booking a referral's appointment online is not available yet: the service will contact the patient to arrange it",
      "referral_booking_unavailable",
    );
  }
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
  const event: ReferralEventRecord = {
    ...transition.event,
    referralId: referral.id,
    at,
    seq: input.events.length,
    actorId: input.actor.id,
    fromStage: referral.stage,
    toStage: after.stage,
  };
  const deltas = countsFor(transition.event.type, referral, after, now);
  const [site, patient] = await Promise.all([
    getSite(deps.db, deps.tableName, referral.siteId),
    getPatient(deps.db, deps.tableName, referral.patientId),
  ]);
  const wording = messageOf[transition.event.type];
  const outcome = await changeReferral(deps.db, deps.tableName, {
    before: referral,
    after,
    event,
    ...(Object.keys(deltas).length ? { counts: { localDate: londonToday(now), deltas } } : {}),
    ...(wording
      ? {
          message: {
            id: crypto.randomUUID(),
            kind: `referral-${transition.event.type}`,
            channels: patient ? consentedChannels(patient.profile.consent) : [],
            text: wording(
              { siteName: site?.name ?? "The service", reference: referral.reference },
              after,
            ),
          },
        }
      : {}),
  });
  if (outcome.kind === "changed-meanwhile") {
    throw new Conflict(changedMeanwhile, "referral_changed_meanwhile");
  }
  return {
    referral: { ...after, version: referral.version + 1 },
    events: [...input.events, event],
  };
}

function countsFor(
  type: ReferralEventType,
  before: ReferralRecord,
  after: ReferralRecord,
  now: Date,
): Record<string, number> {
  const hoursSinceSubmitted = (now.getTime() - Date.parse(before.submittedAt)) / 3_600_000;
  const triageWait =
    after.triagedAt && !before.triagedAt
      ? { [waitBucket("triageWait", hoursSinceSubmitted)]: 1 }
      : {};
  switch (type) {
    case "accepted":
      return { referralsAccepted: 1, ...triageWait };
    case "rejected":
      return {
        referralsRejected: 1,
        ...(after.rejection ? { [`rejected:${after.rejection.reasonCode}`]: 1 } : {}),
        ...triageWait,
      };
    case "withdrawn":
      return { referralsWithdrawn: 1 };
    case "completed":
      return { referralsCompleted: 1 };
    default:
      return {};
  }
}
