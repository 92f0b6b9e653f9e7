import { adviceEmergencySigns } from "@front-door/domain";
import type * as z from "zod/mini";
import type {
  AdviceBookRequest,
  AdviceNotAnEmergencyRequest,
  AdvicePracticeStatus,
  AdviceReplyRequest,
  AdviceReplyResponse,
  AdviceRequestCreated,
  MyAdviceRequestResponse,
  MyAdviceRequestsResponse,
  NewAdviceRequest,
} from "../../advice-api.ts";

/**
 * The online GP advice routes' examples, as the service answers with the demo data: on Tuesday
 * 8 December 2026 at 10:00 Amira Hussain (patient-amira) asks Chapeltown Neighbourhood Health
 * Centre about a rash; Dr Ngozi Okafor (user-clinician-chapeltown) asks a question, Amira
 * replies, two of the afternoon's same-day GP times are offered and she books one. Times are
 * UTC instants as the service writes them (London is on UTC in December).
 */

const whereToGoNow = [
  {
    title: "A pharmacy",
    description:
      "Pharmacists can give advice and treat many minor illnesses without an appointment.",
  },
  {
    title: "NHS 111 online",
    description: "If you are not sure what to do, go to 111.nhs.uk. It is open all day, every day.",
    href: "https://111.nhs.uk",
  },
  {
    title: "Call NHS 111",
    description:
      "If you are not sure what to do, call 111. It is free and open all day, every day.",
    href: "tel:111",
  },
  {
    title: "In an emergency, call 999",
    description: "If someone is seriously ill or injured and their life is at risk.",
    href: "tel:999",
  },
];

/** Open at 10:00 on a Tuesday, with the default settings. */
export const adviceStatusExample = {
  site: { id: "site-chapeltown", name: "Chapeltown Neighbourhood Health Centre" },
  open: true,
  acceptingRequests: true,
  whereToGoNow,
  requestTypes: [
    { type: "new-problem", name: "A new problem", category: "medical" },
    { type: "ongoing-problem", name: "An ongoing problem", category: "medical" },
    { type: "medication-question", name: "A question about medication", category: "medical" },
    { type: "fit-note", name: "A fit note", category: "admin" },
    { type: "test-results", name: "Test results", category: "admin" },
    {
      type: "repeat-prescription-query",
      name: "A question about a repeat prescription",
      category: "admin",
    },
    { type: "letter-or-form", name: "A letter or form", category: "admin" },
    { type: "referral-question", name: "A question about a referral", category: "admin" },
    { type: "something-else", name: "Something else", category: "admin" },
  ],
  // The domain's lists, as the handler sends them.
  emergencySigns: {
    adult: [...adviceEmergencySigns.adult],
    child: [...adviceEmergencySigns.child],
  },
  targets: { nextStepWorkingDays: 1, replyWorkingDays: 2 },
} satisfies z.output<typeof AdvicePracticeStatus>;

const rash = {
  type: "new-problem",
  answers: { howLong: "days", gettingWorse: false, triedSelfCare: true },
  description: "An itchy rash on my arm for three days",
} as const;

/** No emergency signs ticked; contact details come from the profile. */
export const adviceRequestBodyExample = {
  subject: { kind: "self" },
  emergencyCheck: { population: "adult", signs: [] },
  problems: [rash],
} satisfies z.input<typeof NewAdviceRequest>;

/** The deadlines and safety-netting every request sent on Tuesday 8 December at 10:00 gets. */
export const adviceDeadlines = {
  whatHappensNext: {
    date: "2026-12-09",
    dueAt: "2026-12-09T18:30:00.000Z",
    text: "Chapeltown Neighbourhood Health Centre will tell you what happens next by the end of Wednesday 9 December.",
  },
  reply: {
    date: "2026-12-10",
    dueAt: "2026-12-10T18:30:00.000Z",
    text: "You should have a reply by the end of Thursday 10 December.",
  },
  safetyNetting: [
    "If you get worse, or you are worried, do not wait for a reply: call 111 or go to 111.nhs.uk.",
    "In an emergency, call 999. If you use British Sign Language, use 999 BSL; by textphone, call 18000.",
    "For many minor illnesses a pharmacist can help today without an appointment.",
  ],
};

