import type * as z from "zod/mini";
import type { HealthResponse } from "../../health.ts";
import type { MessagesResponse } from "../../messages.ts";
import type { MeResponse, Profile, ProfileResponse } from "../../profile.ts";
import { serviceCatalogue } from "../../services.ts";
import type { ServicesResponse, SitesResponse } from "../../sites.ts";

/**
 * Examples for the platform's own routes (routes/core.ts): what the service answered for the
 * demo data on Tuesday 8 December 2026, mostly to Amira Hussain (registered at Chapeltown). The
 * ICB dashboard's is in core-dashboard.ts.
 */

export const healthExample = {
  status: "ok",
  service: "front-door",
  time: "2026-12-08T09:00:00.000Z",
  database: "ok",
} satisfies z.output<typeof HealthResponse>;

/**
 * The published catalogue itself (what the handler serves), cut to one same-day, one
 * self-referral and one diagnostic service.
 */
const shownServices = new Set(["same-day-gp", "physiotherapy", "chest-x-ray"]);
export const servicesListExample = {
  services: serviceCatalogue.filter((service) => shownServices.has(service.code)),
} satisfies z.output<typeof ServicesResponse>;

export const sitesSearchExample = {
  postcode: "LS7 4BR",
  service: {
    code: "same-day-gp",
    name: "Same-day GP appointment",
    category: "same-day",
    description: "See a GP, nurse or other clinician today for something that cannot wait.",
  },
  searchedWithinKm: 85,
  sites: [
    {
      id: "site-chapeltown",
      name: "Chapeltown Neighbourhood Health Centre",
      kind: "neighbourhood-health-centre",
      address: { lines: ["2 Spencer Place", "Chapeltown"], town: "Leeds", postcode: "LS7 4BR" },
      phone: "0113 496 0202",
      icb: { id: "icb-west-yorkshire", name: "NHS West Yorkshire ICB" },
      distance: { km: 0.4, miles: 0.2 },
      openingHours: [
        { day: "monday", opens: "08:00", closes: "20:00" },
        { day: "tuesday", opens: "08:00", closes: "20:00" },
        { day: "wednesday", opens: "08:00", closes: "20:00" },
        { day: "thursday", opens: "08:00", closes: "20:00" },
        { day: "friday", opens: "08:00", closes: "20:00" },
        { day: "saturday", opens: "08:00", closes: "20:00" },
      ],
      services: [
        {
          code: "same-day-gp",
          name: "Same-day GP appointment",
          category: "same-day",
          description: "See a GP, nurse or other clinician today for something that cannot wait.",
        },
        {
          code: "gp-advice",
          name: "Ask your GP practice for advice",
          category: "advice",
          description:
            "Send your practice a question or request and get a reply within 2 working days.",
        },
        {
          code: "audiology",
          name: "Hearing tests and hearing aids (audiology)",
          category: "self-referral",
          description:
            "Refer yourself if you are 55 or over and your hearing has got worse over time.",
        },
        {
          code: "continence",
          name: "Bladder and bowel (continence) service",
          category: "self-referral",
          description: "Refer yourself for help with bladder or bowel control.",
        },
        {
          code: "talking-therapies",
          name: "NHS Talking Therapies (anxiety, depression and stress)",
          category: "self-referral",
          description: "Refer yourself for talking therapy if you are 18 or over.",
        },
        {
          code: "blood-test",
          name: "Blood tests",
          category: "diagnostic",
          description: "Blood tests your GP or hospital team has asked for.",
        },
      ],
    },
    {
      id: "site-armley",
      name: "Armley Neighbourhood Health Centre",
      kind: "neighbourhood-health-centre",
      address: { lines: ["14 Town Street", "Armley"], town: "Leeds", postcode: "LS12 3HN" },
      phone: "0113 496 0101",
      icb: { id: "icb-west-yorkshire", name: "NHS West Yorkshire ICB" },
      distance: { km: 4.9, miles: 3 },
      openingHours: [
        { day: "monday", opens: "08:00", closes: "20:00" },
        { day: "tuesday", opens: "08:00", closes: "20:00" },
        { day: "wednesday", opens: "08:00", closes: "20:00" },
        { day: "thursday", opens: "08:00", closes: "20:00" },
        { day: "friday", opens: "08:00", closes: "20:00" },
        { day: "saturday", opens: "08:00", closes: "20:00" },
      ],
      services: [
        {
          code: "same-day-gp",
          name: "Same-day GP appointment",
          category: "same-day",
          description: "See a GP, nurse or other clinician today for something that cannot wait.",
        },
        {
          code: "gp-advice",
          name: "Ask your GP practice for advice",
          category: "advice",
          description:
            "Send your practice a question or request and get a reply within 2 working days.",
        },
        {
          code: "physiotherapy",
          name: "Physiotherapy (muscles, bones and joints)",
          category: "self-referral",
          description: "Refer yourself for back, neck, joint or muscle problems.",
        },
        {
          code: "podiatry",
          name: "Podiatry (foot care)",
          category: "self-referral",
          description: "Refer yourself for foot problems, including diabetic foot care.",
        },
        {
          code: "falls-prevention",
          name: "Falls prevention",
          category: "self-referral",
          description: "Refer yourself if you are 65 or over and have fallen or feel unsteady.",
        },
        {
          code: "blood-test",
          name: "Blood tests",
          category: "diagnostic",
          description: "Blood tests your GP or hospital team has asked for.",
        },
      ],
    },
  ],
} satisfies z.output<typeof SitesResponse>;

