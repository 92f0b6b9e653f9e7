import type { Profile } from "@front-door/contracts";
import { formatUkMobile } from "../../../lib/format.ts";

/** Text inputs and textareas: form value key → element id. */
export const textFieldIds = {
  preferredName: "preferred-name",
  mobile: "contact-mobile",
  email: "contact-email",
  interpreterLanguage: "communication-interpreter",
  otherNeeds: "communication-other",
  accessibilityNeeds: "accessibility-needs",
  carerName: "carer-name",
  carerRelationship: "carer-relationship",
  carerPhone: "carer-phone",
} as const;

/** Checkboxes: form value key → element id. */
export const checkboxIds = {
  britishSignLanguage: "communication-bsl",
  easyRead: "communication-easy-read",
  largePrint: "communication-large-print",
  carerMayAct: "carer-may-act",
  consentSms: "consent-sms",
  consentEmail: "consent-email",
} as const;

/** Radio groups: form value key → the input name, and each value's element id. */
export const radioGroups = {
  hasCarer: { name: "has-carer", ids: { yes: "has-carer-yes", no: "has-carer-no" } },
  carerKind: {
    name: "carer-kind",
    ids: { carer: "carer-kind-carer", advocate: "carer-kind-advocate" },
  },
} as const;

export type ProfileFormValues = Record<keyof typeof textFieldIds, string> &
  Record<keyof typeof checkboxIds, boolean> & {
    hasCarer: "" | "yes" | "no";
    carerKind: "" | "carer" | "advocate";
  };

/**
 * The body we send. The client never blocks a save: an unanswered "carer or advocate?" goes
 * to the server without a kind, and the server's field error says what is missing.
 */
export type ProfileRequest = Omit<Profile, "carer"> & {
  carer?: Omit<NonNullable<Profile["carer"]>, "kind"> & { kind?: "carer" | "advocate" };
};

/** Where the API's dot-joined error paths point in this form. */
const fieldIdsByPath: Record<string, string> = {
  preferredName: textFieldIds.preferredName,
  "contact.mobile": textFieldIds.mobile,
  "contact.email": textFieldIds.email,
  "communication.interpreterLanguage": textFieldIds.interpreterLanguage,
  "communication.britishSignLanguage": checkboxIds.britishSignLanguage,
  "communication.easyRead": checkboxIds.easyRead,
  "communication.largePrint": checkboxIds.largePrint,
  "communication.otherNeeds": textFieldIds.otherNeeds,
  accessibilityNeeds: textFieldIds.accessibilityNeeds,
  carer: radioGroups.hasCarer.ids.yes,
  "carer.kind": radioGroups.carerKind.ids.carer,
  "carer.name": textFieldIds.carerName,
  "carer.relationship": textFieldIds.carerRelationship,
  "carer.phone": textFieldIds.carerPhone,
  "carer.mayActOnMyBehalf": checkboxIds.carerMayAct,
  consent: checkboxIds.consentSms,
  "consent.sms": checkboxIds.consentSms,
  "consent.email": checkboxIds.consentEmail,
};

/** The element an error path belongs to; unknown paths fall back to their nearest known parent. */
export function fieldIdForPath(path: string): string {
  const segments = path.split(".");
  while (segments.length) {
    const id = fieldIdsByPath[segments.join(".")];
    if (id) return id;
    segments.pop();
  }
  return textFieldIds.preferredName;
}

/** Blank optional answers are left out, so saving an emptied field clears it. */
function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function formValuesToProfile(v: ProfileFormValues): ProfileRequest {
  return withoutUndefined({
    preferredName: optional(v.preferredName),
    contact: withoutUndefined({ mobile: optional(v.mobile), email: optional(v.email) }),
    communication: withoutUndefined({
      interpreterLanguage: optional(v.interpreterLanguage),
      britishSignLanguage: v.britishSignLanguage,
      easyRead: v.easyRead,
      largePrint: v.largePrint,
      otherNeeds: optional(v.otherNeeds),
    }),
    accessibilityNeeds: optional(v.accessibilityNeeds),
    carer:
      v.hasCarer === "yes"
        ? withoutUndefined({
            kind: v.carerKind === "" ? undefined : v.carerKind,
            // Sent even when blank: the server owns the "enter a name" rule and its message.
            name: v.carerName.trim(),
            relationship: optional(v.carerRelationship),
            phone: optional(v.carerPhone),
            mayActOnMyBehalf: v.carerMayAct,
          })
        : undefined,
    consent: { sms: v.consentSms, email: v.consentEmail },
  });
}

export function profileToFormValues(p: Profile, hasSavedBefore: boolean): ProfileFormValues {
  return {
    preferredName: p.preferredName ?? "",
    mobile: p.contact.mobile ? formatUkMobile(p.contact.mobile) : "",
    email: p.contact.email ?? "",
    interpreterLanguage: p.communication.interpreterLanguage ?? "",
    otherNeeds: p.communication.otherNeeds ?? "",
    accessibilityNeeds: p.accessibilityNeeds ?? "",
    carerName: p.carer?.name ?? "",
    carerRelationship: p.carer?.relationship ?? "",
    carerPhone: p.carer?.phone ?? "",
    britishSignLanguage: p.communication.britishSignLanguage,
    easyRead: p.communication.easyRead,
    largePrint: p.communication.largePrint,
    carerMayAct: p.carer?.mayActOnMyBehalf ?? false,
    consentSms: p.consent.sms,
    consentEmail: p.consent.email,
    // Someone who has never saved has not answered "no" yet: leave the question unanswered.
    hasCarer: p.carer ? "yes" : hasSavedBefore ? "no" : "",
    carerKind: p.carer?.kind ?? "",
  };
}

const orNotGiven = (value: string | undefined) => (value ? value : "Not given");

/** The saved profile in words, for the confirmation page's summary list. */
export function savedProfileRows(p: Profile): { key: string; value: string }[] {
  const formats = [
    p.communication.britishSignLanguage && "British Sign Language",
    p.communication.easyRead && "Easy Read",
    p.communication.largePrint && "Large print",
  ].filter((f): f is string => Boolean(f));
  const contactBy = [p.consent.sms && "Text message", p.consent.email && "Email"].filter(
    (c): c is string => Boolean(c),
  );
  return [
    { key: "Preferred name", value: orNotGiven(p.preferredName) },
    {
      key: "Mobile phone number",
      value: p.contact.mobile ? formatUkMobile(p.contact.mobile) : "Not given",
    },
    { key: "Email address", value: orNotGiven(p.contact.email) },
    {
      key: "Updates by",
      value: contactBy.length ? contactBy.join(" and ") : "Not by text or email",
    },
    { key: "Interpreter language", value: orNotGiven(p.communication.interpreterLanguage) },
    { key: "Other formats", value: formats.length ? formats.join(", ") : "None" },
    { key: "Other communication needs", value: orNotGiven(p.communication.otherNeeds) },
    { key: "Accessibility needs", value: orNotGiven(p.accessibilityNeeds) },
    {
      key: "Carer or advocate",
      value: p.carer
        ? [
            `${p.carer.name} (${p.carer.kind}${p.carer.relationship ? `, ${p.carer.relationship}` : ""})`,
            p.carer.phone,
            p.carer.mayActOnMyBehalf ? "May act on your behalf" : "May not act on your behalf",
          ]
            .filter(Boolean)
            .join(". ")
        : "None",
    },
  ];
}
