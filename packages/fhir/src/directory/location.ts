import type { Location } from "@medplum/fhirtypes";
import {
  type DirectorySite,
  openingTimesOf,
  profiled,
  siteAddress,
  siteTelecom,
} from "./directory-input.ts";

/** A site as a place: Location/<siteId>, managed by the organisation running it. */
export function locationOf(site: DirectorySite): Location & { id: string } {
  return {
    resourceType: "Location",
    id: site.id,
    ...profiled("Location"),
    status: "active",
    name: site.name,
    mode: "instance",
    telecom: siteTelecom(site),
    address: siteAddress(site),
    position: { latitude: site.location.lat, longitude: site.location.lng },
    managingOrganization: { reference: `Organization/${site.id}`, display: site.name },
    hoursOfOperation: openingTimesOf(site),
  };
}
