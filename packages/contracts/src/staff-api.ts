import { isValidNhsNumber, sessionIdPattern } from "@front-door/domain";
import * as z from "zod/mini";
import { LocalDate } from "./dashboard.ts";
import {
  Appointment,
  AppointmentAction,
  AppointmentStatus,
  SessionTemplate,
  Slot,
  SlotChannel,
} from "./scheduling.ts";
import { ServiceCode } from "./services.ts";

/**
 * Receptionists' and clinicians' API. The site always comes from the caller's token, never
 * from the request, so nothing here names a site. One message per field, as in scheduling.ts.
 */

const everyFieldValid = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0;

/** Ids the service made itself (slots, appointments, requests): letters, digits, _ and -. */
const ownId = (message: string) =>
  z
    .string({ error: message })
    .check(z.regex(/^[A-Za-z0-9_-]{1,200}$/, { error: message, abort: true }));

const optionalText = (max: number, tooLong: string) =>
  z.optional(z.string({ error: tooLong }).check(z.trim(), z.maxLength(max, tooLong)));

export const TemplateParams = z.object({
  templateId: z
    .string({ error: "Template id must be lower-case letters, digits and hyphens" })
    .check(z.regex(sessionIdPattern, "Template id must be lower-case letters, digits and hyphens")),
});

export const SessionTemplatesResponse = z.object({ templates: z.array(SessionTemplate) });
export type SessionTemplatesResponse = z.infer<typeof SessionTemplatesResponse>;

/** A day at the caller's site; today (London) when no date is given. */
export const StaffDayQuery = z.object({ date: z.optional(LocalDate) });
export type StaffDayQuery = z.infer<typeof StaffDayQuery>;

/** What staff need to know to serve a patient well: from their "tell your story once" profile. */
export const CommunicationNeeds = z.object({
  interpreterLanguage: z.optional(z.string()),
  britishSignLanguage: z.boolean(),
  easyRead: z.boolean(),
  largePrint: z.boolean(),
  otherNeeds: z.optional(z.string()),
  accessibilityNeeds: z.optional(z.string()),
  carer: z.optional(
    z.object({
      kind: z.enum(["carer", "advocate"]),
      name: z.string(),
      mayActOnMyBehalf: z.boolean(),
    }),
  ),
});
export type CommunicationNeeds = z.infer<typeof CommunicationNeeds>;

export const PatientSummary = z.object({
  id: z.string(),
  name: z.object({ given: z.string(), family: z.string() }),
  preferredName: z.optional(z.string()),
  communication: CommunicationNeeds,
});
export type PatientSummary = z.infer<typeof PatientSummary>;

export const StaffDaySlot = z.extend(Slot, {
  /** Booked slots only: the appointment and who it is for. */
  appointment: z.optional(
    z.object({
      id: z.string(),
      status: AppointmentStatus,
      bookingReference: z.string(),
      channel: SlotChannel,
      bookedBy: z.enum(["patient", "staff"]),
      patient: z.optional(PatientSummary),
    }),
  ),
});
export type StaffDaySlot = z.infer<typeof StaffDaySlot>;

export const StaffDayResponse = z.object({
  site: z.object({ id: z.string(), name: z.string() }),
  date: z.string(),
  slots: z.array(StaffDaySlot),
});
export type StaffDayResponse = z.infer<typeof StaffDayResponse>;

export const SlotParams = z.object({ slotId: ownId("Choose a slot from the day list") });

/** Unblocking needs nothing but the slot: send {}. */
export const UnblockSlotRequest = z.object({});

export const SlotChangeResponse = z.object({
  slot: Slot,
  /** After an unblock: whether the slot was offered to the next patient on the waiting list. */
  offeredToWaitingList: z.boolean(),
});
export type SlotChangeResponse = z.infer<typeof SlotChangeResponse>;

export const AppointmentParams = z.object({
  appointmentId: ownId("Choose an appointment from the day list"),
});

const cancelReasonMissing = "Enter why the appointment is cancelled";

