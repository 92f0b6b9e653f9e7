import type * as z from "zod/mini";
import type {
  BlockSlotRequest,
  PublishRequest,
  PublishResult,
  SessionTemplate,
  SessionTemplateInput,
} from "../../scheduling.ts";
import type {
  AppointmentActionRequest,
  AppointmentActionResponse,
  CloseRequestBody,
  CloseRequestResponse,
  QueueResponse,
  SessionTemplatesResponse,
  SlotChangeResponse,
  StaffBookingRequest,
  StaffBookingResponse,
  StaffDayResponse,
  UnblockSlotRequest,
} from "../../staff-api.ts";

/**
 * A day at Armley as its receptionist, Priya Shah, works it over the demo data on Tuesday
 * 8 December 2026 (London time is UTC in December): the demo rota published for the week, Tom
 * Whitaker booked by phone at 14:00 and checked in, a slot blocked, his call-back closed.
 */

const armley = { id: "site-armley", name: "Armley Neighbourhood Health Centre" };

export const staffTemplatesExample = {
  templates: [
    {
      id: "demo-gp-in-person",
      siteId: "site-armley",
      service: "same-day-gp",
      daysOfWeek: ["mon", "tue", "wed", "thu", "fri"],
      startTime: "08:00",
      endTime: "18:30",
      slotMinutes: 15,
      parallel: 3,
      channel: "in-person",
      sameDayOnly: true,
    },
    {
      id: "demo-gp-telephone",
      siteId: "site-armley",
      service: "same-day-gp",
      daysOfWeek: ["mon", "tue", "wed", "thu", "fri"],
      startTime: "08:00",
      endTime: "12:00",
      slotMinutes: 10,
      parallel: 1,
      channel: "telephone",
      sameDayOnly: true,
    },
    {
      id: "demo-physio-clinic",
      siteId: "site-armley",
      service: "physiotherapy",
      daysOfWeek: ["mon", "tue", "wed", "thu", "fri"],
      startTime: "09:00",
      endTime: "17:00",
      slotMinutes: 30,
      parallel: 2,
      channel: "in-person",
      sameDayOnly: false,
    },
  ],
} satisfies z.output<typeof SessionTemplatesResponse>;

/** An evening surgery on Tuesdays and Thursdays, saved as /api/staff/templates/gp-evening. */
export const staffTemplateInputExample = {
  service: "same-day-gp",
  daysOfWeek: ["tue", "thu"],
  startTime: "18:30",
  endTime: "20:00",
  slotMinutes: 15,
  parallel: 1,
  channel: "in-person",
  sameDayOnly: true,
} satisfies z.input<typeof SessionTemplateInput>;

export const staffTemplateExample = {
  ...staffTemplateInputExample,
  id: "gp-evening",
  siteId: "site-armley",
} satisfies z.output<typeof SessionTemplate>;

/** The week after the demo week; its Monday was already published with the demo week. */
export const staffPublishRequestExample = {
  from: "2026-12-14",
  to: "2026-12-20",
} satisfies z.input<typeof PublishRequest>;

export const staffPublishExample = {
  created: 764,
  alreadyPublished: 182,
} satisfies z.output<typeof PublishResult>;

/** A same-day GP slot of the demo rota at Armley on 8 December, 15 minutes from `hhmm`. */
const gpSlot = (hhmm: string) => {
  const start = new Date(`2026-12-08T${hhmm}:00.000Z`);
  const end = new Date(start.getTime() + 15 * 60_000);
  return {
    id: `site-armley_same-day-gp_in-person_20261208_${hhmm.replace(":", "")}_1`,
    templateId: "demo-gp-in-person",
    siteId: "site-armley",
    service: "same-day-gp",
    channel: "in-person",
    status: "free",
    sameDayOnly: true,
    start: start.toISOString(),
    end: end.toISOString(),
    localDate: "2026-12-08",
    localStart: hhmm,
    localEnd: end.toISOString().slice(11, 16),
  } as const;
};

