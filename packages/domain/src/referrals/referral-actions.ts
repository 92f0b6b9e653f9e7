import {
  type ReferralAction,
  type ReferralActionType,
  type ReferralActorRole,
  type ReferralPriority,
  type ReferralStage,
  type ReferralState,
  type Rejection,
  referralPriorities,
  referralTransitions,
  rejectionReasonCodes,
  statusOfStage,
} from "./referral-status.ts";

export interface ReferralActor {
  role: ReferralActorRole;
}

export const referralEventTypes = [
  "submitted",
  "accepted",
  "accepted-and-booked",
  "booked",
  "booking-cancelled",
  "information-requested",
  "information-provided",
  "rejected",
  "withdrawn",
  "completed",
  "entered-in-error",
] as const;
export type ReferralEventType = (typeof referralEventTypes)[number];

const eventOf: Record<ReferralActionType, ReferralEventType> = {
  submit: "submitted",
  accept: "accepted",
  "accept-and-book": "accepted-and-booked",
  book: "booked",
  "cancel-booking": "booking-cancelled",
  "request-information": "information-requested",
  "provide-information": "information-provided",
  reject: "rejected",
  withdraw: "withdrawn",
  complete: "completed",
  "mark-entered-in-error": "entered-in-error",
};

/** Actions that are the patient's to take, which staff may take for them. */
const patientActions: readonly ReferralActionType[] = [
  "submit",
  "book",
  "cancel-booking",
  "provide-information",
  "withdraw",
];

/**
 * One entry on the referral's timeline. The store adds who and when; it holds no patient free
 * text (an information request is the service's own words).
 */
export interface ReferralEvent {
  type: ReferralEventType;
  by: ReferralActorRole;
  /** Staff took a patient's action for them (e.g. on the phone). */
  onBehalfOfPatient: boolean;
  priority?: ReferralPriority;
  appointmentId?: string;
  informationRequest?: string;
  rejection?: Rejection;
  /** After accepting, or a cancelled booking: who arranges the appointment. */
  nextStep?: "book-online" | "service-will-contact";
}

export type ReferralRefusalCode =
  | "not-allowed-now"
  | "not-your-action"
  | "online-booking-off"
  | "missing-detail";

export type ReferralTransition =
  | {
      kind: "applied";
      state: ReferralState;
      event: ReferralEvent;
      /** The API must cancel this appointment in the same transaction. */
      cancelsAppointmentId?: string;
    }
  | { kind: "refused"; code: ReferralRefusalCode; message: string };

const stageWords: Record<ReferralStage, string> = {
  draft: "not sent yet",
  submitted: "waiting to be looked at",
  accepted: "accepted",
  "awaiting-information": "waiting for more information",
  booked: "booked",
  rejected: "not accepted",
  withdrawn: "withdrawn",
  completed: "completed",
  "entered-in-error": "marked as entered in error",
};

const cannot: Record<ReferralActionType, string> = {
  submit: "be sent",
  accept: "be accepted",
  "accept-and-book": "be accepted and booked",
  book: "be booked",
  "cancel-booking": "have its appointment cancelled",
  "request-information": "be put on hold for more information",
  "provide-information": "take more information",
  reject: "be rejected",
  withdraw: "be withdrawn",
  complete: "be completed",
  "mark-entered-in-error": "be marked as entered in error",
};

/** What the action does, for "Only a clinician can …". */
const doing: Record<ReferralActionType, string> = {
  submit: "send a referral",
  accept: "accept a referral",
  "accept-and-book": "accept and book a referral",
  book: "book an appointment for a referral",
  "cancel-booking": "cancel a referral's appointment",
  "request-information": "ask for more information about a referral",
  "provide-information": "give more information for a referral",
  reject: "reject a referral",
  withdraw: "withdraw a referral",
  complete: "complete a referral",
  "mark-entered-in-error": "mark a referral as entered in error",
};

const refused = (code: ReferralRefusalCode, message: string): ReferralTransition => ({
  kind: "refused",
  code,
  message,
});
const blank = (text: unknown) => typeof text !== "string" || text.trim() === "";

