import type { ServiceCode } from "@front-door/contracts";
import type { Schedule } from "@medplum/fhirtypes";
import { type DirectorySite, profiled, siteServiceId } from "./directory-input.ts";
import { serviceTypeOf } from "./service-types.ts";

/**
 * A service's diary at a site: Schedule/<siteId>.<service>, whose actors are the site's
 * Location and the HealthcareService; the planning horizon is how far ahead slots may be
 * published and booked (London dates, inclusive).
 */
export function scheduleOf(
  site: DirectorySite,
  service: ServiceCode,
  horizon: { start: string; end: string },
): Schedule & { id: string } {
  const id = siteServiceId(site.id, service);
  return {
    resourceType: "Schedule",
    id,
    ...profiled("Schedule"),
    active: true,
    serviceType: [serviceTypeOf(service)],
    actor: [
      { reference: `Location/${site.id}`, display: site.name },
      { reference: `HealthcareService/${id}` },
    ],
    planningHorizon: horizon,
  };
}
