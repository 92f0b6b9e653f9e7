import { icbOrganizationOf, odsCodeOf, odsSystem, siteOrganizationOf } from "@front-door/fhir";
import { getIcb, getSite } from "@front-door/store";
import { loadDirectory } from "./directory-load.ts";
import type { FhirResourceType } from "./fhir-resource-type.ts";
import { FhirSearchError } from "./fhir-resource-type.ts";
import { pageOf, referenceId, token } from "./search-values.ts";

/**
 * Organization/<icbId> (an ICB) and Organization/<siteId> (the organisation running a site),
 * identified by ODS code. The directory: for anyone signed in.
 */
export const organizationType: FhirResourceType = {
  type: "Organization",
  profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization",
  async read(deps, _principal, id) {
    const icb = await getIcb(deps.db, deps.tableName, id);
    if (icb) return icbOrganizationOf(icb);
    const site = await getSite(deps.db, deps.tableName, id);
    if (!site) return undefined;
    return siteOrganizationOf(site, await getIcb(deps.db, deps.tableName, site.icbId));
  },
  search: {
    params: [
      {
        name: "identifier",
        type: "token",
        documentation: `An ODS code: QWO, or ${odsSystem}|QWO`,
      },
      {
        name: "partof",
        type: "reference",
        documentation: "The ICB a site's organisation is part of: Organization/{icbId}",
      },
    ],
    async run(deps, _principal, query) {
      const ods = token(query, "identifier");
      if (ods?.system !== undefined && ods.system !== odsSystem) {
        throw new FhirSearchError("identifier", `identifier searches ODS codes (${odsSystem})`);
      }
      const partOf = referenceId(query, "partof", "Organization");
      const { icbs, sites } = await loadDirectory(deps);
      const byId = new Map(icbs.map((icb) => [icb.id, icb]));
      const all = [
        ...(partOf
          ? []
          : icbs.map((icb) => ({ code: odsCodeOf(icb), make: () => icbOrganizationOf(icb) }))),
        ...sites
          .filter((site) => !partOf || site.icbId === partOf)
          .map((site) => ({
            code: odsCodeOf(site),
            make: () => siteOrganizationOf(site, byId.get(site.icbId)),
          })),
      ];
      const matches = all.filter((o) => !ods || o.code === ods.code.toUpperCase());
      return pageOf(matches, query, (o) => o.make());
    },
  },
};
