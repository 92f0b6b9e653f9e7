import {
  daysOfWeek,
  isValidNhsNumber,
  requestOutcomes,
  requestStatuses,
  requestTypes,
} from "@front-door/domain";
import * as z from "zod/mini";
import { AttachedDocument, attachedDocumentIds } from "./documents.ts";
import { ReferralAnswers } from "./referral-questionnaire.ts";
import { TriageAdvice } from "./triage.ts";

/**
 * The online GP advice contract. A patient may add up to 3 supporting documents (uploaded
 * first through the documents routes) to the request as a whole, and up to 3 to each reply:
 * "files for the practice", not one set per problem.
 */

export const maxAdviceDocuments = 3;

/** An answer as an appointment: a few times, held long enough to read a message, not for days. */
export const maxOfferedTimes = 5;
export const minOfferHoldMinutes = 15;
export const maxOfferHoldMinutes = 2 * 24 * 60;

// Generous caps against hostile bodies; the domain enforces the real limits with stable codes.
const freeText = (max: number) =>
  z.string().check(z.maxLength(max, `Must be ${max} characters or fewer`));
const shortText = (max: number) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max, `Must be ${max} characters or fewer`)));

export const AdviceRequestParams = z.object({
  requestId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, "Not a request id")),
});

const Subject = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("self") }),
  z.object({
    kind: z.literal("someone-i-care-for"),
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, "Enter their name"),
        z.maxLength(100, "Name must be 100 characters or fewer"),
      ),
    relationship: shortText(60),
    dateOfBirth: z.optional(
      z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2019-04-12")),
    ),
  }),
]);

const Contact = z.object({
  method: z.enum(["phone", "text", "email", "online"], {
    error: "Choose how the practice should contact you",
  }),
  phone: shortText(20),
  times: shortText(200),
  preferredClinician: shortText(100),
});

export const AdviceProblemInput = z.object({
  type: z.enum(requestTypes, { error: "Choose what the request is about" }),
  answers: ReferralAnswers,
  description: freeText(20_000),
});

const AdviceRequestBase = z.object({
  subject: Subject,
  emergencyCheck: z.object({
    population: z.enum(["adult", "child"]),
    signs: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(30)),
  }),
  problems: z.array(AdviceProblemInput).check(z.maxLength(20, "Far too many problems")),
  /** Unset: prefilled from the profile. */
  contact: z.optional(Contact),
});

export const NewAdviceRequest = z.extend(AdviceRequestBase, {
  documentIds: attachedDocumentIds(maxAdviceDocuments),
});
export type NewAdviceRequest = z.infer<typeof NewAdviceRequest>;

/**
 * Staff entering a request for a patient who phoned: the same request, for a named patient,
 * without documents (only their owner can attach an upload).
 */
export const StaffNewAdviceRequest = z.extend(AdviceRequestBase, {
  nhsNumber: z
    .string({ error: "Enter a valid 10-digit NHS number" })
    .check(
      z.trim(),
      z.refine(isValidNhsNumber, "Enter a valid 10-digit NHS number, like 943 476 5919"),
    ),
});

const Deadline = z.object({ date: z.string(), dueAt: z.string(), text: z.string() });

export const AdviceRequestCreated = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("emergency"), advice: TriageAdvice }),
  z.object({
    kind: z.literal("sent"),
    requestId: z.string(),
    reference: z.string(),
    urgent: z.boolean(),
    /** Present when the patient's own words raised a flag: show it at once. */
    emergencyAdvice: z.optional(TriageAdvice),
    whatHappensNext: Deadline,
    reply: Deadline,
    safetyNetting: z.array(z.string()),
  }),
]);

const Entry = z.object({
  seq: z.number(),
  at: z.string(),
  kind: z.enum(["from-practice", "from-patient", "note", "event"]),
  by: z.enum(["patient", "staff", "system"]),
  actorId: z.optional(z.string()),
  action: z.optional(z.string()),
  text: z.optional(z.string()),
  needsReply: z.optional(z.boolean()),
  signpost: z.optional(z.string()),
  outcome: z.optional(z.string()),
  toStatus: z.optional(z.string()),
  documents: z.optional(z.array(AttachedDocument)),
});

const Problem = z.object({
  type: z.enum(requestTypes),
  answers: z.record(z.string(), z.unknown()),
  description: z.string(),
});

