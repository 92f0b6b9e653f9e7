import { type DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { keys } from "./keys.ts";

export type DatabaseState = { state: "ok" } | { state: "unreachable"; reason: string };

/**
 * The health check's look at the table: one GetItem on a fixed key that never holds data (half
 * a read unit; the health function's IAM grant covers that key alone). Bounded in time whatever
 * the client's retry policy: a database that does not answer within timeoutMs is unreachable.
 */
export async function probeTable(
  db: DynamoDBDocumentClient,
  tableName: string,
  timeoutMs = 2_000,
): Promise<DatabaseState> {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Rejected before the abort, so the reason is this and not the SDK's AbortError.
      reject(new Error(`no answer within ${timeoutMs} ms`));
      abort.abort();
    }, timeoutMs);
  });
  try {
    await Promise.race([
      db.send(new GetCommand({ TableName: tableName, Key: keys.healthProbe() }), {
        abortSignal: abort.signal,
      }),
      timedOut,
    ]);
    return { state: "ok" };
  } catch (error) {
    // The error's name only (ResourceNotFoundException, ECONNREFUSED, a timeout): no data.
    const reason =
      error instanceof Error ? (error.name === "Error" ? error.message : error.name) : "unknown";
    return { state: "unreachable", reason };
  } finally {
    clearTimeout(timer);
  }
}
