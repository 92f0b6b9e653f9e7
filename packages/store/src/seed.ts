import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { demoPatients } from "./demo/demo-patients.ts";
import { demoIcbs, demoSites } from "./demo/demo-sites.ts";
import { addPatientIfAbsent } from "./patients.ts";
import { addIcbIfAbsent, addSiteIfAbsent } from "./site-directory.ts";

export interface SeedResult {
  added: number;
  alreadyPresent: number;
}

/**
 * Writes the demo ICBs, sites and patients. Idempotent: existing items are left alone, so a
 * patient's edits to their demo profile survive a restart (npm run reset starts afresh).
 * `patients: false` loads only the directory (ICBs and sites), as a real deployment wants.
 */
export async function seedDemoData(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: { patients?: boolean } = {},
): Promise<SeedResult> {
  const outcomes = await Promise.all([
    ...demoIcbs.map((icb) => addIcbIfAbsent(db, tableName, icb)),
    ...demoSites.map((site) => addSiteIfAbsent(db, tableName, site)),
    ...((options.patients ?? true)
      ? demoPatients.map((patient) => addPatientIfAbsent(db, tableName, patient))
      : []),
  ]);
  const added = outcomes.filter(Boolean).length;
  return { added, alreadyPresent: outcomes.length - added };
}
