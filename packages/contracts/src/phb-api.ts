import { holdingWays, phbStages, reconsiderationSubjects } from "@front-door/domain";
import * as z from "zod/mini";
import { LocalDate } from "./dashboard.ts";
import { AttachedDocument, attachedDocumentIds } from "./documents.ts";
import { PatientSummary } from "./staff-api.ts";
import { TriageAdvice } from "./triage.ts";

/** Requests and responses of the personal health budget routes. Amounts are whole pence. */

const text = (max: number) => z.string().check(z.maxLength(max, `Use at most ${max} characters`));
const words = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter this"),
      z.maxLength(max, `Use at most ${max} characters`),
    );
/** Whole pence: the domain checks > 0, whole and at most £10 million, and names the field. */
const Pence = z.number();

const applicationId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9-]{1,64}$/, "Enter an application id like the one in your link"));
export const PhbApplicationParams = z.object({ applicationId });
export type PhbApplicationParams = z.infer<typeof PhbApplicationParams>;

export const PhbOfferQuery = z.object({ icbId: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)) });

export const PhbOfferResponse = z.object({
  icbId: z.string(),
  icbName: z.string(),
  routes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      legalRight: z.boolean(),
    }),
  ),
  waysToHoldTheMoney: z.array(z.enum(holdingWays)),
  cannotBuy: z.array(z.object({ label: z.string(), reason: z.string() })),
  /** Calendar days, so the start page can say honestly how long each step takes. */
  timescales: z.object({
    eligibilityDecisionDays: z.number(),
    stageTargets: z.record(z.string(), z.number()),
  }),
  contact: z.string(),
});
export type PhbOfferResponse = z.infer<typeof PhbOfferResponse>;

export const maxPhbDocuments = 5;

export const HoldingPreference = z.enum([...holdingWays, "not-sure"]);

export const CaredForPerson = z.object({
  nhsNumber: z.string().check(z.maxLength(20)),
  givenName: words(100),
  familyName: words(100),
  dateOfBirth: z.string().check(z.maxLength(10)),
  relationship: words(100),
  isRepresentative: z.boolean(),
});

/** What the person tells the ICB. Contact details and communication needs come from the profile. */
export const PhbApplicationRequest = z.object({
  routeId: z.string().check(z.maxLength(64)),
  forSomeoneElse: z.optional(CaredForPerson),
  currentSupport: z
    .array(z.object({ description: words(1000), providedBy: words(200) }))
    .check(z.maxLength(10, "List at most 10 kinds of support")),
  outcomes: z.array(words(500)).check(z.maxLength(5, "Give at most five outcomes")),
  holdingPreference: HoldingPreference,
  /** Supporting documents the person uploaded and had checked: PDF, JPEG or PNG, up to 5. */
  documentIds: attachedDocumentIds(maxPhbDocuments),
});
export type PhbApplicationRequest = z.infer<typeof PhbApplicationRequest>;

/** A draft is whatever the person has typed so far: shaped loosely, capped in size. */
export const PhbDraft = z.object({
  routeId: z.optional(text(64)),
  forSomeoneElse: z.optional(z.partial(CaredForPerson)),
  currentSupport: z.optional(
    z.array(z.object({ description: text(1000), providedBy: text(200) })).check(z.maxLength(10)),
  ),
  outcomes: z.optional(z.array(text(500)).check(z.maxLength(5))),
  holdingPreference: z.optional(HoldingPreference),
  /** Uploaded and checked, to send with the application: listed so a reload still shows them. */
  documents: z.optional(z.array(AttachedDocument).check(z.maxLength(maxPhbDocuments))),
});
export type PhbDraft = z.infer<typeof PhbDraft>;
export const PhbDraftResponse = z.object({
  draft: z.nullable(PhbDraft),
  savedAt: z.optional(z.string()),
});

