import type { ReferralEvent } from "./referral-actions.ts";

/** A timeline entry as the patient reads it. Data, not markup: the web and messages use it. */
export interface TimelineEntry {
  title: string;
  description: string;
}

const nextStepWords = {
  "book-online": "You can now choose an appointment online.",
  "service-will-contact": "The service will contact you to arrange an appointment.",
} as const;

/**
 * What an event means for the patient, in plain English and the second person. Staff taking
 * a patient's action for them is said so, so nobody wonders who sent or withdrew a referral.
 */
export function describeReferralEvent(event: ReferralEvent): TimelineEntry {
  const forYou = event.onBehalfOfPatient ? " A member of staff did this for you." : "";
  const next = event.nextStep ? ` ${nextStepWords[event.nextStep]}` : "";
  switch (event.type) {
    case "submitted":
      return {
        title: "Referral sent",
        description: `Your referral was sent to the service. They will look at it and tell you what happens next.${forYou}`,
      };
    case "accepted":
      return {
        title: event.priority === "urgent" ? "Referral accepted as urgent" : "Referral accepted",
        description: `The service has accepted your referral${event.priority === "urgent" ? " and will see you as a priority" : ""}.${next}`,
      };
    case "accepted-and-booked":
      return {
        title: "Referral accepted and appointment booked",
        description:
          "The service has accepted your referral and booked an appointment for you. You can see it in your appointments.",
      };
    case "booked":
      return {
        title: "Appointment booked",
        description: `An appointment has been booked for this referral. You can see it in your appointments.${forYou}`,
      };
    case "booking-cancelled":
      return {
        title: "Appointment cancelled",
        description: `The appointment for this referral was cancelled. Your referral is still open.${next}${forYou}`,
      };
    case "information-requested":
      return {
        title: "The service needs more information",
        description: `The service asked: "${event.informationRequest ?? ""}" Reply so they can carry on with your referral.`,
      };
    case "information-provided":
      return {
        title: "More information sent",
        description: `You sent the information the service asked for. They will look at your referral again.${forYou}`,
      };
    case "rejected":
      return {
        title: "Referral not accepted",
        description: `${event.rejection?.reason ?? "The service cannot accept this referral."} ${event.rejection?.signpost ?? "Contact your GP practice."}`,
      };
    case "withdrawn":
      return {
        title: "Referral withdrawn",
        description: `This referral was withdrawn, so the service will not act on it. You can refer yourself again if you need to.${forYou}`,
      };
    case "completed":
      return {
        title: "Referral completed",
        description:
          "The service has finished your care for this referral. If you need help again, you can refer yourself again or contact your GP practice.",
      };
    case "entered-in-error":
      return {
        title: "Referral removed",
        description:
          "This referral was recorded by mistake and has been removed. Contact the service if you think this is wrong.",
      };
    default: {
      const unknownType: never = event.type;
      throw new Error(`Unknown referral event: ${String(unknownType)}`);
    }
  }
}
