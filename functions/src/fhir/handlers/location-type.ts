import { locationOf } from "@front-door/fhir";
import { getSite } from "@front-door/store";
import { loadDirectory } from "./directory-load.ts";
import type { FhirResourceType } from "./fhir-resource-type.ts";
import { pageOf, referenceId, single } from "./search-values.ts";

const compact = (postcode: string) => postcode.replaceAll(/\s+/g, "").toUpperCase();

/** Location/<siteId>: a site, with its address, position and the organisation running it. */
export const locationType: FhirResourceType = {
  type: "Location",
  profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Location",
  async read(deps, _principal, id) {
    const site = await getSite(deps.db, deps.tableName, id);
    return site ? locationOf(site) : undefined;
  },
  search: {
    params: [
      {
        name: "organization",
        type: "reference",
        documentation: "The organisation running the site: Organization/{siteId}",
      },
      {
        name: "address-postalcode",
        type: "string",
        documentation:
          "The start of the site's postcode, spaces and case ignored: LS12 or LS12 3HN",
      },
    ],
    async run(deps, _principal, query) {
      const organization = referenceId(query, "organization", "Organization");
      const postcode = single(query, "address-postalcode");
      const { sites } = await loadDirectory(deps);
      const matches = sites.filter(
        (site) =>
          (!organization || site.id === organization) &&
          (!postcode || compact(site.address.postcode).startsWith(compact(postcode))),
      );
      return pageOf(matches, query, locationOf);
    },
  },
};
