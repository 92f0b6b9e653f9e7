import type { ServiceCode } from "@front-door/contracts";
import { healthcareServiceOf, serviceMatchesToken, siteServiceOfId } from "@front-door/fhir";
import { getSite, type Site } from "@front-door/store";
import { loadDirectory } from "./directory-load.ts";
import type { FhirDeps, FhirResourceType, FhirSearchParam } from "./fhir-resource-type.ts";
import { pageOf, referenceId, token } from "./search-values.ts";

/** A site and one of its services, from a `<siteId>.<service>` id, if the site offers it. */
export async function siteServiceById(
  deps: FhirDeps,
  id: string,
): Promise<{ site: Site; service: ServiceCode } | undefined> {
  const parts = siteServiceOfId(id);
  if (!parts) return undefined;
  const site = await getSite(deps.db, deps.tableName, parts.siteId);
  const service = site?.services.find((s) => s === parts.service);
  return site && service ? { site, service } : undefined;
}

export const serviceTypeParam: FhirSearchParam = {
  name: "service-type",
  type: "token",
  documentation:
    "The service: a SNOMED CT code (http://snomed.info/sct|722140001) or Front Door's own (physiotherapy, or https://fhir.front-door.nhs.example/CodeSystem/service|physiotherapy)",
};

/** Every site × service pair, in site then service order, that the filters leave. */
export async function siteServices(
  deps: FhirDeps,
  filter: { siteId?: string | undefined; type?: { system?: string; code: string } | undefined },
): Promise<{ site: Site; service: ServiceCode }[]> {
  const { sites } = await loadDirectory(deps);
  return sites
    .filter((site) => !filter.siteId || site.id === filter.siteId)
    .flatMap((site) => [...site.services].sort().map((service) => ({ site, service })))
    .filter(({ service }) => !filter.type || serviceMatchesToken(service, filter.type));
}

/** HealthcareService/<siteId>.<service>: a service a site offers. */
export const healthcareServiceType: FhirResourceType = {
  type: "HealthcareService",
  profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-HealthcareService",
  async read(deps, _principal, id) {
    const found = await siteServiceById(deps, id);
    return found ? healthcareServiceOf(found.site, found.service) : undefined;
  },
  search: {
    params: [
      {
        name: "location",
        type: "reference",
        documentation: "The site: Location/{siteId}",
      },
      {
        name: "organization",
        type: "reference",
        documentation: "The organisation running the site: Organization/{siteId}",
      },
      serviceTypeParam,
    ],
    async run(deps, _principal, query) {
      const location = referenceId(query, "location", "Location");
      const organization = referenceId(query, "organization", "Organization");
      const type = token(query, "service-type");
      const pairs = await siteServices(deps, { siteId: location, type });
      const matches = pairs.filter(({ site }) => !organization || site.id === organization);
      return pageOf(matches, query, ({ site, service }) => healthcareServiceOf(site, service));
    },
  },
};
