import type * as z from "zod/mini";
import type {
  ChangeAppointmentRequest,
  ChangeAppointmentResponse,
  ChangeSlotsResponse,
  HoldReleaseRequest,
  HoldReleaseResponse,
  MyAppointmentResponse,
  MyAppointmentsResponse,
  MyOffersResponse,
} from "../../same-day-api.ts";
import type { CancelAppointmentRequest } from "../../scheduling.ts";

/**
 * Examples for a patient's appointments after booking (routes/same-day-patient.ts): Amira
 * Hussain's 09:15 booking at Chapeltown on Tuesday 8 December 2026 (same-day-patient.ts), changed
 * to 09:45 and then cancelled, as the service answered with the demo data.
 */

/** Today's booking, and yesterday's. */
export const myAppointmentsExample = {
  upcoming: [
    {
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
  ],
  past: [
    {
      id: "8f9f9612-5e1e-488d-a759-d9d36d79a52b",
      status: "booked",
      bookingReference: "F8JSHA84",
      service: "same-day-gp",
      channel: "in-person",
      site: {
        id: "site-chapeltown",
        name: "Chapeltown Neighbourhood Health Centre",
        phone: "0113 496 0202",
      },
      start: "2026-12-07T10:30:00.000Z",
      end: "2026-12-07T10:45:00.000Z",
      localDate: "2026-12-07",
      localStart: "10:30",
      when: "Monday 7 December at 10:30",
    },
  ],
} satisfies z.output<typeof MyAppointmentsResponse>;

export const myAppointmentCancelBodyExample = { reason: "I feel better" } satisfies z.input<
  typeof CancelAppointmentRequest
>;

export const myAppointmentCancelExample = {
  appointment: {
    id: "4d3d07ad-393c-492a-b73a-28a1ec314940",
    status: "cancelled",
    bookingReference: "X6L9UVPE",
    service: "same-day-gp",
    channel: "in-person",
    site: {
      id: "site-chapeltown",
      name: "Chapeltown Neighbourhood Health Centre",
      phone: "0113 496 0202",
    },
    start: "2026-12-08T09:45:00.000Z",
    end: "2026-12-08T10:00:00.000Z",
    localDate: "2026-12-08",
    localStart: "09:45",
    when: "Tuesday 8 December at 09:45",
    cancellationReason: "I feel better",
  },
} satisfies z.output<typeof MyAppointmentResponse>;

/** Tom Whitaker lets go of a time at his practice. */
export const myHoldReleaseBodyExample = {
  slotId: "site-armley_same-day-gp_in-person_20261208_0915_1",
} satisfies z.input<typeof HoldReleaseRequest>;

export const myHoldReleaseExample = { released: true } satisfies z.output<
  typeof HoldReleaseResponse
>;

/** Edith Clarke, on the waiting list at Clifton, is offered a time someone cancelled. */
export const myOffersExample = {
  offers: [
    {
      hold: {
        slot: {
          id: "site-york-clifton_same-day-gp_telephone_20261208_0920_1",
          siteId: "site-york-clifton",
          channel: "telephone",
          start: "2026-12-08T09:20:00.000Z",
          end: "2026-12-08T09:30:00.000Z",
          localDate: "2026-12-08",
          localStart: "09:20",
          localEnd: "09:30",
        },
        heldUntil: "2026-12-08T09:42:00.000Z",
      },
      site: {
        id: "site-york-clifton",
        name: "Clifton Neighbourhood Health Centre",
        address: { lines: ["88 Clifton"], town: "York", postcode: "YO30 6BA" },
        phone: "01904 496 050",
      },
    },
  ],
} satisfies z.output<typeof MyOffersResponse>;

/**
 * At 09:05, the times her 09:15 appointment could change to: its own time (…_0915_2) is left
 * out. Shortened as the slots example is.
 */
export const myAppointmentSlotsExample = {
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
              id: "site-chapeltown_same-day-gp_in-person_20261208_0930_1",
              siteId: "site-chapeltown",
              channel: "in-person",
              start: "2026-12-08T09:30:00.000Z",
              end: "2026-12-08T09:45:00.000Z",
              localDate: "2026-12-08",
              localStart: "09:30",
              localEnd: "09:45",
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
} satisfies z.output<typeof ChangeSlotsResponse>;

/** A time she holds, to change her appointment for. */
export const myAppointmentChangeBodyExample = {
  slotId: "site-chapeltown_same-day-gp_in-person_20261208_0945_1",
} satisfies z.input<typeof ChangeAppointmentRequest>;

export const myAppointmentChangeExample = {
  appointment: {
    id: "4d3d07ad-393c-492a-b73a-28a1ec314940",
    status: "booked",
    bookingReference: "X6L9UVPE",
    service: "same-day-gp",
    channel: "in-person",
    site: {
      id: "site-chapeltown",
      name: "Chapeltown Neighbourhood Health Centre",
      phone: "0113 496 0202",
    },
    start: "2026-12-08T09:45:00.000Z",
    end: "2026-12-08T10:00:00.000Z",
    localDate: "2026-12-08",
    localStart: "09:45",
    when: "Tuesday 8 December at 09:45",
  },
  replaced: {
    id: "516685a3-0cf5-4c84-92ff-963cc57b4233",
    status: "cancelled",
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
    cancellationReason: "Changed to X6L9UVPE",
  },
  bookingReference: "X6L9UVPE",
} satisfies z.output<typeof ChangeAppointmentResponse>;