const tom = {
  id: "patient-tom",
  name: { given: "Thomas", family: "Whitaker" },
  preferredName: "Tom",
  communication: {
    britishSignLanguage: true,
    easyRead: false,
    largePrint: false,
    accessibilityNeeds: "Uses a wheelchair: needs step-free access.",
  },
};

const tomsAppointment = {
  id: "5dcaef76-7c1c-4aed-abda-b7ddcbdc42dc",
  slotId: gpSlot("14:00").id,
  patientId: tom.id,
  status: "booked",
  channel: "in-person",
  start: "2026-12-08T14:00:00.000Z",
  end: "2026-12-08T14:15:00.000Z",
  localDate: "2026-12-08",
  localStart: "14:00",
  siteId: "site-armley",
  service: "same-day-gp",
  bookingReference: "GBL94C6J",
} satisfies z.output<typeof StaffBookingResponse>["appointment"];

const blockedReason = "Clinician at training";

/** Three of the day's slots, in time order: free, booked by staff for Tom, blocked. */
export const staffDayExample = {
  site: armley,
  date: "2026-12-08",
  slots: [
    gpSlot("08:00"),
    {
      ...gpSlot("14:00"),
      status: "busy",
      appointment: {
        id: tomsAppointment.id,
        status: "booked",
        bookingReference: tomsAppointment.bookingReference,
        channel: "in-person",
        bookedBy: "staff",
        patient: tom,
      },
    },
    { ...gpSlot("16:30"), status: "busy-unavailable", blockedReason },
  ],
} satisfies z.output<typeof StaffDayResponse>;

export const staffSlotBlockRequestExample = {
  reason: blockedReason,
} satisfies z.input<typeof BlockSlotRequest>;

export const staffSlotBlockedExample = {
  slot: { ...gpSlot("16:30"), status: "busy-unavailable", blockedReason },
  offeredToWaitingList: false,
} satisfies z.output<typeof SlotChangeResponse>;

export const staffSlotUnblockRequestExample = {} satisfies z.input<typeof UnblockSlotRequest>;

/** Nobody was on the day's waiting list: the slot is simply free again. */
export const staffSlotUnblockedExample = {
  slot: gpSlot("16:30"),
  offeredToWaitingList: false,
} satisfies z.output<typeof SlotChangeResponse>;

/** Tom phoned; Priya typed his NHS number as he read it out. */
export const staffBookingRequestExample = {
  slotId: tomsAppointment.slotId,
  nhsNumber: "999 000 1383",
} satisfies z.input<typeof StaffBookingRequest>;

export const staffBookingExample = {
  appointment: tomsAppointment,
  patient: tom,
} satisfies z.output<typeof StaffBookingResponse>;

export const staffAppointmentActionRequestExample = {
  action: "check-in",
} satisfies z.input<typeof AppointmentActionRequest>;

export const staffAppointmentActionExample = {
  appointment: { ...tomsAppointment, status: "arrived" },
} satisfies z.output<typeof AppointmentActionResponse>;

const tomsRequestId = "03271965-94fc-4152-9f21-feeac0bf2359";

/** Tom asked for a call back at 09:10 with his own words (shown to staff as inert text). */
export const staffQueueExample = {
  date: "2026-12-08",
  requests: [
    {
      id: tomsRequestId,
      status: "open",
      service: "same-day-gp",
      createdAt: "2026-12-08T09:10:00.000Z",
      description: "Sore throat and a temperature since Sunday",
      patient: { ...tom, nhsNumber: "9990001383" },
    },
  ],
} satisfies z.output<typeof QueueResponse>;

export const staffQueueCloseRequestExample = {
  outcome: "redirected-to-pharmacy",
  note: "Advised to see the pharmacist on Town Street",
} satisfies z.input<typeof CloseRequestBody>;

export const staffQueueClosedExample = {
  id: tomsRequestId,
  status: "closed",
  outcome: "redirected-to-pharmacy",
} satisfies z.output<typeof CloseRequestResponse>;
