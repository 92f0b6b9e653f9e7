import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { emptyProfile, Profile } from "./profile.ts";
import { SitesQuery } from "./sites.ts";

const issues = (input: unknown) => {
  const result = z.safeParse(Profile, input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the profile contract", () => {
  it("accepts the empty profile and a full one", () => {
    expect(issues(emptyProfile)).toEqual([]);
    expect(
      issues({
        preferredName: "Ed",
        contact: { mobile: "07700 900123", email: "ed@example.com" },
        communication: {
          interpreterLanguage: "Polish",
          britishSignLanguage: true,
          easyRead: true,
          largePrint: false,
          otherNeeds: "Speak slowly",
        },
        accessibilityNeeds: "Step-free access",
        carer: {
          kind: "advocate",
          name: "Jo",
          relationship: "Friend",
          phone: "0113 496 0000",
          mayActOnMyBehalf: false,
        },
        consent: { sms: true, email: true },
      }),
    ).toEqual([]);
  });

  it("asks for a mobile before consent to texts, and an email before consent to emails", () => {
    expect(issues({ ...emptyProfile, consent: { sms: true, email: true } })).toEqual([
      "contact.mobile: Enter a mobile number to get text messages",
      "contact.email: Enter an email address to get emails",
    ]);
  });

  it("refuses a landline as a mobile, a malformed email and a nameless carer", () => {
    expect(
      issues({
        ...emptyProfile,
        contact: { mobile: "0113 496 0000", email: "not-an-email" },
        carer: { kind: "carer", name: "  ", mayActOnMyBehalf: true },
      }),
    ).toEqual([
      "contact.mobile: Enter a UK mobile number, like 07700 900123",
      "contact.email: Enter an email address in the correct format, like name@example.com",
      "carer.name: Enter the name of your carer or advocate",
    ]);
  });

  it("limits free text", () => {
    expect(issues({ ...emptyProfile, accessibilityNeeds: "x".repeat(501) })).toEqual([
      "accessibilityNeeds: Accessibility needs must be 500 characters or fewer",
    ]);
  });
});

describe("the sites query contract", () => {
  it("gives one message a person can act on per field", () => {
    const result = z.safeParse(SitesQuery, { postcode: "  " });
    expect(result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "postcode: Enter a postcode",
      "service: Select a service",
    ]);
  });

  it("needs a real-looking postcode and a known service", () => {
    expect(z.safeParse(SitesQuery, { postcode: "ls1 4ap", service: "podiatry" }).success).toBe(
      true,
    );
    expect(z.safeParse(SitesQuery, { postcode: "LS1", service: "podiatry" }).success).toBe(false);
    expect(z.safeParse(SitesQuery, { postcode: "LS1 4AP", service: "tattoos" }).success).toBe(
      false,
    );
  });
});