export const adviceRequestId = "ab13e7ed-e9c6-4f18-99b2-c345e62b5b1a";
const reference = "HFN6E4V8";

export const adviceRequestCreatedExample = {
  kind: "sent",
  requestId: adviceRequestId,
  reference,
  urgent: false,
  ...adviceDeadlines,
} satisfies z.output<typeof AdviceRequestCreated>;

export const myAdviceRequestsExample = {
  requests: [
    {
      requestId: adviceRequestId,
      reference,
      category: "medical",
      subjectKind: "self",
      status: "submitted",
      submittedAt: "2026-12-08T10:00:00.000Z",
      replyDueDate: "2026-12-10",
    },
  ],
} satisfies z.output<typeof MyAdviceRequestsResponse>;

const okafor = "user-clinician-chapeltown";

/** What every view of Amira's rash request shares, whoever reads it and whenever. */
export const adviceRequestBase = {
  id: adviceRequestId,
  reference,
  siteId: "site-chapeltown",
  category: "medical",
  subject: { kind: "self" },
  urgent: false,
  submittedAt: "2026-12-08T10:00:00.000Z",
  replyDueDate: "2026-12-10",
  replyDueAt: "2026-12-10T18:30:00.000Z",
  contact: { method: "text", phone: "+447700900123" },
} as const;

/** The thread's entries; the patient never sees seq 2 (an assignment) nor any internal note. */
export const adviceThread = {
  submitted: {
    seq: 1,
    at: "2026-12-08T10:00:00.000Z",
    kind: "event",
    by: "patient",
    action: "submit",
    toStatus: "submitted",
  },
  assigned: {
    seq: 2,
    at: "2026-12-08T10:40:00.000Z",
    kind: "event",
    by: "staff",
    actorId: okafor,
    action: "assign",
    toStatus: "assigned",
  },
  asked: {
    seq: 3,
    at: "2026-12-08T10:45:00.000Z",
    kind: "from-practice",
    by: "staff",
    actorId: okafor,
    action: "ask",
    text: "Has the rash spread, and is it raised or flat?\n\nPlease reply by Tuesday 22 December. If we do not hear from you by then, this request will close.",
    needsReply: true,
    toStatus: "awaiting-patient",
  },
  replied: {
    seq: 4,
    at: "2026-12-08T11:10:00.000Z",
    kind: "from-patient",
    by: "patient",
    actorId: "user-patient-amira",
    action: "patient-reply",
    text: "It has not spread. It is raised and a bit red.",
    toStatus: "assigned",
  },
  offered: {
    seq: 5,
    at: "2026-12-08T11:30:00.000Z",
    kind: "from-practice",
    by: "staff",
    actorId: okafor,
    action: "offer-times",
    text: "Please choose a time to see the GP this afternoon.\n\nWe can offer you an appointment. We are holding these times for you until Tuesday 8 December at 12:30pm: Tuesday 8 December at 2pm; Tuesday 8 December at 2:15pm. Choose one to book it.",
    needsReply: true,
    toStatus: "awaiting-patient",
  },
} as const;

/** Two of Chapeltown's same-day GP times this afternoon, held for Amira for an hour. */
export const adviceOfferExample = {
  times: [
    {
      slotId: "site-chapeltown_same-day-gp_in-person_20261208_1400_1",
      service: "same-day-gp",
      channel: "in-person",
      start: "2026-12-08T14:00:00.000Z",
      end: "2026-12-08T14:15:00.000Z",
      localDate: "2026-12-08",
      localStart: "14:00",
    },
    {
      slotId: "site-chapeltown_same-day-gp_in-person_20261208_1415_1",
      service: "same-day-gp",
      channel: "in-person",
      start: "2026-12-08T14:15:00.000Z",
      end: "2026-12-08T14:30:00.000Z",
      localDate: "2026-12-08",
      localStart: "14:15",
    },
  ],
  offeredAt: "2026-12-08T11:30:00.000Z",
  holdMinutes: 60,
  expiresAt: "2026-12-08T12:30:00.000Z",
} as const;