const PlanLine = z.object({
  what: words(300),
  provider: words(200),
  frequency: words(200),
  unitCostPence: Pence,
  annualCostPence: Pence,
});
const PlanDraft = z.object({
  lines: z.array(PlanLine),
  outcomes: z.array(words(500)),
  risks: words(2000),
  contingency: words(2000),
  careCoordinator: words(200),
  reviewDates: z.array(LocalDate).check(z.maxLength(10)),
});
const HoldingPart = z.discriminatedUnion("way", [
  z.object({ way: z.literal("notional"), annualPence: Pence }),
  z.object({ way: z.literal("third-party"), annualPence: Pence, organisation: words(200) }),
  z.object({ way: z.literal("direct-payment"), annualPence: Pence }),
]);
const DirectPaymentSetUp = z.object({ agreementAccepted: z.boolean(), accountSetUp: z.boolean() });
const HoldingArrangement = z.discriminatedUnion("way", [
  z.object({ way: z.literal("notional") }),
  z.object({ way: z.literal("third-party"), organisation: words(200) }),
  z.object({ way: z.literal("direct-payment"), ...DirectPaymentSetUp.shape }),
  z.object({
    way: z.literal("mix"),
    parts: z.array(HoldingPart).check(z.maxLength(3)),
    directPayment: z.optional(DirectPaymentSetUp),
  }),
]);

/** What the person (or whoever applied for them) may do. */
export const PhbPatientAction = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("answer-information"),
    answer: words(2000),
    /** Documents that answer the question, uploaded and checked like the application's. */
    documentIds: attachedDocumentIds(maxPhbDocuments),
  }),
  z.object({ type: z.literal("agree-plan"), version: z.number() }),
  z.object({ type: z.literal("ask-for-changes"), version: z.number(), comments: words(2000) }),
  z.object({ type: z.literal("choose-holding"), preference: HoldingPreference }),
  z.object({
    type: z.literal("ask-reconsideration"),
    subject: z.enum(reconsiderationSubjects),
    reasons: words(2000),
  }),
  z.object({ type: z.literal("withdraw"), reason: z.optional(text(1000)) }),
]);
export type PhbPatientAction = z.infer<typeof PhbPatientAction>;

/** What the ICB's PHB team may do; each needs If-Match with the version it read. */
export const PhbTeamAction = z.discriminatedUnion("type", [
  z.object({ type: z.literal("decide-eligible") }),
  z.object({ type: z.literal("decide-not-eligible"), reasons: words(2000), signpost: words(1000) }),
  z.object({ type: z.literal("request-information"), question: words(2000) }),
  z.object({ type: z.literal("record-assessment"), date: LocalDate, summary: words(4000) }),
  z.object({
    type: z.literal("set-budget"),
    annualPence: Pence,
    basis: words(2000),
    reasons: z.optional(text(2000)),
  }),
  z.object({ type: z.literal("save-plan"), plan: PlanDraft }),
  z.object({ type: z.literal("sign-off"), version: z.number() }),
  z.object({
    type: z.literal("record-holding"),
    arrangement: HoldingArrangement,
    reasons: z.optional(text(2000)),
  }),
  z.object({ type: z.literal("mark-in-place"), inPlaceOn: LocalDate }),
  z.object({
    type: z.literal("record-review"),
    reviewedOn: LocalDate,
    outcome: z.enum(["continue", "vary", "end"]),
    notes: words(4000),
    nextReviewDue: z.optional(LocalDate),
    plan: z.optional(PlanDraft),
    reasons: z.optional(text(2000)),
    noticeEnds: z.optional(LocalDate),
  }),
  z.object({
    type: z.literal("decide-reconsideration"),
    outcome: z.enum(["changed", "upheld"]),
    reasons: words(2000),
  }),
  z.object({ type: z.literal("withdraw"), reason: z.optional(text(1000)) }),
  z.object({ type: z.literal("assign"), assigneeId: words(128) }),
]);
export type PhbTeamAction = z.infer<typeof PhbTeamAction>;

