import { parseArgs } from "node:util";
import { createDocumentClient, createDynamoDbClient } from "./client.ts";
import { demoPatients } from "./demo/demo-patients.ts";
import { demoIcbs, demoSites } from "./demo/demo-sites.ts";
import { addPatientIfAbsent } from "./patients.ts";
import { addIcbIfAbsent, addSiteIfAbsent } from "./site-directory.ts";

/**
 * npm run seed -- --table NAME [--with-demo-patients]
 *
 * Writes the demo ICBs and sites (and, if asked, the demo patients) into a deployed table with
 * the caller's AWS credentials. Existing items are left alone. DYNAMODB_ENDPOINT, if set, points
 * it elsewhere (LocalStack).
 */
const { values } = parseArgs({
  options: {
    table: { type: "string" },
    "with-demo-patients": { type: "boolean", default: false },
  },
});
const tableName = values.table ?? process.env.TABLE_NAME;
if (!tableName) {
  console.error("Name the table: npm run seed -- --table <TableName output of the stateful stack>");
  process.exit(2);
}
const endpoint = process.env.DYNAMODB_ENDPOINT;
const db = createDocumentClient(createDynamoDbClient(endpoint ? { endpoint } : {}));
const outcomes = await Promise.all([
  ...demoIcbs.map((icb) => addIcbIfAbsent(db, tableName, icb)),
  ...demoSites.map((site) => addSiteIfAbsent(db, tableName, site)),
  ...(values["with-demo-patients"]
    ? demoPatients.map((patient) => addPatientIfAbsent(db, tableName, patient))
    : []),
]);
const added = outcomes.filter(Boolean).length;
console.log(`Seeded ${tableName}: ${added} added, ${outcomes.length - added} already there.`);
