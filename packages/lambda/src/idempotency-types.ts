import type { OnceRecord } from "@front-door/store/idempotency-records";
import type { Context } from "aws-lambda";

export interface IdempotentCall {
  /** Caller and Idempotency-Key together, so two people's keys never collide. */
  key: string;
  /** Reusing a key with a different body is refused (422) rather than answered from cache. */
  body: unknown;
}

export type IdempotentRunner<Result> = (
  call: IdempotentCall,
  context: Context,
  run: () => Promise<Result>,
) => Promise<Result>;

/** Builds the runner for one route; see dynamoDbIdempotency. */
export type IdempotencyFactory = <Result>(routeId: string) => IdempotentRunner<Result>;

/**
 * Idempotency inside the route's own transaction: the glue begins a record per request and
 * gives it to the handler as `request.once`; see idempotencyInTransaction.
 */
export interface InTransactionIdempotency {
  kind: "in-transaction";
  begin(input: {
    routeId: string;
    callerKey: string;
    body: unknown;
    defaultStatus: number;
  }): OnceRecord;
}