const Stage = z.enum(phbStages);
/** Emergency words found in what the person wrote: categories and field names, never text. */
const FlaggedWords = z.object({ categories: z.array(z.string()), fields: z.array(z.string()) });
const TimelineEntry = z.object({
  action: z.string(),
  at: z.string(),
  by: z.enum(["patient", "team"]),
  actorId: z.optional(z.string()),
  from: Stage,
  to: Stage,
  reasons: z.optional(z.string()),
  /** The team's view only. */
  flaggedWords: z.optional(FlaggedWords),
});

/** One application as its applicant sees it: the tracker, the plan, the patient-facing timeline. */
export const PhbApplicationView = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  routeId: z.string(),
  routeName: z.string(),
  icbId: z.string(),
  stage: Stage,
  createdAt: z.string(),
  /** The person the budget is for, when not the applicant themselves. */
  forSomeoneElse: z.optional(z.object({ name: z.string(), relationship: z.string() })),
  tracker: z.object({
    steps: z.array(z.object({ label: z.string(), doneOn: z.optional(z.string()) })),
    nextStep: z.string(),
    withWhom: z.enum(["you", "team", "nobody"]),
    /** Who at the ICB is dealing with it, in words. */
    dealtWithBy: z.string(),
    dueBy: z.optional(z.string()),
  }),
  case: z.record(z.string(), z.unknown()),
  /** Supporting documents sent with the application (download: /api/documents/{id}/download). */
  documents: z.optional(z.array(AttachedDocument)),
  timeline: z.array(TimelineEntry),
  /** The team's view only: the person's words raised an emergency flag. */
  flaggedWords: z.optional(z.extend(FlaggedWords, { at: z.string() })),
  /**
   * The team's view only: who applied, with the needs they told the service once (a carer
   * applying for someone is the applicant; the person the budget is for is in the case).
   */
  applicant: z.optional(
    z.extend(PatientSummary, { nhsNumber: z.string(), dateOfBirth: z.string() }),
  ),
  /**
   * Only in the answer to the applicant's own apply or action whose words raised a flag: show
   * it at once. The application was still kept.
   */
  emergencyAdvice: z.optional(TriageAdvice),
});
export type PhbApplicationView = z.infer<typeof PhbApplicationView>;

export const MyPhbApplicationsResponse = z.object({
  applications: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      routeId: z.string(),
      stage: Stage,
      createdAt: z.string(),
      updatedAt: z.string(),
      forName: z.optional(z.string()),
    }),
  ),
});
export type MyPhbApplicationsResponse = z.infer<typeof MyPhbApplicationsResponse>;

export const PhbQueueQuery = z.object({
  stage: z.optional(Stage),
  route: z.optional(z.string().check(z.maxLength(64))),
  assignee: z.optional(z.string().check(z.maxLength(128))),
  /**
   * "due": only in-place budgets whose review is due by today (overdue first); "upcoming": also
   * those due within the two weeks the reminders job looks ahead.
   */
  reviews: z.optional(z.enum(["due", "upcoming"])),
});

export const PhbQueueResponse = z.object({
  icbId: z.string(),
  applications: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      routeId: z.string(),
      stage: Stage,
      dueBy: z.optional(z.string()),
      overdue: z.boolean(),
      assigneeId: z.optional(z.string()),
      person: z.object({ name: z.string(), nhsNumber: z.string(), dateOfBirth: z.string() }),
      version: z.number(),
      flaggedWords: z.optional(z.extend(FlaggedWords, { at: z.string() })),
      /** The reminders job marked the review due on `dueOn` for the team, at `remindedAt`. */
      reviewReminder: z.optional(z.object({ dueOn: z.string(), remindedAt: z.string() })),
    }),
  ),
});
export type PhbQueueResponse = z.infer<typeof PhbQueueResponse>;
