import { emptyProfile, type Profile } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  fieldIdForPath,
  formValuesToProfile,
  type ProfileFormValues,
  profileToFormValues,
  savedProfileRows,
} from "./profile-form.ts";

const full: Profile = {
  preferredName: "Edie",
  contact: { mobile: "07700 900123", email: "edith@example.com" },
  communication: {
    interpreterLanguage: "Urdu",
    britishSignLanguage: true,
    easyRead: false,
    largePrint: true,
    otherNeeds: "Speak slowly",
  },
  accessibilityNeeds: "Step-free access",
  carer: {
    kind: "carer",
    name: "Jane Clarke",
    relationship: "Daughter",
    phone: "0113 496 0000",
    mayActOnMyBehalf: true,
  },
  consent: { sms: true, email: false },
};

describe("profile form", () => {
  it("round-trips a full profile through the form unchanged", () => {
    expect(formValuesToProfile(profileToFormValues(full, true))).toEqual(full);
  });

  it("leaves blank answers out, so an emptied field is cleared", () => {
    const values: ProfileFormValues = {
      ...profileToFormValues(full, true),
      preferredName: "  ",
      mobile: "",
      hasCarer: "no",
    };
    const profile = formValuesToProfile(values);
    expect(profile.preferredName).toBeUndefined();
    expect(profile.contact).toEqual({ email: "edith@example.com" });
    expect(profile.carer).toBeUndefined();
  });

  it("still sends a carer with no name or kind, for the server to explain", () => {
    const values: ProfileFormValues = {
      ...profileToFormValues(emptyProfile, false),
      hasCarer: "yes",
    };
    expect(formValuesToProfile(values).carer).toEqual({ name: "", mayActOnMyBehalf: false });
  });

  it("leaves the carer question unanswered until the profile has been saved once", () => {
    expect(profileToFormValues(emptyProfile, false).hasCarer).toBe("");
    expect(profileToFormValues(emptyProfile, true).hasCarer).toBe("no");
  });

  it("points every API error path at a field on the page", () => {
    expect(fieldIdForPath("contact.mobile")).toBe("contact-mobile");
    expect(fieldIdForPath("carer.name")).toBe("carer-name");
    expect(fieldIdForPath("carer.kind")).toBe("carer-kind-carer");
    expect(fieldIdForPath("carer")).toBe("has-carer-yes");
    expect(fieldIdForPath("communication.otherNeeds")).toBe("communication-other");
    // Unknown children fall back to their parent; unknown roots to the first field.
    expect(fieldIdForPath("carer.nickname")).toBe("has-carer-yes");
    expect(fieldIdForPath("somethingNew")).toBe("preferred-name");
    expect(fieldIdForPath("")).toBe("preferred-name");
  });

  it("describes the saved profile in words", () => {
    const rows = Object.fromEntries(savedProfileRows(full).map((r) => [r.key, r.value]));
    expect(rows["Mobile phone number"]).toBe("07700 900123");
    expect(rows["Updates by"]).toBe("Text message");
    expect(rows["Other formats"]).toBe("British Sign Language, Large print");
    expect(rows["Carer or advocate"]).toBe(
      "Jane Clarke (carer, Daughter). 0113 496 0000. May act on your behalf",
    );
    const empty = Object.fromEntries(savedProfileRows(emptyProfile).map((r) => [r.key, r.value]));
    expect(empty["Preferred name"]).toBe("Not given");
    expect(empty["Carer or advocate"]).toBe("None");
  });
});
