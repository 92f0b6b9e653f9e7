import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startBenchService } from "./bench-service.ts";
import { measureCapacity } from "./capacity.ts";
import { printCapacity } from "./capacity-report.ts";

/**
 * The journey steps' DynamoDB units in a process of their own: FRONT_DOOR_CONSUMED_CAPACITY
 * must be set before the handler modules first load, and must stay off in the rush's process.
 */
const { values } = parseArgs({ options: { out: { type: "string" } } });
if (!values.out) throw new Error("capacity-main needs --out <file>");
process.env.AWS_REGION ??= "eu-west-2";
process.env.AWS_ACCESS_KEY_ID ??= "bench";
process.env.AWS_SECRET_ACCESS_KEY ??= "bench";
process.env.FRONT_DOOR_CONSUMED_CAPACITY = "1";

const service = await startBenchService({ patients: 8, siteIds: ["site-chapeltown"] });
try {
  const result = await measureCapacity(service);
  printCapacity(result);
  writeFileSync(values.out, JSON.stringify(result));
} finally {
  await service.stop();
}