const OfferedTime = z.object({
  slotId: z.string(),
  service: z.string(),
  channel: z.enum(["in-person", "telephone", "video"]),
  start: z.string(),
  end: z.string(),
  localDate: z.string(),
  localStart: z.string(),
});

const RequestView = z.object({
  id: z.string(),
  reference: z.string(),
  siteId: z.string(),
  category: z.enum(["medical", "admin"]),
  subject: Subject,
  status: z.enum(requestStatuses),
  outcome: z.optional(z.enum(requestOutcomes)),
  urgent: z.boolean(),
  submittedAt: z.string(),
  replyDueDate: z.string(),
  replyDueAt: z.string(),
  version: z.number(),
  problems: z.array(Problem),
  /** Sent with the request; a reply's own are on its thread entry. */
  documents: z.array(AttachedDocument),
  contact: Contact,
  thread: z.array(Entry),
  /** Times held for the patient to book one of, until expiresAt. */
  offer: z.optional(
    z.object({
      times: z.array(OfferedTime),
      offeredAt: z.string(),
      holdMinutes: z.number(),
      expiresAt: z.string(),
    }),
  ),
  /** The appointment that answered the request. */
  appointment: z.optional(
    z.extend(OfferedTime, {
      appointmentId: z.string(),
      bookingReference: z.string(),
      bookedBy: z.enum(["patient", "staff"]),
    }),
  ),
});

export const MyAdviceRequestResponse = z.object({ request: RequestView });
export const MyAdviceRequestsResponse = z.object({
  requests: z.array(
    z.object({
      requestId: z.string(),
      reference: z.string(),
      category: z.enum(["medical", "admin"]),
      subjectKind: z.enum(["self", "someone-i-care-for"]),
      status: z.enum(requestStatuses),
      submittedAt: z.string(),
      replyDueDate: z.string(),
    }),
  ),
});

/** The patient's own statement, so a stray POST cannot make it for them. */
export const AdviceNotAnEmergencyRequest = z.object({
  notMeantAsEmergency: z.literal(true, {
    error: "Confirm what you wrote was not meant as an emergency",
  }),
});

export const AdviceReplyRequest = z.object({
  text: freeText(20_000),
  documentIds: attachedDocumentIds(maxAdviceDocuments),
});
/** The patient books one of the times offered. */
export const AdviceBookRequest = z.object({
  slotId: z.string().check(z.minLength(1, "Choose a time"), z.maxLength(200, "Choose a time")),
});

export const AdviceReplyResponse = z.object({
  request: RequestView,
  emergencyAdvice: z.optional(TriageAdvice),
});

const WhereToGo = z.object({
  title: z.string(),
  description: z.string(),
  href: z.optional(z.string()),
});

export const AdvicePracticeStatus = z.object({
  site: z.object({ id: z.string(), name: z.string() }),
  open: z.boolean(),
  acceptingRequests: z.boolean(),
  opensNext: z.optional(
    z.object({ date: z.string(), time: z.string(), at: z.string(), text: z.string() }),
  ),
  closedMessage: z.optional(z.string()),
  whereToGoNow: z.array(WhereToGo),
  requestTypes: z.array(
    z.object({
      type: z.enum(requestTypes),
      name: z.string(),
      category: z.enum(["medical", "admin"]),
    }),
  ),
  emergencySigns: z.object({ adult: z.array(z.string()), child: z.array(z.string()) }),
  /** The practice's promise in working days, for the start page to say before anyone asks. */
  targets: z.optional(z.object({ nextStepWorkingDays: z.number(), replyWorkingDays: z.number() })),
});

const Times = z.nullable(
  z.object({
    opens: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 08:00")),
    closes: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 18:30")),
  }),
);

export const AdviceSettingsBody = z.object({
  openingHours: z.object(
    Object.fromEntries(daysOfWeek.map((day) => [day, Times])) as Record<
      (typeof daysOfWeek)[number],
      typeof Times
    >,
  ),
  closedOnBankHolidays: z.boolean(),
  acceptWhenClosed: z.boolean(),
  enabledTypes: z.array(z.enum(requestTypes)).check(z.maxLength(requestTypes.length)),
  nextStepWorkingDays: z.number(),
  replyWorkingDays: z.number(),
  patientReplyDays: z.number(),
  closedMessage: z.string().check(z.maxLength(5_000)),
});
export type AdviceSettingsBody = z.infer<typeof AdviceSettingsBody>;
export const AdviceSettingsResponse = z.object({
  settings: AdviceSettingsBody,
  version: z.number(),
});

