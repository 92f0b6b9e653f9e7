import {
  appointmentActions,
  appointmentStatuses,
  type SessionTemplate as DomainSessionTemplate,
  daysOfWeek,
  isLocalTime,
  publishRangeProblems,
  sessionEndTimeProblem,
  sessionTemplateLimits,
  slotChannels,
  slotStatuses,
} from "@front-door/domain";
import * as z from "zod/mini";
import { LocalDate } from "./dashboard.ts";
import { ServiceCode } from "./services.ts";

/**
 * Same-day scheduling over HTTP: session templates, publishing, slots and appointments.
 * Value sets and rules come from @front-door/domain, so the form, the API and the domain
 * cannot disagree. Each field gets at most one message: checks abort at the first failure,
 * and cross-field checks run only when every field is already valid.
 */

export const SlotStatus = z.enum(slotStatuses);
export type SlotStatus = z.infer<typeof SlotStatus>;

export const AppointmentStatus = z.enum(appointmentStatuses);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const SlotChannel = z.enum(slotChannels, { error: "Choose in person, telephone or video" });
export type SlotChannel = z.infer<typeof SlotChannel>;

export const DayOfWeek = z.enum(daysOfWeek, { error: "Choose days from Monday to Sunday" });
export type DayOfWeek = z.infer<typeof DayOfWeek>;

export const AppointmentAction = z.enum(appointmentActions, {
  error: "Choose check in, complete, did not attend or cancel",
});
export type AppointmentAction = z.infer<typeof AppointmentAction>;

const everyFieldValid = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0;

const localTime = (message: string) =>
  z.string({ error: message }).check(z.refine(isLocalTime, message));

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .number({ error: message })
    .check(
      z.int({ error: message, abort: true }),
      z.gte(min, { error: message, abort: true }),
      z.lte(max, { error: message }),
    );

const { slotMinutes, parallel } = sessionTemplateLimits;

/** What a receptionist sends to create or change a session template for their site. */
export const SessionTemplateInput = z
  .object({
    service: z.enum(ServiceCode.options, { error: "Choose a service from the list" }),
    daysOfWeek: z.array(DayOfWeek, { error: "Choose at least one day of the week" }).check(
      z.minLength(1, { error: "Choose at least one day of the week", abort: true }),
      z.refine((days) => new Set(days).size === days.length, "Choose each day of the week once"),
    ),
    startTime: localTime("Enter a start time like 08:00"),
    endTime: localTime("Enter an end time like 18:30"),
    slotMinutes: wholeNumber(
      slotMinutes.min,
      slotMinutes.max,
      `Slot length must be a whole number of minutes from ${slotMinutes.min} to ${slotMinutes.max}`,
    ),
    parallel: wholeNumber(
      parallel.min,
      parallel.max,
      `Clinicians on shift must be a whole number from ${parallel.min} to ${parallel.max}`,
    ),
    channel: SlotChannel,
    sameDayOnly: z.boolean({
      error: "Choose whether these slots are kept for same-day appointments",
    }),
  })
  .check(
    z.superRefine(
      (session, ctx) => {
        const message = sessionEndTimeProblem(session);
        if (message)
          ctx.issues.push({ code: "custom", message, path: ["endTime"], input: session });
      },
      { when: everyFieldValid },
    ),
  );
export type SessionTemplateInput = z.infer<typeof SessionTemplateInput>;

export const SessionTemplate = z.extend(SessionTemplateInput, {
  id: z.string(),
  siteId: z.string(),
});
export type SessionTemplate = z.infer<typeof SessionTemplate>;

/** A receptionist's request to publish their site's templates for London dates from–to. */
export const PublishRequest = z.object({ from: LocalDate, to: LocalDate }).check(
  z.superRefine(
    (range, ctx) => {
      for (const problem of publishRangeProblems(range.from, range.to)) {
        ctx.issues.push({
          code: "custom",
          message: problem.message,
          path: [problem.path],
          input: range,
        });
      }
    },
    { when: everyFieldValid },
  ),
);
export type PublishRequest = z.infer<typeof PublishRequest>;

export const PublishResult = z.object({
  created: z.number(),
  alreadyPublished: z.number(),
});
export type PublishResult = z.infer<typeof PublishResult>;

/** A slot as the API returns it: UTC instants for machines, London wall clock for people. */
export const Slot = z.object({
  id: z.string(),
  templateId: z.string(),
  siteId: z.string(),
  service: ServiceCode,
  channel: SlotChannel,
  status: SlotStatus,
  sameDayOnly: z.boolean(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  localDate: z.string(),
  localStart: z.string(),
  localEnd: z.string(),
  /** Receptionists only: why a slot is busy-unavailable. */
  blockedReason: z.optional(z.string()),
});
export type Slot = z.infer<typeof Slot>;

export const Appointment = z.object({
  id: z.string(),
  slotId: z.string(),
  patientId: z.string(),
  status: AppointmentStatus,
  channel: SlotChannel,
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  localDate: z.string(),
  localStart: z.string(),
  siteId: z.string(),
  service: ServiceCode,
  /** What the patient quotes and shows: short, no clinical meaning. */
  bookingReference: z.string(),
  cancellationReason: z.optional(z.string()),
});
export type Appointment = z.infer<typeof Appointment>;

const reason = (missing: string) =>
  z
    .string({ error: missing })
    .check(
      z.trim(),
      z.minLength(1, { error: missing, abort: true }),
      z.maxLength(200, "Reason must be 200 characters or fewer"),
    );

export const BlockSlotRequest = z.object({ reason: reason("Enter why the slot is blocked") });
export type BlockSlotRequest = z.infer<typeof BlockSlotRequest>;

/** The patient is told the reason, so it must make sense to them. */
export const CancelAppointmentRequest = z.object({
  reason: reason("Enter why the appointment is cancelled"),
});
export type CancelAppointmentRequest = z.infer<typeof CancelAppointmentRequest>;

/** A stored template is the domain's template: this stops compiling if the two drift apart. */
export function toDomainSessionTemplate(template: SessionTemplate): DomainSessionTemplate {
  return template;
}
