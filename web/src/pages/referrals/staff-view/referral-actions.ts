import type { Role, StaffReferralResponse } from "@front-door/contracts";
import {
  type ReferralActionType,
  type ReferralPriority,
  type ReferralStage,
  referralTransitions,
} from "@front-door/domain";
import { appointmentWhen } from "../../../lib/format.ts";

/**
 * Which actions the referral page offers, from the domain's own transition table: the rules
 * the server applies, so nobody is offered a button the API would refuse. The server still
 * decides (someone may have acted meanwhile).
 *
 * Not offered: submitting (staff never see drafts).
 */
export const offeredActions = [
  "accept-and-book",
  "accept",
  "book",
  "request-information",
  "provide-information",
  "reject",
  "complete",
  "cancel-booking",
  "withdraw",
  "mark-entered-in-error",
] as const satisfies readonly ReferralActionType[];
export type OfferedAction = (typeof offeredActions)[number];

function staffRole(role: Role | undefined): "receptionist" | "clinician" | undefined {
  return role === "receptionist" || role === "clinician" ? role : undefined;
}

function allowed(action: OfferedAction, role: "receptionist" | "clinician", stage: ReferralStage) {
  const rule = referralTransitions[action];
  return rule.by.includes(role) && rule.from.includes(stage);
}

/** The actions `role` may take on a referral in `stage`, in the order the page shows them. */
export function actionsFor(role: Role | undefined, stage: ReferralStage): OfferedAction[] {
  const staff = staffRole(role);
  if (!staff) return [];
  return offeredActions.filter((action) => allowed(action, staff, stage));
}

/**
 * Whether a clinical decision (accept or reject) could be made now, but not by `role`: the
 * receptionist is told it is a clinician's to make rather than left looking for a button.
 */
export function awaitsClinician(role: Role | undefined, stage: ReferralStage): boolean {
  const staff = staffRole(role);
  if (!staff || staff === "clinician") return false;
  return (["accept", "reject"] as const).some(
    (action) => allowed(action, "clinician", stage) && !allowed(action, staff, stage),
  );
}

/** Whether the page needs the referral's free times: it offers to book one. */
export function needsFreeTimes(role: Role | undefined, stage: ReferralStage): boolean {
  return actionsFor(role, stage).some(
    (action) => action === "accept-and-book" || action === "book",
  );
}

/** What happens about an appointment once a referral is accepted, for staff to read. */
export function afterAccepting(bookOnline: boolean): string {
  return bookOnline
    ? "The patient can choose an appointment online, or you can book one for them."
    : "The service will contact the patient to arrange an appointment.";
}

type Referral = Pick<StaffReferralResponse["referral"], "bookOnline" | "appointment"> & {
  priority?: ReferralPriority | undefined;
};

function bookedDetail(referral: Referral): string {
  const { appointment } = referral;
  return appointment
    ? `${appointmentWhen(appointment)}, booking reference ${appointment.bookingReference}. The patient can see it in Front Door.`
    : "The patient can see it in Front Door.";
}

/** The success banner after an action: what happened, and what happens next. */
export function actionDone(
  action: OfferedAction,
  referral: Referral,
): { heading: string; detail: string } {
  const urgent = referral.priority === "urgent";
  switch (action) {
    case "accept":
      return {
        heading: urgent ? "Referral accepted as urgent" : "Referral accepted",
        detail: afterAccepting(referral.bookOnline),
      };
    case "accept-and-book":
      return {
        heading: urgent ? "Referral accepted as urgent and booked" : "Referral accepted and booked",
        detail: bookedDetail(referral),
      };
    case "book":
      return { heading: "Appointment booked", detail: bookedDetail(referral) };
    case "cancel-booking":
      return {
        heading: "Appointment cancelled",
        detail: `The time is free again and the referral is back to accepted. ${afterAccepting(referral.bookOnline)}`,
      };
    case "request-information":
      return {
        heading: "More information asked for",
        detail:
          "The patient can see your question in Front Door. The referral waits for their answer.",
      };
    case "provide-information":
      return {
        heading: "Information recorded as given",
        detail: "The referral is waiting for triage again.",
      };
    case "reject":
      return {
        heading: "Referral rejected",
        detail: "The patient can see why, and where to go instead, in Front Door.",
      };
    case "complete":
      return { heading: "Referral completed", detail: "It has left the triage queue." };
    case "withdraw":
      return {
        heading: "Referral withdrawn for the patient",
        detail: "The service will not act on it. It has left the triage queue.",
      };
    case "mark-entered-in-error":
      return {
        heading: "Referral marked as entered in error",
        detail: "It has left the triage queue and stays on the record.",
      };
    default: {
      const unreachable: never = action;
      throw new Error(`Unknown action ${String(unreachable)}`);
    }
  }
}
