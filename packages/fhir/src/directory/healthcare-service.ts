import { type ServiceCode, serviceCatalogue, serviceName } from "@front-door/contracts";
import type { HealthcareService } from "@medplum/fhirtypes";
import {
  type DirectorySite,
  openingTimesOf,
  profiled,
  siteServiceId,
  siteTelecom,
} from "./directory-input.ts";
import { serviceTypeOf } from "./service-types.ts";

/**
 * A service at a site: HealthcareService/<siteId>.<service>, provided by the organisation
 * running the site, at its Location; typed with SNOMED CT where a concept exists.
 */
export function healthcareServiceOf(
  site: DirectorySite,
  service: ServiceCode,
): HealthcareService & { id: string } {
  const entry = serviceCatalogue.find((s) => s.code === service);
  return {
    resourceType: "HealthcareService",
    id: siteServiceId(site.id, service),
    ...profiled("HealthcareService"),
    active: true,
    providedBy: { reference: `Organization/${site.id}`, display: site.name },
    type: [serviceTypeOf(service)],
    location: [{ reference: `Location/${site.id}`, display: site.name }],
    name: serviceName(service),
    ...(entry ? { comment: entry.description } : {}),
    telecom: siteTelecom(site),
    availableTime: openingTimesOf(site).map((t) => ({
      daysOfWeek: t.daysOfWeek,
      availableStartTime: t.openingTime,
      availableEndTime: t.closingTime,
    })),
  };
}
