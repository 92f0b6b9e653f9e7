import { parseArgs } from "node:util";
import { createDocumentClient, createDynamoDbClient } from "./client.ts";
import { seedDemoData } from "./seed.ts";

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
const { added, alreadyPresent } = await seedDemoData(db, tableName, {
  patients: values["with-demo-patients"],
});
console.log(`Seeded ${tableName}: ${added} added, ${alreadyPresent} already there.`);