/** The request as Amira reads it while the times are offered. */
export const myAdviceRequestExample = {
  request: {
    ...adviceRequestBase,
    problems: [rash],
    documents: [],
    status: "awaiting-patient",
    version: 5,
    thread: [
      adviceThread.submitted,
      adviceThread.asked,
      adviceThread.replied,
      adviceThread.offered,
    ],
    offer: { ...adviceOfferExample, times: [...adviceOfferExample.times] },
  },
} satisfies z.output<typeof MyAdviceRequestResponse>;

export const adviceReplyBodyExample = {
  text: "It has not spread. It is raised and a bit red.",
} satisfies z.input<typeof AdviceReplyRequest>;

/** Amira's answer to Dr Okafor's question: back with the practice. */
export const adviceReplyExample = {
  request: {
    ...adviceRequestBase,
    problems: [rash],
    documents: [],
    status: "assigned",
    version: 4,
    thread: [adviceThread.submitted, adviceThread.asked, adviceThread.replied],
  },
} satisfies z.output<typeof AdviceReplyResponse>;

export const adviceNotAnEmergencyBodyExample = {
  notMeantAsEmergency: true,
} satisfies z.input<typeof AdviceNotAnEmergencyRequest>;

/**
 * A second request of Amira's, at 12:05, whose words read as an emergency: she says at 12:07 it
 * was not meant that way. It stays urgent; her statement is for the practice's view only.
 */
export const adviceNotAnEmergencyExample = {
  request: {
    ...adviceRequestBase,
    id: "0708ec91-6d51-4f7c-9b43-4a9d66fd28ea",
    reference: "H7R8LCKC",
    status: "submitted",
    urgent: true,
    submittedAt: "2026-12-08T12:05:00.000Z",
    version: 2,
    problems: [{ ...rash, description: "A rash, and since this morning crushing chest pain" }],
    documents: [],
    thread: [{ ...adviceThread.submitted, at: "2026-12-08T12:05:00.000Z" }],
  },
} satisfies z.output<typeof MyAdviceRequestResponse>;

export const adviceBookBodyExample = {
  slotId: "site-chapeltown_same-day-gp_in-person_20261208_1415_1",
} satisfies z.input<typeof AdviceBookRequest>;

/** The appointment Amira booked at 11:42: the answer to her request. */
export const adviceAppointment = {
  ...adviceOfferExample.times[1],
  appointmentId: "4f5e6472-dfa9-4956-8dda-5d428fe23677",
  bookingReference: "XR6XSHY4",
  bookedBy: "patient",
} as const;

export const adviceBookedEntry = {
  seq: 6,
  at: "2026-12-08T11:42:00.000Z",
  kind: "event",
  by: "patient",
  actorId: "user-patient-amira",
  action: "patient-book",
  text: "You booked an appointment: Tuesday 8 December at 2:15pm (booking reference XR6XSHY4).",
  outcome: "appointment-booked",
  toStatus: "closed",
} as const;

export const myAdviceBookExample = {
  request: {
    ...adviceRequestBase,
    problems: [rash],
    documents: [],
    status: "closed",
    outcome: "appointment-booked",
    version: 6,
    thread: [
      adviceThread.submitted,
      adviceThread.asked,
      adviceThread.replied,
      adviceThread.offered,
      adviceBookedEntry,
    ],
    appointment: adviceAppointment,
  },
} satisfies z.output<typeof MyAdviceRequestResponse>;
