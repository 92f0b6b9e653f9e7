import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { demoSites } from "@front-door/store";
import { startBenchService } from "./bench-service.ts";
import { measureRush } from "./rush.ts";
import { printRush } from "./rush-report.ts";

/**
 * One rush in a process of its own (run.ts starts one per variant): handler modules read their
 * environment, FRONT_DOOR_FAULTS included, once at first import, so a run with faults and one
 * without cannot share a process. Writes the RushResult as JSON to --out.
 */
const { values } = parseArgs({
  options: { out: { type: "string" }, faults: { type: "string" }, threads: { type: "string" } },
});
if (!values.out) throw new Error("rush-main needs --out <file>");
process.env.AWS_REGION ??= "eu-west-2";
process.env.AWS_ACCESS_KEY_ID ??= "bench";
process.env.AWS_SECRET_ACCESS_KEY ??= "bench";

const rushIcbId = "icb-west-yorkshire";
const gpSites = demoSites.filter(
  (site) => site.icbId === rushIcbId && site.services.includes("same-day-gp"),
);
const functionThreads = Number(values.threads ?? 0);
const service = await startBenchService({
  patients: 2000,
  siteIds: gpSites.map((site) => site.id),
  ...(values.faults ? { faults: values.faults } : {}),
  functionThreads,
});
try {
  const result = await measureRush(service, gpSites, 100, values.faults, functionThreads);
  printRush(result);
  writeFileSync(values.out, JSON.stringify(result));
} finally {
  await service.stop();
}
