import { addDays, londonToday, staffBookingHorizonDays } from "@front-door/domain";
import { scheduleOf, siteServiceOfId } from "@front-door/fhir";
import type { FhirResourceType } from "./fhir-resource-type.ts";
import { FhirSearchError } from "./fhir-resource-type.ts";
import { serviceTypeParam, siteServiceById, siteServices } from "./healthcare-service-type.ts";
import { pageOf, single, token } from "./search-values.ts";

/** From today to the furthest day anyone may book (staff's horizon), London dates. */
const horizonOf = (now: Date) => {
  const today = londonToday(now);
  return { start: today, end: addDays(today, staffBookingHorizonDays) };
};

/** Schedule/<siteId>.<service>: a service's diary at a site, its slots' Schedule. */
export const scheduleType: FhirResourceType = {
  type: "Schedule",
  profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Schedule",
  async read(deps, _principal, id) {
    const found = await siteServiceById(deps, id);
    return found ? scheduleOf(found.site, found.service, horizonOf(deps.now())) : undefined;
  },
  search: {
    params: [
      {
        name: "actor",
        type: "reference",
        documentation:
          "The site or the service: Location/{siteId} or HealthcareService/{siteId}.{service}",
      },
      serviceTypeParam,
    ],
    async run(deps, _principal, query) {
      const actor = single(query, "actor");
      const type = token(query, "service-type");
      let siteId: string | undefined;
      let service: string | undefined;
      if (actor !== undefined) {
        // Type/id, or a URL ending in it.
        const parts = actor.split("/");
        const kind = parts.length >= 2 ? parts.at(-2) : undefined;
        const id = parts.at(-1) ?? "";
        const pair = kind === "HealthcareService" && id ? siteServiceOfId(id) : undefined;
        if (kind === "Location" && /^[A-Za-z0-9-]{1,64}$/.test(id)) siteId = id;
        else if (pair) ({ siteId, service } = pair);
        else {
          throw new FhirSearchError(
            "actor",
            "actor must be Location/{siteId} or HealthcareService/{siteId}.{service}",
          );
        }
      }
      const horizon = horizonOf(deps.now());
      const pairs = (await siteServices(deps, { siteId, type })).filter(
        (pair) => !service || pair.service === service,
      );
      return pageOf(pairs, query, ({ site, service }) => scheduleOf(site, service, horizon));
    },
  },
};
