import { parseArgs } from "node:util";
import { createDocumentClient, createDynamoDbClient } from "./client.ts";
import { indexOpenSlots } from "./same-day/open-slots.ts";
import { publishDemoWeek, seedDemoData } from "./seed.ts";

const help = `npm run seed -- --table NAME [--with-demo-patients]

Writes the demo ICBs and sites into a deployed table with your AWS credentials. Existing items
are left alone, so it is safe to run again. DYNAMODB_ENDPOINT, if set, points it elsewhere
(LocalStack). TABLE_NAME is used when --table is not given.

  --with-demo-patients  For a demo deployment: also the three demo patients and the demo
                        sites' same-day session templates, and publishes slots from those
                        sites' templates for today and the next 6 days (London dates).
                        Publishing is idempotent: run it again on a later day to keep a
                        week of free times ahead. Never use it on a real ICB's table.
  --index-open-slots    Only this: put slots published before the open slots' index
                        (gsi2) into it, once the stateful stack has added the index.
                        Scans the table; safe to run again and beside live traffic.
  --help                Show this.`;

const { values } = parseArgs({
  options: {
    table: { type: "string" },
    "with-demo-patients": { type: "boolean", default: false },
    "index-open-slots": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(help);
  process.exit(0);
}
const tableName = values.table ?? process.env.TABLE_NAME;
if (!tableName) {
  console.error("Name the table: npm run seed -- --table <TableName output of the stateful stack>");
  console.error("npm run seed -- --help says more.");
  process.exit(2);
}
const demo = values["with-demo-patients"];
const endpoint = process.env.DYNAMODB_ENDPOINT;
const db = createDocumentClient(createDynamoDbClient(endpoint ? { endpoint } : {}));
if (values["index-open-slots"]) {
  const { indexed } = await indexOpenSlots(db, tableName);
  console.log(`Indexed ${indexed} slots of ${tableName} in the open slots' index.`);
  process.exit(0);
}
const { added, alreadyPresent } = await seedDemoData(db, tableName, {
  patients: demo,
  sessions: demo,
});
console.log(`Seeded ${tableName}: ${added} added, ${alreadyPresent} already there.`);
if (demo) {
  const week = await publishDemoWeek(db, tableName, new Date());
  console.log(
    `Demo same-day slots ${week.from} to ${week.to}: ${week.created} new, ${week.alreadyPublished} already published.`,
  );
  for (const problem of week.problems) {
    console.error(`Not published at ${problem.siteId}: ${problem.message}`);
  }
}
