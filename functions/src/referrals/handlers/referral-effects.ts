import { londonWhen, type ReferralEventType, referralMessages } from "@front-door/domain";
import { type AppointmentRecord, type ReferralRecord, waitBucket } from "@front-door/store";

/**
 * What a referral change causes beyond the referral itself: the dashboard's counts and the
 * patient's message. Pure: the caller writes both in the change's own transaction.
 */

interface MessageFacts {
  siteName: string;
  reference: string;
  /** The referral after the change. */
  after: ReferralRecord;
  /** Who made the change, as the patient is told it. */
  by: "patient" | "service";
  /** When the message is written: a date far from it names its year. */
  now: Date;
  /** The appointment booked or cancelled by it, if any. */
  appointment?: Pick<AppointmentRecord, "start" | "channel" | "bookingReference">;
}

const withAppointment = (facts: MessageFacts) =>
  facts.appointment && {
    siteName: facts.siteName,
    reference: facts.reference,
    when: londonWhen(new Date(facts.appointment.start), facts.now),
    channel: facts.appointment.channel,
    bookingReference: facts.appointment.bookingReference,
  };

const messageOf: Partial<Record<ReferralEventType, (facts: MessageFacts) => string | undefined>> = {
  accepted: (f) => referralMessages.accepted(f, f.after.bookOnline),
  "accepted-and-booked": (f) => {
    const c = withAppointment(f);
    return c && referralMessages.acceptedAndBooked(c);
  },
  booked: (f) => {
    const c = withAppointment(f);
    return c && referralMessages.booked(c);
  },
  "booking-cancelled": (f) => {
    const c = withAppointment(f);
    return c && referralMessages.bookingCancelled(c, f.by, f.after.bookOnline);
  },
  "information-requested": (f) => referralMessages.informationRequested(f),
  rejected: (f) => referralMessages.rejected(f),
  withdrawn: (f) => referralMessages.withdrawn(f),
  completed: (f) => referralMessages.completed(f),
};

/** The patient's message for a change, or undefined when the change sends none. */
export function referralMessageText(
  type: ReferralEventType,
  facts: MessageFacts,
): string | undefined {
  return messageOf[type]?.(facts);
}

/** The dashboard's counts a change adds (reasons and waiting-time buckets included). */
export function referralCounts(
  type: ReferralEventType,
  before: ReferralRecord,
  after: ReferralRecord,
  now: Date,
  appointment: { start: string } | undefined,
): Record<string, number> {
  const hoursSinceSubmitted = (now.getTime() - Date.parse(before.submittedAt)) / 3_600_000;
  const triageWait =
    after.triagedAt && !before.triagedAt
      ? { [waitBucket("triageWait", hoursSinceSubmitted)]: 1 }
      : {};
  switch (type) {
    case "accepted":
      return { referralsAccepted: 1, ...triageWait };
    case "accepted-and-booked":
    case "booked": {
      // Time from referral to appointment: counted when the appointment is made, once per
      // booking (a rebooking after a cancellation counts its own wait).
      const hoursToAppointment = appointment
        ? (Date.parse(appointment.start) - Date.parse(before.submittedAt)) / 3_600_000
        : undefined;
      return {
        ...(type === "accepted-and-booked" ? { referralsAccepted: 1, ...triageWait } : {}),
        referralsBooked: 1,
        ...(hoursToAppointment !== undefined
          ? { [waitBucket("bookingWait", hoursToAppointment)]: 1 }
          : {}),
      };
    }
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
