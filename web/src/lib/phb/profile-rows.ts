import type { Profile } from "@front-door/contracts";
import { formatUkMobile } from "../format.ts";

/**
 * Contact details and communication needs from the profile, as check your answers shows them:
 * told once, never asked again. Empty needs say so, so nobody wonders whether they were lost.
 */
export function contactRows(profile: Profile): { key: string; value: string }[] {
  const { contact, communication, carer } = profile;
  const needs = [
    communication.interpreterLanguage ? `Interpreter: ${communication.interpreterLanguage}` : "",
    communication.britishSignLanguage ? "British Sign Language" : "",
    communication.easyRead ? "Easy read" : "",
    communication.largePrint ? "Large print" : "",
    communication.otherNeeds ?? "",
    profile.accessibilityNeeds ? `Access: ${profile.accessibilityNeeds}` : "",
  ].filter((need) => need.trim() !== "");
  return [
    { key: "Mobile", value: contact.mobile ? formatUkMobile(contact.mobile) : "Not given" },
    { key: "Email", value: contact.email || "Not given" },
    { key: "Communication needs", value: needs.length ? needs.join(", ") : "None given" },
    ...(carer
      ? [
          {
            key: carer.kind === "advocate" ? "Advocate" : "Carer",
            value: `${carer.name}${carer.relationship ? ` (${carer.relationship})` : ""}`,
          },
        ]
      : []),
  ];
}
