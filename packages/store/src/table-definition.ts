/**
 * The single table's shape, declared once: the CDK stateful stack and the local runner's
 * CreateTable both read it. See docs/data-model.md for the entities and access patterns.
 */
export const tableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Epoch seconds; DynamoDB deletes the item some time after. Idempotency records use it. */
  timeToLiveAttribute: "ttl",
  /** The stream carries new images: the outbox's delivery reads new messages from it. */
  stream: "NEW_IMAGE",
  globalSecondaryIndexes: [
    {
      indexName: "gsi1",
      partitionKey: "gsi1pk",
      sortKey: "gsi1sk",
      projection: "ALL",
      nonKeyAttributes: [],
    },
    {
      /**
       * Slots that may be free (free or held), per site, service and London date, by start:
       * what the slot pages and a referral's free times read. Sparse: a booked or blocked slot
       * loses `gsi2sk` and leaves the index. Only what those lists show and decide on is
       * projected; the slot's id, site, service and date come back in its keys.
       */
      indexName: "gsi2",
      partitionKey: "gsi2pk",
      sortKey: "gsi2sk",
      projection: "INCLUDE",
      nonKeyAttributes: ["status", "end", "channel", "sameDayOnly", "holdExpiresAt"],
    },
  ],
} as const;

export type TableDefinition = typeof tableDefinition;

/** Local runner and tests use this name; AWS gets a generated one through TABLE_NAME. */
export const localTableName = "front-door";