function missingDetail(action: ReferralAction): string | undefined {
  switch (action.type) {
    case "accept":
    case "accept-and-book":
      if (!referralPriorities.includes(action.priority)) return "Choose routine or urgent";
      if (action.type === "accept-and-book" && blank(action.appointmentId)) {
        return "Choose an appointment";
      }
      return undefined;
    case "book":
      return blank(action.appointmentId) ? "Choose an appointment" : undefined;
    case "request-information":
      return blank(action.request) ? "Say what information you need" : undefined;
    case "provide-information":
      return blank(action.answer) ? "Write the information the service asked for" : undefined;
    case "reject":
      if (!rejectionReasonCodes.includes(action.reasonCode)) return "Choose a reason";
      if (blank(action.reason) || blank(action.signpost)) {
        return "Say why, and where the patient should go instead";
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The state after an allowed move: fields that no longer apply are dropped. */
function nextState(current: ReferralState, action: ReferralAction, to: ReferralStage) {
  const { appointmentId, informationRequest: _asked, ...rest } = current;
  const base: ReferralState = { ...rest, stage: to, status: statusOfStage[to] };
  switch (action.type) {
    case "accept":
      return { ...base, priority: action.priority };
    case "accept-and-book":
      return { ...base, priority: action.priority, appointmentId: action.appointmentId };
    case "book":
      return { ...base, appointmentId: action.appointmentId };
    case "request-information":
      return { ...base, informationRequest: action.request.trim() };
    case "reject": {
      const { reasonCode, reason, signpost } = action;
      return {
        ...base,
        rejection: { reasonCode, reason: reason.trim(), signpost: signpost.trim() },
      };
    }
    case "complete":
      return appointmentId ? { ...base, appointmentId } : base;
    default:
      return base;
  }
}

/**
 * Applies one action to a referral, or says in plain words why not: the patient's or staff
 * member's role first, then whether the referral's stage allows it, then the action's details.
 * Pure: the store writes the new state and the event together, conditional on the stage read.
 */
export function applyReferralAction(
  current: ReferralState,
  action: ReferralAction,
  actor: ReferralActor,
): ReferralTransition {
  const rule = referralTransitions[action.type];
  if (!rule)
    return refused("not-allowed-now", "This is not something that can be done to a referral.");
  if (!rule.by.includes(actor.role)) {
    const who = rule.by.length === 1 && rule.by[0] === "clinician" ? "a clinician" : "the service";
    return refused("not-your-action", `Only ${who} can ${doing[action.type]}.`);
  }
  if (!rule.from.includes(current.stage)) {
    return refused(
      "not-allowed-now",
      `This referral is ${stageWords[current.stage]}, so it cannot ${cannot[action.type]}.`,
    );
  }
  if (action.type === "book" && actor.role === "patient" && !current.bookOnline) {
    return refused(
      "online-booking-off",
      "This service books appointments itself. They will contact you to arrange one.",
    );
  }
  const missing = missingDetail(action);
  if (missing) return refused("missing-detail", missing);

  const state = nextState(current, action, rule.to);
  const releases =
    current.appointmentId !== undefined && state.appointmentId === undefined
      ? current.appointmentId
      : undefined;
  const event: ReferralEvent = {
    type: eventOf[action.type],
    by: actor.role,
    onBehalfOfPatient: patientActions.includes(action.type) && actor.role !== "patient",
    ...(state.priority && action.type.startsWith("accept") ? { priority: state.priority } : {}),
    ...(state.appointmentId && state.appointmentId !== current.appointmentId
      ? { appointmentId: state.appointmentId }
      : {}),
    ...(releases ? { appointmentId: releases } : {}),
    ...(state.informationRequest ? { informationRequest: state.informationRequest } : {}),
    ...(state.rejection && action.type === "reject" ? { rejection: state.rejection } : {}),
    ...(action.type === "accept" || action.type === "cancel-booking"
      ? { nextStep: current.bookOnline ? "book-online" : "service-will-contact" }
      : {}),
  };
  return {
    kind: "applied",
    state,
    event,
    ...(releases ? { cancelsAppointmentId: releases } : {}),
  };
}