export const meGetExample = {
  userId: "user-patient-amira",
  role: "patient",
  displayName: "Amira Hussain",
  patient: {
    id: "patient-amira",
    nhsNumber: "9990000018",
    name: { given: "Amira", family: "Hussain" },
    dateOfBirth: "1986-04-12",
    registeredSiteId: "site-chapeltown",
    profile: {
      preferredName: "Amira",
      contact: { mobile: "+447700900123", email: "amira.hussain@example.com" },
      communication: {
        interpreterLanguage: "Urdu",
        britishSignLanguage: false,
        easyRead: false,
        largePrint: false,
      },
      consent: { sms: true, email: false },
    },
  },
  site: {
    id: "site-chapeltown",
    name: "Chapeltown Neighbourhood Health Centre",
    icbId: "icb-west-yorkshire",
  },
} satisfies z.output<typeof MeResponse>;

export const meProfilePutBodyExample = {
  preferredName: "Amira",
  contact: { mobile: "07700 900123", email: "amira.hussain@example.com" },
  communication: {
    interpreterLanguage: "Urdu",
    britishSignLanguage: false,
    easyRead: false,
    largePrint: false,
  },
  consent: { sms: true, email: false },
} satisfies z.input<typeof Profile>;

export const meProfilePutExample = {
  profile: {
    preferredName: "Amira",
    contact: { mobile: "+447700900123", email: "amira.hussain@example.com" },
    communication: {
      interpreterLanguage: "Urdu",
      britishSignLanguage: false,
      easyRead: false,
      largePrint: false,
    },
    consent: { sms: true, email: false },
  },
  profileUpdatedAt: "2026-12-08T09:15:00.000Z",
} satisfies z.output<typeof ProfileResponse>;

export const meMessagesExample = {
  messages: [
    {
      id: "88bb39ed-c4d4-4612-a061-cff934a3e783",
      kind: "booking-cancelled-by-patient",
      channels: ["sms"],
      text: "Your appointment with Chapeltown Neighbourhood Health Centre on Tuesday 8 December at 09:45 (reference X6L9UVPE) is cancelled.",
      createdAt: "2026-12-08T09:15:00.000Z",
      status: "sent",
      deliveries: [{ channel: "sms", outcome: "sent", at: "2026-12-08T09:15:02.000Z" }],
    },
    {
      id: "b6abc45c-5859-4e59-8c05-a32f7394956e",
      kind: "booking-changed",
      channels: ["sms"],
      text: "Your appointment has changed. You now have an appointment with Chapeltown Neighbourhood Health Centre on Tuesday 8 December at 09:45. Your new booking reference is X6L9UVPE; the old one is cancelled.",
      createdAt: "2026-12-08T09:05:00.000Z",
      status: "sent",
      deliveries: [{ channel: "sms", outcome: "sent", at: "2026-12-08T09:05:02.000Z" }],
    },
    {
      id: "6e2df579-4459-4ea2-ad48-8e5032588a0b",
      kind: "booking-confirmed",
      channels: ["sms"],
      text: "You have an appointment with Chapeltown Neighbourhood Health Centre on Tuesday 8 December at 09:15. Your booking reference is 6JFNVJ68. To cancel or change it, sign in to Front Door or call the practice.",
      createdAt: "2026-12-08T09:02:00.000Z",
      status: "sent",
      deliveries: [{ channel: "sms", outcome: "sent", at: "2026-12-08T09:02:02.000Z" }],
    },
  ],
} satisfies z.output<typeof MessagesResponse>;
