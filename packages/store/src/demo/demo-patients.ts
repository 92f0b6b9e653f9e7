import type { Patient } from "../records.ts";

/** Patient records for the demo patients in demo-users.ts (same ids and NHS numbers). */
export const demoPatients: readonly Patient[] = [
  {
    id: "patient-amira",
    nhsNumber: "9990000018",
    name: { given: "Amira", family: "Hussain" },
    dateOfBirth: "1986-04-12",
    registeredSiteId: "site-chapeltown",
    registeredIcbId: "icb-west-yorkshire",
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
  {
    id: "patient-tom",
    nhsNumber: "9990001383",
    name: { given: "Thomas", family: "Whitaker" },
    dateOfBirth: "1958-11-30",
    registeredSiteId: "site-armley",
    registeredIcbId: "icb-west-yorkshire",
    profile: {
      preferredName: "Tom",
      contact: { email: "tom.whitaker@example.com" },
      communication: { britishSignLanguage: true, easyRead: false, largePrint: false },
      accessibilityNeeds: "Uses a wheelchair: needs step-free access.",
      consent: { sms: false, email: true },
    },
  },
  {
    id: "patient-edith",
    nhsNumber: "9990002754",
    name: { given: "Edith", family: "Clarke" },
    dateOfBirth: "1939-02-03",
    registeredSiteId: "site-york-clifton",
    registeredIcbId: "icb-humber-north-yorkshire",
    profile: {
      contact: { mobile: "+447700900456" },
      communication: { britishSignLanguage: false, easyRead: false, largePrint: true },
      carer: {
        kind: "carer",
        name: "Joanne Clarke",
        relationship: "Daughter",
        phone: "07700 900789",
        mayActOnMyBehalf: true,
      },
      consent: { sms: true, email: false },
    },
  },
];
