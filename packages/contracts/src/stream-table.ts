import type { TableAccess } from "./route-definition.ts";

/**
 * Work triggered by changes to the table, declared like routes and jobs: the CDK stack builds
 * one function per entry on the table's stream with exactly this filter, and the local runner
 * reads DynamoDB Local's stream and calls the same module with the same filter.
 */
export interface StreamConsumerDefinition {
  id: string;
  /** Entry module under functions/src/, without extension. */
  handler: string;
  summary: string;
  table: TableAccess;
  /** The changes that reach the function: one event name, items whose new image has this `type`. */
  filter: { eventName: "INSERT" | "MODIFY"; itemType: string };
}

export const streamConsumers = {
  deliverMessages: {
    id: "deliver-messages",
    handler: "deliver-messages",
    summary: "Send each new outbox message to the patient by text and/or email, as they agreed",
    table: "write",
    filter: { eventName: "INSERT", itemType: "message" },
  },
} as const satisfies Record<string, StreamConsumerDefinition>;

export const streamConsumerList: readonly StreamConsumerDefinition[] =
  Object.values(streamConsumers);

/** The filter as a predicate over a stream record, for the local runner. */
export function matchesStreamFilter(
  filter: StreamConsumerDefinition["filter"],
  record: { eventName?: string; dynamodb?: { NewImage?: Record<string, { S?: string }> } },
): boolean {
  return (
    record.eventName === filter.eventName && record.dynamodb?.NewImage?.type?.S === filter.itemType
  );
}