export type AdviceSettingsResponse = z.infer<typeof AdviceSettingsResponse>;
export const StaffAdviceInboxQuery = z.object({
  view: z.optional(
    z.enum(["unassigned", "mine", "all"], { error: "Choose unassigned, mine or all" }),
  ),
  type: z.optional(
    z.enum(["medical", "admin", ...requestTypes], { error: "Choose a type from the list" }),
  ),
});

export const StaffAdviceInboxResponse = z.object({
  requests: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      category: z.enum(["medical", "admin"]),
      types: z.array(z.enum(requestTypes)),
      status: z.enum(requestStatuses),
      urgent: z.boolean(),
      redFlagged: z.boolean(),
      overdue: z.boolean(),
      replyDueAt: z.string(),
      submittedAt: z.string(),
      assignee: z.optional(z.unknown()),
      patient: z.object({ name: z.string(), nhsNumber: z.string() }),
    }),
  ),
});

export type StaffAdviceInboxResponse = z.infer<typeof StaffAdviceInboxResponse>;
export const StaffAdviceRequestResponse = z.object({
  request: z.extend(RequestView, {
    redFlags: z.array(z.object({ field: z.string(), phraseId: z.string(), category: z.string() })),
    patientSaysNotAnEmergency: z.optional(z.boolean()),
    assignee: z.optional(z.unknown()),
    enteredBy: z.unknown(),
    patient: z.object({ name: z.string(), nhsNumber: z.string(), dateOfBirth: z.string() }),
  }),
});

export type StaffAdviceRequestResponse = z.infer<typeof StaffAdviceRequestResponse>;
const staffText = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Write the message"),
    z.maxLength(5_000, "Use 5,000 characters or fewer"),
  );

export const StaffAdviceAction = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("assign"),
    to: z.discriminatedUnion("kind", [
      z.object({
        kind: z.literal("person"),
        userId: z.string().check(z.minLength(1), z.maxLength(128)),
      }),
      z.object({ kind: z.literal("role"), role: z.enum(["receptionist", "clinician"]) }),
    ]),
  }),
  z.object({ type: z.literal("mark-urgent") }),
  z.object({ type: z.literal("note"), text: staffText }),
  z.object({ type: z.literal("reply"), text: staffText }),
  z.object({ type: z.literal("ask"), text: staffText }),
  z.object({
    type: z.literal("signpost"),
    to: z.enum(["pharmacy", "self-referral", "nhs-111"], { error: "Choose where to signpost" }),
    text: staffText,
  }),
  z.object({
    type: z.literal("close"),
    outcome: z.enum(requestOutcomes, { error: "Choose an outcome" }),
  }),
  z.object({ type: z.literal("reopen") }),
  z.object({
    type: z.literal("offer-times"),
    slotIds: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(
      z.minLength(1, "Choose at least one time"),
      z.maxLength(maxOfferedTimes, `Offer ${maxOfferedTimes} times or fewer`),
      z.refine((ids) => new Set(ids).size === ids.length, "Choose each time once"),
    ),
    holdMinutes: z
      .number({ error: "Say how long the times are held" })
      .check(
        z.int("Say how long the times are held, in whole minutes"),
        z.gte(minOfferHoldMinutes, `Hold the times for at least ${minOfferHoldMinutes} minutes`),
        z.lte(maxOfferHoldMinutes, "Hold the times for 2 days or less"),
      ),
    /** Said to the patient with the times (optional). */
    text: z.optional(staffText),
  }),
  z.object({
    type: z.literal("book"),
    slotId: z.string().check(z.minLength(1, "Choose a time"), z.maxLength(200)),
    text: z.optional(staffText),
  }),
]);
export type StaffAdviceAction = z.infer<typeof StaffAdviceAction>;

export type AdvicePracticeStatus = z.infer<typeof AdvicePracticeStatus>;
export type AdviceRequestCreated = z.infer<typeof AdviceRequestCreated>;
export type MyAdviceRequestResponse = z.infer<typeof MyAdviceRequestResponse>;
export type MyAdviceRequestsResponse = z.infer<typeof MyAdviceRequestsResponse>;
export type AdviceReplyResponse = z.infer<typeof AdviceReplyResponse>;
