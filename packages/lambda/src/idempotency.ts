import { IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import type { AttributeValue, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { tableDefinition } from "@front-door/store/table-definition";
import type { Context } from "aws-lambda";
import type { IdempotencyFactory, IdempotentCall } from "./idempotency-types.ts";

export interface IdempotencyStore {
  client: DynamoDBClient;
  tableName: string;
  /** How long a key is remembered; 24 hours unless told otherwise. */
  ttlSeconds?: number;
}

/**
 * Wraps a creating operation with Powertools idempotency, stored in the single table, one
 * partition per request (see PerRequestPersistenceLayer). A retry with the same key gets the first result; a duplicate that arrives
 * while the first is still running raises IdempotencyAlreadyInProgressError (mapped to 409).
 */
export function dynamoDbIdempotency(store: IdempotencyStore): IdempotencyFactory {
  return <Result>(routeId: string) => idempotentRunner<Result>(routeId, store);
}

/**
 * Powertools' layer, with each record in a partition of its own: `pk` is
 * `IDEMPOTENCY#<routeId>#<hash of caller and key>`, `sk` the constant `IDEMPOTENCY`. Its default
 * with a sort key puts every record of a route under one static partition key, which a rush
 * of creating POSTs (three writes each) would take past the 1,000 WCU/s one key allows.
 */
class PerRequestPersistenceLayer extends DynamoDBPersistenceLayer {
  protected override getKey(idempotencyKey: string): Record<string, AttributeValue> {
    return {
      [tableDefinition.partitionKey]: { S: `IDEMPOTENCY#${idempotencyKey}` },
      [tableDefinition.sortKey]: { S: "IDEMPOTENCY" },
    };
  }
}

function idempotentRunner<Result>(
  routeId: string,
  store: IdempotencyStore,
): (call: IdempotentCall, context: Context, run: () => Promise<Result>) => Promise<Result> {
  const persistenceStore = new PerRequestPersistenceLayer({
    tableName: store.tableName,
    awsSdkV3Client: store.client,
    keyAttr: tableDefinition.partitionKey,
    sortKeyAttr: tableDefinition.sortKey,
    expiryAttr: tableDefinition.timeToLiveAttribute,
  });
  const config = new IdempotencyConfig({
    eventKeyJmesPath: "key",
    payloadValidationJmesPath: "body",
    expiresAfterSeconds: store.ttlSeconds ?? 24 * 60 * 60,
    throwOnNoIdempotencyKey: true,
  });
  const once = makeIdempotent(async (_call: IdempotentCall, run: () => Promise<Result>) => run(), {
    persistenceStore,
    config,
    keyPrefix: routeId,
    dataIndexArgument: 0,
  });
  return (call, context, run) => {
    config.registerLambdaContext(context);
    return once(call, run);
  };
}
