import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { addDays, InvalidInput, type LocalDate, londonToday } from "@front-door/domain";
import { demoPatients } from "./demo/demo-patients.ts";
import { demoSessionTemplates } from "./demo/demo-sessions.ts";
import { demoIcbs, demoSites } from "./demo/demo-sites.ts";
import { addPatientIfAbsent } from "./patients.ts";
import {
  addSessionTemplateIfAbsent,
  publishSessionTemplates,
  sessionTemplatesOfSite,
} from "./same-day/templates.ts";
import { addIcbIfAbsent, addSiteIfAbsent } from "./site-directory.ts";

export interface SeedResult {
  added: number;
  alreadyPresent: number;
}

export interface SeedOptions {
  /** The demo patients. Default true; a real deployment loads only the directory. */
  patients?: boolean;
  /**
   * The demo sites' same-day session templates. Default false, so a table starts with no
   * rota (tests publish their own slots); the local runner and demo deployments ask for them.
   */
  sessions?: boolean;
  /** Stamped on new session templates. Default: the current time. */
  now?: Date;
}

/**
 * Writes the demo ICBs, sites, patients and (if asked) session templates. Idempotent: existing
 * items are left alone, so a patient's edits to their demo profile and a receptionist's edits
 * to a demo session survive a restart (npm run reset starts afresh). `patients: false` loads
 * only the directory (ICBs and sites), as a real deployment wants.
 */
export async function seedDemoData(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const now = options.now ?? new Date();
  // Sites one after another: each takes its place among the ones before it (sites-near.ts);
  // added at once, sites near each other would only refuse each other and try again.
  const sitesAdded: boolean[] = [];
  for (const site of demoSites) sitesAdded.push(await addSiteIfAbsent(db, tableName, site));
  const outcomes = await Promise.all([
    ...sitesAdded,
    ...demoIcbs.map((icb) => addIcbIfAbsent(db, tableName, icb)),
    ...((options.patients ?? true)
      ? demoPatients.map((patient) => addPatientIfAbsent(db, tableName, patient))
      : []),
    ...(options.sessions
      ? demoSessionTemplates.map((template) =>
          addSessionTemplateIfAbsent(db, tableName, template, now),
        )
      : []),
  ]);
  const added = outcomes.filter(Boolean).length;
  return { added, alreadyPresent: outcomes.length - added };
}

/** Today and the next 6 days: the week a demo always has times for. */
export const demoWeekDays = 7;

export interface DemoWeekResult {
  /** London dates, inclusive. */
  from: LocalDate;
  to: LocalDate;
  created: number;
  alreadyPublished: number;
  /** Sites left out because their templates could not be published (say, two overlap). */
  problems: { siteId: string; message: string }[];
}

/**
 * Publishes the demo week (today and the next 6 London dates) at every demo site from the
 * session templates it has now, as its receptionist pressing "Publish" would. Publishing is
 * idempotent, so a restart creates nothing new and a booked slot stays booked. A site whose
 * templates cannot be published (a receptionist made two overlap) is reported, not fatal.
 */
export async function publishDemoWeek(
  db: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
): Promise<DemoWeekResult> {
  const from = londonToday(now);
  const to = addDays(from, demoWeekDays - 1);
  const result: DemoWeekResult = { from, to, created: 0, alreadyPublished: 0, problems: [] };
  await Promise.all(
    demoSites.map(async (site) => {
      const templates = await sessionTemplatesOfSite(db, tableName, site.id);
      if (templates.length === 0) return;
      try {
        const published = await publishSessionTemplates(db, tableName, site, templates, from, to);
        result.created += published.created;
        result.alreadyPublished += published.alreadyPublished;
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        result.problems.push({ siteId: site.id, message: error.message });
      }
    }),
  );
  result.problems.sort((a, b) => (a.siteId < b.siteId ? -1 : 1));
  return result;
}
