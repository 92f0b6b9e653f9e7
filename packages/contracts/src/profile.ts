import { isValidUkMobile } from "@front-door/domain";
import * as z from "zod/mini";
import { Role } from "./roles.ts";

const optionalText = (max: number, tooLong: string) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max, tooLong)));

/** The "tell your story once" profile: entered once, prefilled into every journey. */
export const Profile = z
  .object({
    preferredName: optionalText(60, "Preferred name must be 60 characters or fewer"),
    contact: z.object({
      mobile: z.optional(
        z.string().check(
          z.trim(),
          z.refine(
            (value) => value === "" || isValidUkMobile(value),
            "Enter a UK mobile number, like 07700 900123",
          ),
        ),
      ),
      email: z.optional(
        z.string().check(
          z.trim(),
          z.maxLength(254, "Email address must be 254 characters or fewer"),
          z.refine(
            (value) => value === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
            "Enter an email address in the correct format, like name@example.com",
          ),
        ),
      ),
    }),
    communication: z.object({
      interpreterLanguage: optionalText(60, "Language must be 60 characters or fewer"),
      britishSignLanguage: z.boolean(),
      easyRead: z.boolean(),
      largePrint: z.boolean(),
      otherNeeds: optionalText(500, "Other communication needs must be 500 characters or fewer"),
    }),
    accessibilityNeeds: optionalText(500, "Accessibility needs must be 500 characters or fewer"),
    carer: z.optional(
      z.object({
        kind: z.enum(["carer", "advocate"], {
          error: "Select whether they are your carer or your advocate",
        }),
        name: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, { error: "Enter the name of your carer or advocate", abort: true }),
            z.maxLength(100, "Name must be 100 characters or fewer"),
          ),
        relationship: optionalText(60, "Relationship must be 60 characters or fewer"),
        phone: z.optional(
          z.string().check(
            z.trim(),
            z.maxLength(20, "Enter a phone number, like 0113 496 0000"),
            z.refine(
              (value) => value === "" || /^\+?[\d\s()-]{10,20}$/.test(value),
              "Enter a phone number, like 0113 496 0000",
            ),
          ),
        ),
        mayActOnMyBehalf: z.boolean(),
      }),
    ),
    consent: z.object({
      sms: z.boolean(),
      email: z.boolean(),
    }),
  })
  .check(
    z.refine((p) => !p.consent.sms || Boolean(p.contact.mobile), {
      message: "Enter a mobile number to get text messages",
      path: ["contact", "mobile"],
    }),
    z.refine((p) => !p.consent.email || Boolean(p.contact.email), {
      message: "Enter an email address to get emails",
      path: ["contact", "email"],
    }),
  );
export type Profile = z.infer<typeof Profile>;

export const emptyProfile: Profile = {
  contact: {},
  communication: { britishSignLanguage: false, easyRead: false, largePrint: false },
  consent: { sms: false, email: false },
};

export const PatientRecord = z.object({
  id: z.string(),
  nhsNumber: z.string(),
  name: z.object({ given: z.string(), family: z.string() }),
  dateOfBirth: z.string(),
  registeredSiteId: z.optional(z.string()),
  /**
   * The registered practice's ICB, written with the practice (a practice's ICB changes only with
   * a boundary change, and the record is rewritten then): a same-day request or a self-referral
   * needs no read of the practice to know whose counts and services apply.
   */
  registeredIcbId: z.optional(z.string()),
  profile: Profile,
  profileUpdatedAt: z.optional(z.string()),
});
export type PatientRecord = z.infer<typeof PatientRecord>;

export const MeResponse = z.object({
  userId: z.string(),
  role: Role,
  displayName: z.optional(z.string()),
  /** Patients: their own record. */
  patient: z.optional(PatientRecord),
  /** Receptionists and clinicians: the site they work at. Patients: their GP practice. */
  site: z.optional(z.object({ id: z.string(), name: z.string(), icbId: z.string() })),
  /** ICB analysts: the ICB whose aggregates they may see. */
  icb: z.optional(z.object({ id: z.string(), name: z.string() })),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const ProfileResponse = z.object({ profile: Profile, profileUpdatedAt: z.string() });
export type ProfileResponse = z.infer<typeof ProfileResponse>;
