import { currentTriageQuestionnaire } from "@front-door/domain";
import type * as z from "zod/mini";
import type {
  BookingRequest,
  BookingResponse,
  CallbackRequest,
  CallbackResponse,
  HoldRequest,
  HoldResponse,
  SameDayRequestResponse,
  SameDaySlotsResponse,
  WaitingListRequest,
  WaitingListResponse,
} from "../../same-day-api.ts";
import type { TriageAnswers } from "../../triage.ts";

/**
 * Examples for the patients' same-day journey (routes/same-day-patient.ts): what the service
 * answered for the demo data on Tuesday 8 December 2026 (London time is UTC in winter), with
 * Amira Hussain (registered at Chapeltown) asking, holding and booking. Long lists are cut to a
 * few items; the appointments after booking are in same-day-patient-appointments.ts.
 */

/**
 * The published questionnaire (the domain's own, so the example cannot drift from it), cut to
 * three of its sections: who the appointment is for, the first adult red-flag questions, and
 * the problem. Its readonly literal type does not meet the schema's mutable arrays, so the
 * examples test's zod parse is its check.
 */
const shownSections = new Set(["who", "adult-chest-breathing-stroke", "problem"]);
export const sameDayQuestionnaireExample = {
  ...currentTriageQuestionnaire,
  sections: currentTriageQuestionnaire.sections.filter((section) => shownSections.has(section.id)),
};

/** Amira Hussain answers no to every red-flag question and says what the problem is. */
export const sameDayRequestBodyExample = {
  questionnaireVersion: 1,
  appointmentFor: "myself",
  chestPain: "no",
  strokeSigns: "no",
  breathing: "no",
  allergicReaction: "no",
  fit: "no",
  unconsciousOrConfused: "no",
  suddenHeadache: "no",
  bleeding: "no",
  seriousInjury: "no",
  burn: "no",
  abdominalPain: "no",
  suicideOrSelfHarm: "no",
  problem: "Sore ear since the weekend, worse at night",
  duration: "1-to-3-days",
} satisfies z.input<typeof TriageAnswers>;

/** No red flag: she may choose a slot for this request. */
export const sameDayRequestExample = {
  outcome: {
    kind: "proceed",
    summary: {
      questionnaireId: "same-day-triage",
      questionnaireVersion: 1,
      appointmentFor: "myself",
      duration: "1-to-3-days",
    },
  },
  requestId: "9457e63f-f010-4d39-9d4a-977d2b2d1835",
} satisfies z.output<typeof SameDayRequestResponse>;

/**
 * At 09:02, her practice first, then the nearest other site. Shortened: the service listed four
 * sites, each with its soonest few dozen times (laterAfter is the last of those).
 */
export const sameDaySlotsExample = {
  requestId: "9457e63f-f010-4d39-9d4a-977d2b2d1835",
  localDate: "2026-12-08",
  sites: [
    {
      site: {
        id: "site-chapeltown",
        name: "Chapeltown Neighbourhood Health Centre",
        address: { lines: ["2 Spencer Place", "Chapeltown"], town: "Leeds", postcode: "LS7 4BR" },
        phone: "0113 496 0202",
        registered: true,
        distance: { km: 0, miles: 0 },
      },
      channels: [
        {
          channel: "in-person",
          slots: [
            {
              id: "site-chapeltown_same-day-gp_in-person_20261208_0915_1",
              siteId: "site-chapeltown",
              channel: "in-person",
              start: "2026-12-08T09:15:00.000Z",
              end: "2026-12-08T09:30:00.000Z",
              localDate: "2026-12-08",
              localStart: "09:15",
              localEnd: "09:30",
            },
            {
              id: "site-chapeltown_same-day-gp_in-person_20261208_0915_2",
              siteId: "site-chapeltown",
              channel: "in-person",
              start: "2026-12-08T09:15:00.000Z",
              end: "2026-12-08T09:30:00.000Z",
              localDate: "2026-12-08",
              localStart: "09:15",
              localEnd: "09:30",
            },
          ],
        },
        {
          channel: "telephone",
          slots: [
            {
              id: "site-chapeltown_same-day-gp_telephone_20261208_1310_1",
              siteId: "site-chapeltown",
              channel: "telephone",
              start: "2026-12-08T13:10:00.000Z",
              end: "2026-12-08T13:20:00.000Z",
              localDate: "2026-12-08",
              localStart: "13:10",
              localEnd: "13:20",
            },
            {
              id: "site-chapeltown_same-day-gp_telephone_20261208_1320_1",
              siteId: "site-chapeltown",
              channel: "telephone",
              start: "2026-12-08T13:20:00.000Z",
              end: "2026-12-08T13:30:00.000Z",
              localDate: "2026-12-08",
              localStart: "13:20",
              localEnd: "13:30",
            },
          ],
        },
      ],
      laterAfter: "2026-12-08T14:15:00.000Z",
    },
    {
      site: {
        id: "site-armley",
        name: "Armley Neighbourhood Health Centre",
        address: { lines: ["14 Town Street", "Armley"], town: "Leeds", postcode: "LS12 3HN" },
        phone: "0113 496 0101",
        registered: false,
        distance: { km: 4.9, miles: 3.1 },
      },
      channels: [
        {
          channel: "in-person",
          slots: [
            {
              id: "site-armley_same-day-gp_in-person_20261208_0915_1",
              siteId: "site-armley",
              channel: "in-person",
              start: "2026-12-08T09:15:00.000Z",
              end: "2026-12-08T09:30:00.000Z",
              localDate: "2026-12-08",
              localStart: "09:15",
              localEnd: "09:30",
            },
            {
              id: "site-armley_same-day-gp_in-person_20261208_0915_2",
              siteId: "site-armley",
              channel: "in-person",
              start: "2026-12-08T09:15:00.000Z",
              end: "2026-12-08T09:30:00.000Z",
              localDate: "2026-12-08",
              localStart: "09:15",
              localEnd: "09:30",
            },
          ],
        },
        {
          channel: "telephone",
          slots: [
            {
              id: "site-armley_same-day-gp_telephone_20261208_0920_1",
              siteId: "site-armley",
              channel: "telephone",
              start: "2026-12-08T09:20:00.000Z",
              end: "2026-12-08T09:30:00.000Z",
              localDate: "2026-12-08",
              localStart: "09:20",
              localEnd: "09:30",
            },
            {
              id: "site-armley_same-day-gp_telephone_20261208_0930_1",
              siteId: "site-armley",
              channel: "telephone",
              start: "2026-12-08T09:30:00.000Z",
              end: "2026-12-08T09:40:00.000Z",
              localDate: "2026-12-08",
              localStart: "09:30",
              localEnd: "09:40",
            },
          ],
        },
      ],
      laterAfter: "2026-12-08T11:45:00.000Z",
    },
  ],
  nextSteps: {
    callback: {
      method: "POST",
      path: "/api/same-day/requests/9457e63f-f010-4d39-9d4a-977d2b2d1835/callback",
      description: "Ask your practice to call you back today",
    },
    waitingList: {
      method: "POST",
      path: "/api/same-day/waiting-list",
      description:
        "Join the waiting list: if a time frees up today, we hold it for you and tell you",
    },
  },
} satisfies z.output<typeof SameDaySlotsResponse>;

