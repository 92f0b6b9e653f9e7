import { createDocumentClient, createDynamoDbClient } from "@front-door/store";
import { type FaultRule, injectFaults } from "@front-door/store/faults";
import { inject } from "vitest";
import type { TestTable } from "./support.ts";

/**
 * The test's table through a client of its own with faults injected (the store's own retry
 * policy, with delays shortened so a test that exhausts it stays quick), beside the clean
 * client the test reads back with. `endpoint`: a DynamoDB Local of the test's own, if not the
 * suite's.
 */
export function faultyTable(
  t: TestTable,
  rules: readonly FaultRule[],
  endpoint: string = inject("dynamodbEndpoint"),
) {
  const client = createDynamoDbClient({
    endpoint,
    region: "eu-west-2",
    retry: { baseDelayMs: 1, maxDelayMs: 4 },
  });
  const log = injectFaults(client, rules);
  return { client, db: createDocumentClient(client), tableName: t.tableName, log };
}

/** A rule's key filter: items whose partition key starts with one of these. */
export const onKeys =
  (...prefixes: string[]) =>
  (key: { pk: string }) =>
    prefixes.some((prefix) => key.pk.startsWith(prefix));
