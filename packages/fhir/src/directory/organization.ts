import type { Organization } from "@medplum/fhirtypes";
import { odsCodeOf, odsSystem } from "../identifiers.ts";
import {
  type DirectoryIcb,
  type DirectorySite,
  profiled,
  siteAddress,
  siteTelecom,
} from "./directory-input.ts";

type Identified = Organization & { id: string };

const odsIdentifier = (code: string | undefined) =>
  code ? { identifier: [{ use: "official" as const, system: odsSystem, value: code }] } : {};

const kindNames = {
  "neighbourhood-health-centre": "Neighbourhood health centre",
  "community-diagnostic-centre": "Community diagnostic centre",
} as const;

/** An ICB: Organization/<icbId>, its ODS code the identifier. */
export function icbOrganizationOf(icb: DirectoryIcb): Identified {
  return {
    resourceType: "Organization",
    id: icb.id,
    ...profiled("Organization"),
    ...odsIdentifier(odsCodeOf(icb)),
    active: true,
    type: [{ text: "Integrated care board" }],
    name: icb.name,
  };
}

/**
 * The organisation running a site (its practice or centre): Organization/<siteId>, part of its
 * ICB's Organization.
 */
export function siteOrganizationOf(site: DirectorySite, icb?: DirectoryIcb): Identified {
  return {
    resourceType: "Organization",
    id: site.id,
    ...profiled("Organization"),
    ...odsIdentifier(odsCodeOf(site)),
    active: true,
    type: [{ text: kindNames[site.kind] }],
    name: site.name,
    telecom: siteTelecom(site),
    address: [siteAddress(site)],
    partOf: {
      reference: `Organization/${site.icbId}`,
      ...(icb ? { display: icb.name } : {}),
    },
  };
}
