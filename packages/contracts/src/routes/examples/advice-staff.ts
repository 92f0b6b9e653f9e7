import type * as z from "zod/mini";
import type {
  AdviceRequestCreated,
  AdviceSettingsBody,
  AdviceSettingsResponse,
  StaffAdviceAction,
  StaffAdviceInboxResponse,
  StaffAdviceRequestResponse,
  StaffNewAdviceRequest,
} from "../../advice-api.ts";
import {
  adviceAppointment,
  adviceBookedEntry,
  adviceDeadlines,
  adviceOfferExample,
  adviceRequestBase,
  adviceRequestBodyExample,
  adviceThread,
} from "./advice.ts";

/**
 * The practice's side of online GP advice: Dr Ngozi Okafor (user-clinician-chapeltown) works
 * Amira Hussain's rash request (examples/advice.ts) at Chapeltown; Priya Shah
 * (user-reception-armley) sets Armley's opening hours and wording.
 */

/** Armley's settings before anyone changed them: the defaults, at version 0. */
const defaultSettings = {
  openingHours: {
    mon: { opens: "08:00", closes: "18:30" },
    tue: { opens: "08:00", closes: "18:30" },
    wed: { opens: "08:00", closes: "18:30" },
    thu: { opens: "08:00", closes: "18:30" },
    fri: { opens: "08:00", closes: "18:30" },
    sat: null,
    sun: null,
  },
  closedOnBankHolidays: true,
  acceptWhenClosed: false,
  enabledTypes: [
    "new-problem",
    "ongoing-problem",
    "medication-question",
    "fit-note",
    "test-results",
    "repeat-prescription-query",
    "letter-or-form",
    "referral-question",
    "something-else",
  ],
  nextStepWorkingDays: 1,
  replyWorkingDays: 2,
  patientReplyDays: 14,
  closedMessage: "",
} satisfies z.output<typeof AdviceSettingsBody>;

export const staffAdviceSettingsExample = {
  settings: defaultSettings,
  version: 0,
} satisfies z.output<typeof AdviceSettingsResponse>;

/** Priya Shah adds the words the closed page shows (If-Match: "0"). */
export const staffAdviceSettingsBodyExample = {
  ...defaultSettings,
  closedMessage: "We are closed. For urgent help call NHS 111.",
} satisfies z.input<typeof AdviceSettingsBody>;

export const staffAdviceSettingsPutExample = {
  settings: staffAdviceSettingsBodyExample,
  version: 1,
} satisfies z.output<typeof AdviceSettingsResponse>;

const amira = { name: "Amira Hussain", nhsNumber: "9990000018" };

/** view=all at Chapeltown just after Amira sent her request. */
export const staffAdviceInboxExample = {
  requests: [
    {
      id: adviceRequestBase.id,
      reference: adviceRequestBase.reference,
      category: "medical",
      types: ["new-problem"],
      status: "submitted",
      urgent: false,
      redFlagged: false,
      overdue: false,
      replyDueAt: "2026-12-10T18:30:00.000Z",
      submittedAt: "2026-12-08T10:00:00.000Z",
      patient: amira,
    },
  ],
} satisfies z.output<typeof StaffAdviceInboxResponse>;

/** What only the practice sees: who has it, who entered it, who it is for. */
const staffPart = {
  redFlags: [],
  assignee: { kind: "person", userId: "user-clinician-chapeltown" },
  enteredBy: { kind: "patient" },
  patient: { ...amira, dateOfBirth: "1986-04-12" },
};

const threadToOffer = [
  adviceThread.submitted,
  adviceThread.assigned,
  adviceThread.asked,
  adviceThread.replied,
  adviceThread.offered,
];

/** The whole thread once Amira booked, her assignment included. */
export const staffAdviceRequestExample = {
  request: {
    ...adviceRequestBase,
    ...staffPart,
    problems: adviceRequestBodyExample.problems,
    documents: [],
    status: "closed",
    outcome: "appointment-booked",
    version: 6,
    thread: [...threadToOffer, adviceBookedEntry],
    appointment: adviceAppointment,
  },
} satisfies z.output<typeof StaffAdviceRequestResponse>;

/** Dr Okafor offers two of this afternoon's times, held for an hour (If-Match: "4"). */
export const staffAdviceActionBodyExample = {
  type: "offer-times",
  slotIds: adviceOfferExample.times.map((time) => time.slotId),
  holdMinutes: 60,
  text: "Please choose a time to see the GP this afternoon.",
} satisfies z.input<typeof StaffAdviceAction>;

export const staffAdviceActionExample = {
  request: {
    ...adviceRequestBase,
    ...staffPart,
    problems: adviceRequestBodyExample.problems,
    documents: [],
    status: "awaiting-patient",
    version: 5,
    thread: threadToOffer,
    offer: { ...adviceOfferExample, times: [...adviceOfferExample.times] },
  },
} satisfies z.output<typeof StaffAdviceRequestResponse>;

/** Amira phoned at 09:20 to ask for her fit note to be extended. */
export const staffAdviceRequestBodyExample = {
  nhsNumber: "9990000018",
  subject: { kind: "self" },
  emergencyCheck: { population: "adult", signs: [] },
  problems: [
    {
      type: "fit-note",
      answers: { kind: "extend", offSince: "2026-11-30" },
      description: "Asked by phone to extend her fit note",
    },
  ],
} satisfies z.input<typeof StaffNewAdviceRequest>;

export const staffAdviceRequestCreatedExample = {
  kind: "sent",
  requestId: "3ae3e86a-3173-4604-8e0d-f858e3114f94",
  reference: "64RN8G3S",
  urgent: false,
  ...adviceDeadlines,
} satisfies z.output<typeof AdviceRequestCreated>;
