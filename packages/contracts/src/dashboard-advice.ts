import * as z from "zod/mini";
import { WaitFigures } from "./dashboard-wait.ts";

const AdviceFigures = {
  requests: z.number(),
  medical: z.number(),
  admin: z.number(),
  /** Red-flag checks that sent the person to 999, A&E or 111 instead of sending a request. */
  redFlagDiversions: z.number(),
  /** Requests whose own words raised a red flag (kept, and flagged urgent to the practice). */
  freeTextFlags: z.number(),
  enteredByStaff: z.number(),
  firstResponses: z.number(),
  answeredWithinTarget: z.number(),
  answeredWithinTargetShare: z.nullable(z.number()),
  closed: z.number(),
  /** Closes by outcome. */
  outcomes: z.record(z.string(), z.number()),
  timeToFirstResponse: WaitFigures,
  timeToClose: WaitFigures,
  /** Now, whatever the range: requests awaiting a first answer, and those past their target. */
  awaitingFirstResponse: z.number(),
  openPastTarget: z.number(),
};

/** Online GP advice across the ICB's sites: counts only, never a request or a person. */
export const AdviceDashboard = z.object({
  /** Each site's requests per day by type, days with none left out. */
  days: z.array(
    z.object({
      date: z.string(),
      siteId: z.string(),
      siteName: z.string(),
      requests: z.number(),
      medical: z.number(),
      admin: z.number(),
      redFlagDiversions: z.number(),
    }),
  ),
  sites: z.array(z.object({ siteId: z.string(), siteName: z.string(), ...AdviceFigures })),
  totals: z.object(AdviceFigures),
});
export type AdviceDashboard = z.infer<typeof AdviceDashboard>;
