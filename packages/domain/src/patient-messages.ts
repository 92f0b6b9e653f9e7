/**
 * The words of the texts and emails patients are sent. Never clinical details: a message says
 * where and when, and how to change it — not why. Channels follow the patient's consent.
 */
export interface MessageContext {
  siteName: string;
  /** London date and time as people read them, e.g. "Tuesday 24 November at 10:15". */
  when: string;
  channel: "in-person" | "telephone" | "video";
  bookingReference?: string;
}

const how = (channel: MessageContext["channel"]) =>
  channel === "telephone"
    ? "a phone appointment"
    : channel === "video"
      ? "a video appointment"
      : "an appointment";

export const patientMessages = {
  bookingConfirmed: (c: MessageContext) =>
    `You have ${how(c.channel)} with ${c.siteName} on ${c.when}. Your booking reference is ${c.bookingReference}. To cancel or change it, sign in to Front Door or call the practice.`,
  bookingCancelledByPatient: (c: MessageContext) =>
    `Your appointment with ${c.siteName} on ${c.when} (reference ${c.bookingReference}) is cancelled.`,
  bookingCancelledByPractice: (c: MessageContext) =>
    `${c.siteName} has had to cancel your appointment on ${c.when} (reference ${c.bookingReference}). Sign in to Front Door to book another, or call the practice.`,
  bookingChanged: (c: MessageContext) =>
    `Your appointment has changed. You now have ${how(c.channel)} with ${c.siteName} on ${c.when}. Your new booking reference is ${c.bookingReference}; the old one is cancelled.`,
  waitingListOffer: (c: MessageContext, minutes: number) =>
    `${c.siteName} has ${how(c.channel)} free on ${c.when}. It is held for you for ${minutes} minutes: sign in to Front Door to take it.`,
  appointmentReminder: (c: MessageContext) =>
    `Reminder: you have ${how(c.channel)} with ${c.siteName} on ${c.when} (reference ${c.bookingReference}). If you cannot make it, cancel it in Front Door or call the practice, so someone else can have it.`,
  requestAllocated: (c: MessageContext) =>
    `${c.siteName} has booked you ${how(c.channel)} on ${c.when}. Your booking reference is ${c.bookingReference}.`,
} as const;

/**
 * An email's subject line by message kind: says what it is about, never why (no clinical
 * details), and is the same for every patient.
 */
export function messageSubject(kind: string): string {
  switch (kind) {
    case "booking-confirmed":
    case "request-allocated":
      return "Your appointment is booked";
    case "booking-changed":
      return "Your appointment has changed";
    case "booking-cancelled-by-patient":
    case "booking-cancelled-by-practice":
      return "Your appointment is cancelled";
    case "waiting-list-offer":
      return "An appointment is held for you";
    case "appointment-reminder":
      return "Reminder: your appointment";
    case "referral-booked":
    case "referral-accepted-and-booked":
      return "Your appointment is booked";
    case "referral-booking-cancelled":
      return "Your appointment is cancelled";
    default:
      return "A message about your care";
  }
}

/**
 * Texts and emails about self-referrals. They name the site and the reference, never the
 * service: "your referral to talking therapies" on a lock screen is itself a clinical detail.
 */
export interface ReferralMessageContext {
  siteName: string;
  reference: string;
}

