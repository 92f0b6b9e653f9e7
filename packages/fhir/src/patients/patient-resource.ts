import type { Patient } from "@medplum/fhirtypes";
import { nhsNumberSystem } from "../referral-resources.ts";
import { ukCoreProfile } from "../uk-core-profiles.ts";

/** UK Core's extension saying how far an NHS number has been checked, and England's codes. */
export const nhsNumberVerificationStatusExtension =
  "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";
export const nhsNumberVerificationStatusSystem =
  "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

/** What the FHIR view of a patient is made from: the stored record, nothing more. */
export interface PatientForFhir {
  id: string;
  nhsNumber: string;
  name: { given: string; family: string };
  dateOfBirth: string;
  /** Their registered GP practice: served as Organization/<siteId>. */
  practice?: { siteId: string; name: string } | undefined;
  /** The contact details they gave in their profile (already validated), if any. */
  contact: { mobile?: string | undefined; email?: string | undefined };
}

/**
 * A patient as a UK Core Patient: the NHS number (verified: it comes from NHS login, which
 * checks it against the Personal Demographics Service), official name, date of birth, the
 * mobile and email they gave, and their practice as general practitioner.
 */
export function patientOf(p: PatientForFhir): Patient & { id: string } {
  const mobile = p.contact.mobile?.trim();
  const email = p.contact.email?.trim();
  const telecom = [
    ...(mobile ? [{ system: "phone" as const, value: mobile, use: "mobile" as const }] : []),
    ...(email ? [{ system: "email" as const, value: email, use: "home" as const }] : []),
  ];
  return {
    resourceType: "Patient",
    id: p.id,
    meta: { profile: [ukCoreProfile.Patient] },
    identifier: [
      {
        extension: [
          {
            url: nhsNumberVerificationStatusExtension,
            valueCodeableConcept: {
              coding: [
                {
                  system: nhsNumberVerificationStatusSystem,
                  code: "01",
                  display: "Number present and verified",
                },
              ],
            },
          },
        ],
        system: nhsNumberSystem,
        value: p.nhsNumber,
      },
    ],
    name: [{ use: "official", family: p.name.family, given: [p.name.given] }],
    birthDate: p.dateOfBirth,
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(p.practice
      ? {
          generalPractitioner: [
            { reference: `Organization/${p.practice.siteId}`, display: p.practice.name },
          ],
        }
      : {}),
  };
}