/** The patient is told a cancellation's reason, so a cancel must have one. */
export const AppointmentActionRequest = z
  .object({
    action: AppointmentAction,
    reason: optionalText(200, "Reason must be 200 characters or fewer"),
  })
  .check(
    z.superRefine(
      (request, ctx) => {
        if (request.action === "cancel" && !request.reason) {
          ctx.issues.push({
            code: "custom",
            message: cancelReasonMissing,
            path: ["reason"],
            input: request,
          });
        }
      },
      { when: everyFieldValid },
    ),
  );
export type AppointmentActionRequest = z.infer<typeof AppointmentActionRequest>;

export const AppointmentActionResponse = z.object({
  appointment: Appointment,
  /** After a cancel: whether the freed slot was offered to the waiting list. */
  offeredToWaitingList: z.optional(z.boolean()),
});
export type AppointmentActionResponse = z.infer<typeof AppointmentActionResponse>;

const nhsNumberMessage = "Enter a valid 10-digit NHS number, like 943 476 5919";

/** A receptionist books for a patient who phoned: the same booking path as patients use. */
export const StaffBookingRequest = z.object({
  slotId: ownId("Choose a slot from the day list"),
  nhsNumber: z
    .string({ error: nhsNumberMessage })
    .check(z.trim(), z.refine(isValidNhsNumber, nhsNumberMessage)),
  /** A same-day request in the site's queue that this booking answers. */
  requestId: z.optional(ownId("Choose a request from the queue")),
  /**
   * Why a time that has started, or is beyond the booking horizon, is booked all the same
   * (kept on the appointment with who booked it). Without one, such a booking is refused.
   */
  reason: optionalText(500, "The reason must be 500 characters or fewer"),
});
export type StaffBookingRequest = z.infer<typeof StaffBookingRequest>;

export const StaffBookingResponse = z.object({
  appointment: Appointment,
  patient: PatientSummary,
});
export type StaffBookingResponse = z.infer<typeof StaffBookingResponse>;

export const QueueQuery = z.object({ date: z.optional(LocalDate) });
export type QueueQuery = z.infer<typeof QueueQuery>;

export const sameDayRequestStatuses = [
  "started",
  "open",
  "allocated",
  "closed",
  "diverted",
  "unmet",
] as const;

/** A queue entry's patient: the NHS number too, to identify them on the phone and to book. */
export const QueuePatient = z.extend(PatientSummary, {
  /** 10 digits, no spaces; pages show it as "999 000 1383". */
  nhsNumber: z.string().check(z.regex(/^\d{10}$/)),
});
export type QueuePatient = z.infer<typeof QueuePatient>;

export const QueueEntry = z.object({
  id: z.string(),
  status: z.enum(sameDayRequestStatuses),
  service: ServiceCode,
  createdAt: z.string(),
  /** The patient's own words. */
  description: z.optional(z.string()),
  /** Their words read as an emergency and they said it was not: call them back first. */
  urgent: z.optional(z.literal(true)),
  outcome: z.optional(z.string()),
  closedAt: z.optional(z.string()),
  appointmentId: z.optional(z.string()),
  patient: z.optional(QueuePatient),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

export const QueueResponse = z.object({ date: z.string(), requests: z.array(QueueEntry) });
export type QueueResponse = z.infer<typeof QueueResponse>;

export const RequestParams = z.object({ requestId: ownId("Choose a request from the queue") });

export const queueOutcomes = [
  "called-back",
  "redirected-to-pharmacy",
  "redirected-to-111",
  "other",
] as const;

export const CloseRequestBody = z.object({
  outcome: z.enum(queueOutcomes, {
    error: "Choose called back, sent to a pharmacy, sent to NHS 111 or other",
  }),
  note: optionalText(500, "Note must be 500 characters or fewer"),
});
export type CloseRequestBody = z.infer<typeof CloseRequestBody>;

export const CloseRequestResponse = z.object({
  id: z.string(),
  status: z.literal("closed"),
  outcome: z.enum(queueOutcomes),
});
export type CloseRequestResponse = z.infer<typeof CloseRequestResponse>;
