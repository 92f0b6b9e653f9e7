import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";

/**
 * Reads a cancelled transaction: the indexes of the items whose condition failed, the only
 * cancellation a store function may turn into a domain outcome. Anything else — a transaction
 * that met another or was throttled after the store's retries ran out, a validation error, or
 * an error that is not a cancellation at all — is rethrown, for the HTTP glue to answer 503 (or
 * 500), never guessed at.
 */
export function failedConditions(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) throw error;
  const failed = (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === "ConditionalCheckFailed" ? [index] : [],
  );
  if (failed.length === 0) throw error;
  return failed;
}