export const referralMessages = {
  received: (c: ReferralMessageContext) =>
    `${c.siteName} has your self-referral (reference ${c.reference}). They will look at it and let you know what happens next. Sign in to Front Door to follow it.`,
  accepted: (c: ReferralMessageContext, bookOnline: boolean) =>
    bookOnline
      ? `${c.siteName} has accepted your self-referral (reference ${c.reference}). Sign in to Front Door to choose an appointment.`
      : `${c.siteName} has accepted your self-referral (reference ${c.reference}). They will contact you to arrange an appointment.`,
  informationRequested: (c: ReferralMessageContext) =>
    `${c.siteName} needs more information about your self-referral (reference ${c.reference}). Sign in to Front Door to see what they need.`,
  rejected: (c: ReferralMessageContext) =>
    `${c.siteName} cannot accept your self-referral (reference ${c.reference}). Sign in to Front Door to see why and where to go instead.`,
  withdrawn: (c: ReferralMessageContext) =>
    `Your self-referral to ${c.siteName} (reference ${c.reference}) is withdrawn.`,
  completed: (c: ReferralMessageContext) =>
    `${c.siteName} has completed your self-referral (reference ${c.reference}).`,
  booked: (c: ReferralBookingMessageContext) =>
    `You have ${how(c.channel)} with ${c.siteName} on ${c.when} for your self-referral (reference ${c.reference}). Your booking reference is ${c.bookingReference}. To cancel it, sign in to Front Door or call ${c.siteName}.`,
  acceptedAndBooked: (c: ReferralBookingMessageContext) =>
    `${c.siteName} has accepted your self-referral (reference ${c.reference}) and booked you ${how(c.channel)} on ${c.when}. Your booking reference is ${c.bookingReference}. If you cannot make it, sign in to Front Door or call ${c.siteName}.`,
  bookingCancelled: (
    c: ReferralBookingMessageContext,
    by: "patient" | "service",
    bookOnline: boolean,
  ) => {
    const what =
      by === "patient"
        ? `Your appointment with ${c.siteName} on ${c.when} (booking reference ${c.bookingReference}) is cancelled.`
        : `${c.siteName} has had to cancel your appointment on ${c.when} (booking reference ${c.bookingReference}).`;
    const next = bookOnline
      ? "sign in to Front Door to choose another time."
      : `${c.siteName} will contact you to arrange another.`;
    return `${what} Your self-referral (reference ${c.reference}) is still open: ${next}`;
  },
} as const;

/** A referral's appointment: where and when, as in every booking message, and both references. */
export interface ReferralBookingMessageContext extends ReferralMessageContext {
  when: string;
  channel: MessageContext["channel"];
  bookingReference: string;
}

/** Which channels a patient has agreed to; none means the practice contacts them another way. */
export function consentedChannels(consent: { sms: boolean; email: boolean }): ("sms" | "email")[] {
  return [
    ...(consent.sms ? (["sms"] as const) : []),
    ...(consent.email ? (["email"] as const) : []),
  ];
}

/**
 * How far ahead a date may be and still be named without its year: a message naming "Tuesday
 * 2 March" in December could be read as last March or the next; past this, or before `now`,
 * the year is named.
 */
export const datesWithoutYearDays = 90;

/**
 * "Tuesday 24 November at 10:15" for an instant, in London time. Given `now`, an instant that
 * is before it or more than datesWithoutYearDays after it names its year: "Tuesday 2 March
 * 2027 at 09:00".
 */
export function londonWhen(instant: Date, now?: Date): string {
  const { day, year, clock } = londonFormats();
  const ahead = now ? instant.getTime() - now.getTime() : 0;
  // Formatted apart: en-GB puts a comma after the weekday when the year is asked for with it.
  const withYear = ahead < 0 || ahead > datesWithoutYearDays * 86_400_000;
  return `${day.format(instant)}${withYear ? ` ${year.format(instant)}` : ""} at ${clock.format(instant)}`;
}

// Made on first use and kept: making an Intl.DateTimeFormat costs far more than using one,
// and functions that never word a date should not pay for it at cold start.
let formats:
  | { day: Intl.DateTimeFormat; year: Intl.DateTimeFormat; clock: Intl.DateTimeFormat }
  | undefined;
function londonFormats() {
  formats ??= {
    day: new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      weekday: "long",
      day: "numeric",
      month: "long",
    }),
    year: new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric" }),
    clock: new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }),
  };
  return formats;
}

const referenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A booking reference people can read out on the phone: 8 characters without the easily
 * confused 0/O, 1/I. `random` is injectable for tests; it must return integers in [0, 32).
 */
export function bookingReference(random: () => number = () => cryptoRandomIndex()): string {
  let reference = "";
  for (let i = 0; i < 8; i++) reference += referenceAlphabet[random()] ?? "A";
  return reference;
}

function cryptoRandomIndex(): number {
  const bytes = new Uint8Array(1);
  globalThis.crypto.getRandomValues(bytes);
  return (bytes[0] ?? 0) % referenceAlphabet.length;
}