export const sameDayHoldBodyExample = {
  slotId: "site-chapeltown_same-day-gp_in-person_20261208_0915_2",
} satisfies z.input<typeof HoldRequest>;

/** Held for 15 minutes. */
export const sameDayHoldExample = {
  slot: {
    id: "site-chapeltown_same-day-gp_in-person_20261208_0915_2",
    siteId: "site-chapeltown",
    channel: "in-person",
    start: "2026-12-08T09:15:00.000Z",
    end: "2026-12-08T09:30:00.000Z",
    localDate: "2026-12-08",
    localStart: "09:15",
    localEnd: "09:30",
  },
  heldUntil: "2026-12-08T09:17:00.000Z",
} satisfies z.output<typeof HoldResponse>;

export const sameDayBookingBodyExample = {
  slotId: "site-chapeltown_same-day-gp_in-person_20261208_0915_2",
  requestId: "9457e63f-f010-4d39-9d4a-977d2b2d1835",
} satisfies z.input<typeof BookingRequest>;

export const sameDayBookingExample = {
  appointment: {
    id: "516685a3-0cf5-4c84-92ff-963cc57b4233",
    status: "booked",
    bookingReference: "6JFNVJ68",
    service: "same-day-gp",
    channel: "in-person",
    site: {
      id: "site-chapeltown",
      name: "Chapeltown Neighbourhood Health Centre",
      phone: "0113 496 0202",
    },
    start: "2026-12-08T09:15:00.000Z",
    end: "2026-12-08T09:30:00.000Z",
    localDate: "2026-12-08",
    localStart: "09:15",
    when: "Tuesday 8 December at 09:15",
  },
  bookingReference: "6JFNVJ68",
} satisfies z.output<typeof BookingResponse>;

/** Tom Whitaker asks his practice (Armley) to call him back today: nothing to send but the path. */
export const sameDayCallbackBodyExample = {} satisfies z.input<typeof CallbackRequest>;

export const sameDayCallbackExample = {
  requestId: "65a8cdb1-9092-4d31-bb95-ee0f377ef021",
  status: "open",
  message:
    "Your practice will call you back today. Keep your phone with you. If you get worse, call 111, or 999 in an emergency.",
} satisfies z.output<typeof CallbackResponse>;

/** Edith Clarke joins the waiting list at her practice in York. */
export const sameDayWaitingListBodyExample = {
  requestId: "64f903a4-e30b-4326-895f-1dcc57b2a939",
} satisfies z.input<typeof WaitingListRequest>;

export const sameDayWaitingListExample = {
  siteId: "site-york-clifton",
  localDate: "2026-12-08",
  status: "joined",
  message:
    "You are on the waiting list for today. If a time frees up, we will hold it for you and send you a message.",
} satisfies z.output<typeof WaitingListResponse>;
