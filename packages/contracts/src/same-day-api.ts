import * as z from "zod/mini";
import { AppointmentStatus, SlotChannel } from "./scheduling.ts";
import { ServiceCode } from "./services.ts";
import { TriageOutcome } from "./triage.ts";

/**
 * The patient's same-day journey over HTTP: triage, free slots near them, hold, book, their
 * appointments, the call-back queue and the waiting list. One message per field: checks abort
 * at their first failure. The patient is always the signed-in one: no schema here names a
 * patient.
 */

/** Ids the service made (uuids, slot ids): short, no spaces, no key separators. */
const id = (missing: string) =>
  z
    .string({ error: missing })
    .check(
      z.trim(),
      z.minLength(1, { error: missing, abort: true }),
      z.maxLength(200, { error: missing, abort: true }),
      z.regex(/^[A-Za-z0-9._:-]+$/, missing),
    );

const slotId = () => id("Choose a time from the list");
/** A slot's id as a request names it (a referral's booking too). */
export const SlotId = slotId();
const requestId = () => id("Start again: answer the questions to ask for an appointment today");

/** What POST /api/same-day/requests answers: the triage outcome, and the request to book for. */
export const SameDayRequestResponse = z.object({
  outcome: TriageOutcome,
  /** Present when the patient may go on to choose a slot. */
  requestId: z.optional(z.string()),
});
export type SameDayRequestResponse = z.infer<typeof SameDayRequestResponse>;

export const SameDaySlotsQuery = z.object({
  requestId: requestId(),
  /**
   * Later times at one site: the site, and the start of the last time already listed there
   * (its `laterAfter`). Only that site is answered, with its times starting after that.
   */
  siteId: z.optional(id("Choose a place from the list")),
  after: z.optional(z.iso.datetime({ error: "Enter the start of the last time listed" })),
});
export type SameDaySlotsQuery = z.infer<typeof SameDaySlotsQuery>;

/** A free slot as a patient chooses it: UTC instants for machines, London times for people. */
export const OfferedSlot = z.object({
  id: z.string(),
  siteId: z.string(),
  channel: SlotChannel,
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  localDate: z.string(),
  localStart: z.string(),
  localEnd: z.string(),
});
export type OfferedSlot = z.infer<typeof OfferedSlot>;

export const SameDaySiteSlots = z.object({
  site: z.object({
    id: z.string(),
    name: z.string(),
    address: z.object({ lines: z.array(z.string()), town: z.string(), postcode: z.string() }),
    phone: z.string(),
    /** The patient's own practice site. */
    registered: z.boolean(),
    distance: z.object({ km: z.number(), miles: z.number() }),
  }),
  /** Channels with a free slot, the soonest first; slots soonest first. */
  channels: z.array(z.object({ channel: SlotChannel, slots: z.array(OfferedSlot) })),
  /**
   * Present when more times may be free later today than are listed (a site lists its soonest
   * few dozen): ask again with this site's id and `after` set to this.
   */
  laterAfter: z.optional(z.iso.datetime()),
});
export type SameDaySiteSlots = z.infer<typeof SameDaySiteSlots>;

/** What a patient can do next when no slot suits: never a dead end. */
export const SameDayNextSteps = z.object({
  callback: z.object({ method: z.literal("POST"), path: z.string(), description: z.string() }),
  waitingList: z.object({ method: z.literal("POST"), path: z.string(), description: z.string() }),
});

export const SameDaySlotsResponse = z.object({
  requestId: z.string(),
  localDate: z.string(),
  /** Nearest first; the registered site first of all. Sites with nothing free are left out. */
  sites: z.array(SameDaySiteSlots),
  /** Present when nothing is free anywhere near: the call-back queue and the waiting list. */
  message: z.optional(z.string()),
  nextSteps: SameDayNextSteps,
});
export type SameDaySlotsResponse = z.infer<typeof SameDaySlotsResponse>;

export const HoldRequest = z.object({
  slotId: slotId(),
  /**
   * The patient's own same-day appointment this hold is to change it for: the one same-day
   * appointment a day does not stand in its way.
   */
  changing: z.optional(id("Choose the appointment to change from your appointments")),
});
export type HoldRequest = z.infer<typeof HoldRequest>;

export const HoldResponse = z.object({
  slot: OfferedSlot,
  /** UTC instant: confirm before then or the slot is free for others again. */
  heldUntil: z.iso.datetime(),
});
export type HoldResponse = z.infer<typeof HoldResponse>;

/**
 * The 409 for a taken slot: the usual error body, plus the next free times at that site today,
 * so the patient can choose again at once. Clients that only read `error` are unaffected.
 */
export const SlotTakenBody = z.object({
  error: z.object({ code: z.literal("slot_taken"), message: z.string() }),
  alternatives: z.array(OfferedSlot),
  /**
   * What else the patient can do, as API calls: ask for a call back or join the waiting list,
   * each with the same-day request id their triage gave them. Always present, so a loser is
   * never left without a way on even when no other time is free.
   */
  nextSteps: z.array(
    z.object({
      kind: z.enum(["call-back", "waiting-list"]),
      method: z.literal("POST"),
      path: z.string(),
      description: z.string(),
    }),
  ),
});
export type SlotTakenBody = z.infer<typeof SlotTakenBody>;

/**
 * The 409 for a same-day hold when the patient already has a same-day appointment that day:
 * the usual error body plus that appointment, for the page to show with a way to it.
 */
