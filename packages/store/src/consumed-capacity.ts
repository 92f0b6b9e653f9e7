import { channel } from "node:diagnostics_channel";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type {
  InitializeHandler,
  InitializeHandlerArguments,
  InitializeHandlerOutput,
} from "@smithy/types";

/**
 * Told of the capacity every call of a client made with `reportConsumedCapacity` consumed, as
 * `{ operation, consumedCapacity }` (DynamoDB's ConsumedCapacity: one object, or one per table
 * for batch and transaction calls). Benchmarks add it up per request.
 */
export const consumedCapacityChannel = channel("front-door:consumed-capacity");

/** The operations that accept ReturnConsumedCapacity. */
const measured = new Set([
  "GetItemCommand",
  "PutItemCommand",
  "UpdateItemCommand",
  "DeleteItemCommand",
  "QueryCommand",
  "ScanCommand",
  "BatchGetItemCommand",
  "BatchWriteItemCommand",
  "TransactGetItemsCommand",
  "TransactWriteItemsCommand",
]);

/**
 * Asks DynamoDB, on every call this client makes, for the read and write units it consumed, by
 * table and index (ReturnConsumedCapacity INDEXES), and publishes them on
 * `consumedCapacityChannel`. For the local runner's benchmarks (FRONT_DOOR_CONSUMED_CAPACITY);
 * the stacks never turn it on. A caller's own ReturnConsumedCapacity is kept.
 */
export function reportConsumedCapacity(client: DynamoDBClient): void {
  const middleware =
    (next: InitializeHandler<object, object>, context: { commandName?: string }) =>
    async (args: InitializeHandlerArguments<object>): Promise<InitializeHandlerOutput<object>> => {
      const operation = context.commandName ?? "";
      if (!measured.has(operation)) return next(args);
      const input = args.input as { ReturnConsumedCapacity?: string };
      const result = await next({
        ...args,
        input: { ...input, ReturnConsumedCapacity: input.ReturnConsumedCapacity ?? "INDEXES" },
      });
      const consumedCapacity = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
      if (consumedCapacity !== undefined && consumedCapacityChannel.hasSubscribers) {
        consumedCapacityChannel.publish({
          operation: operation.replace(/Command$/, ""),
          consumedCapacity,
        });
      }
      return result;
    };
  client.middlewareStack.add(middleware as never, {
    step: "initialize",
    priority: "high",
    name: "frontDoorConsumedCapacity",
    override: true,
  });
}
