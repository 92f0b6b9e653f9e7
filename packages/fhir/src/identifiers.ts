import type { Organization, Patient, Reference, RelatedPerson } from "@medplum/fhirtypes";
import { frontDoorSystem, nhsNumberSystem } from "./referral-resources.ts";

/** NHS England's identifier system for ODS codes (organisations: ICBs, practices). */
export const odsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

/** A person identified by NHS number: Front Door serves no Patient resource to resolve. */
export function personByNhsNumber(
  type: "Patient",
  person: { nhsNumber: string; name: string },
): Reference<Patient>;
export function personByNhsNumber(
  type: "RelatedPerson",
  person: { nhsNumber: string; name: string },
): Reference<RelatedPerson>;
export function personByNhsNumber(
  type: "Patient" | "RelatedPerson",
  person: { nhsNumber: string; name: string },
): Reference<Patient | RelatedPerson> {
  return {
    type,
    ...(person.nhsNumber
      ? { identifier: { system: nhsNumberSystem, value: person.nhsNumber } }
      : {}),
    ...(person.name.trim() ? { display: person.name } : {}),
  };
}

/** An organisation by its ODS code where it has one, else by this deployment's own id. */
export function organisationByCode(organisation: {
  id: string;
  name: string;
  odsCode?: string | undefined;
}): Reference<Organization> {
  return {
    type: "Organization",
    identifier: organisation.odsCode
      ? { system: odsSystem, value: organisation.odsCode }
      : { system: `${frontDoorSystem}/Id/organisation`, value: organisation.id },
    display: organisation.name,
  };
}

/** A code in one of this deployment's own code systems (no national code exists for it). */
export function localCoding(codeSystem: string, code: string, display?: string) {
  return {
    system: `${frontDoorSystem}/CodeSystem/${codeSystem}`,
    code,
    ...(display ? { display } : {}),
  };
}

/**
 * The ODS code of an ICB or of the organisation running a site: what `Organization.identifier`
 * and references by identifier carry (system odsSystem). A site stored before the demo data
 * had codes has none.
 */
export function odsCodeOf(siteOrIcb: { odsCode?: string | undefined }): string | undefined {
  return siteOrIcb.odsCode?.trim() ? siteOrIcb.odsCode.trim() : undefined;
}