export const AlreadyBookedTodayBody = z.object({
  error: z.object({ code: z.literal("already_booked_today"), message: z.string() }),
  appointment: z.object({
    id: z.string(),
    siteName: z.string(),
    channel: SlotChannel,
    start: z.iso.datetime(),
    localDate: z.string(),
    localStart: z.string(),
  }),
});
export type AlreadyBookedTodayBody = z.infer<typeof AlreadyBookedTodayBody>;

/** Letting go of a time the patient held but no longer wants, so others can have it at once. */
export const HoldReleaseRequest = z.object({ slotId: slotId() });
export type HoldReleaseRequest = z.infer<typeof HoldReleaseRequest>;

export const HoldReleaseResponse = z.object({
  /** False when the caller did not hold it (already released, run out, booked or another's). */
  released: z.boolean(),
});
export type HoldReleaseResponse = z.infer<typeof HoldReleaseResponse>;

export const BookingRequest = z.object({
  slotId: slotId(),
  requestId: z.optional(requestId()),
});
export type BookingRequest = z.infer<typeof BookingRequest>;

/** An appointment as its patient sees it. */
export const MyAppointment = z.object({
  id: z.string(),
  status: AppointmentStatus,
  bookingReference: z.string(),
  service: ServiceCode,
  channel: SlotChannel,
  site: z.object({ id: z.string(), name: z.string(), phone: z.optional(z.string()) }),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  localDate: z.string(),
  localStart: z.string(),
  /** "Tuesday 24 November at 10:15", London time. */
  when: z.string(),
  cancellationReason: z.optional(z.string()),
  /** The self-referral it was booked for: cancelling it reopens the referral for booking. */
  referral: z.optional(z.object({ id: z.string(), reference: z.string() })),
});
export type MyAppointment = z.infer<typeof MyAppointment>;

export const BookingResponse = z.object({
  appointment: MyAppointment,
  bookingReference: z.string(),
});
export type BookingResponse = z.infer<typeof BookingResponse>;

/** Slots the waiting list has held for the patient: confirm one like any held slot. */
export const MyOffersResponse = z.object({
  offers: z.array(
    z.object({
      hold: HoldResponse,
      site: z.object({
        id: z.string(),
        name: z.string(),
        address: z.object({ lines: z.array(z.string()), town: z.string(), postcode: z.string() }),
        phone: z.string(),
      }),
    }),
  ),
});
export type MyOffersResponse = z.infer<typeof MyOffersResponse>;

/** Cancel-and-rebook: the new slot must already be held by the patient. */
export const ChangeAppointmentRequest = z.object({ slotId: slotId() });
export type ChangeAppointmentRequest = z.infer<typeof ChangeAppointmentRequest>;

export const ChangeAppointmentResponse = z.object({
  appointment: MyAppointment,
  replaced: MyAppointment,
  bookingReference: z.string(),
});
export type ChangeAppointmentResponse = z.infer<typeof ChangeAppointmentResponse>;

/**
 * The times a booked appointment could change to: today's free same-day times at the patient's
 * practice and the nearest other sites, shaped as the booking journey's (nearest first, by
 * channel), the appointment's own time left out. Keyed by the appointment, not a request: the
 * request a booking answered is closed once booked.
 */
/** Later times at one site, as on the slots page: the site and its `laterAfter`. */
export const ChangeSlotsQuery = z.object({
  siteId: z.optional(id("Choose a place from the list")),
  after: z.optional(z.iso.datetime({ error: "Enter the start of the last time listed" })),
});
export type ChangeSlotsQuery = z.infer<typeof ChangeSlotsQuery>;

export const ChangeSlotsResponse = z.object({
  /** The appointment being changed, as its patient sees it. */
  appointment: MyAppointment,
  localDate: z.string(),
  /** Nearest first; the registered site first of all. Sites with nothing free are left out. */
  sites: z.array(SameDaySiteSlots),
  /** Present when nothing is free: the appointment the patient has stands. */
  message: z.optional(z.string()),
});
export type ChangeSlotsResponse = z.infer<typeof ChangeSlotsResponse>;

export const MyAppointmentsResponse = z.object({
  /** Soonest first. */
  upcoming: z.array(MyAppointment),
  /** Most recent first. */
  past: z.array(MyAppointment),
});
export type MyAppointmentsResponse = z.infer<typeof MyAppointmentsResponse>;

export const MyAppointmentParams = z.object({
  appointmentId: id("We could not find that appointment"),
});
export type MyAppointmentParams = z.infer<typeof MyAppointmentParams>;

export const MyAppointmentResponse = z.object({ appointment: MyAppointment });
export type MyAppointmentResponse = z.infer<typeof MyAppointmentResponse>;

export const SameDayRequestParams = z.object({ requestId: requestId() });
export type SameDayRequestParams = z.infer<typeof SameDayRequestParams>;

/** Nothing to say beyond the path: an empty JSON object. */
export const CallbackRequest = z.object({});
export type CallbackRequest = z.infer<typeof CallbackRequest>;

export const CallbackResponse = z.object({
  requestId: z.string(),
  status: z.literal("open"),
  message: z.string(),
});
export type CallbackResponse = z.infer<typeof CallbackResponse>;

export const WaitingListRequest = z.object({ requestId: requestId() });
export type WaitingListRequest = z.infer<typeof WaitingListRequest>;

export const WaitingListResponse = z.object({
  siteId: z.string(),
  localDate: z.string(),
  status: z.enum(["joined", "already-waiting"]),
  message: z.string(),
});
export type WaitingListResponse = z.infer<typeof WaitingListResponse>;
