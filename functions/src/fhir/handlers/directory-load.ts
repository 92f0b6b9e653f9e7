import { type Icb, listIcbs, type Site, sitesOfIcb } from "@front-door/store";
import type { FhirDeps } from "./fhir-resource-type.ts";

/** The deployment's ICBs and sites, each list in id order: a few dozen items at most. */
export async function loadDirectory(deps: FhirDeps): Promise<{ icbs: Icb[]; sites: Site[] }> {
  const icbs = (await listIcbs(deps.db, deps.tableName)).sort(byId);
  const sites = (await Promise.all(icbs.map((icb) => sitesOfIcb(deps.db, deps.tableName, icb.id))))
    .flat()
    .sort(byId);
  return { icbs, sites };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
