import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from "@aws-sdk/client-dynamodb-streams";
import { matchesStreamFilter, type StreamConsumerDefinition } from "@front-door/contracts";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";

export interface TableStreamOptions {
  client: Pick<DynamoDBStreamsClient, "send">;
  streamArn: string;
  consumers: readonly StreamConsumerDefinition[];
  /** Calls the consumer's handler module as Lambda would. */
  invoke: (consumer: StreamConsumerDefinition, event: DynamoDBStreamEvent) => Promise<unknown>;
  /** Pause between polls. Default 250 ms: a message shows as sent about as fast as in AWS. */
  intervalMs?: number;
  /** Invocations of one batch before it is given up (Lambda's retry attempts). Default 8. */
  maxInvocations?: number;
  log?: (line: string) => void;
}

export interface TableStreamReader {
  stop(): Promise<void>;
}

interface ShardState {
  iterator?: string;
  lastSequence?: string;
  closed: boolean;
  /** Closed, and the shard list has been read again since. */
  replaced?: boolean;
}

interface PendingBatch {
  consumer: StreamConsumerDefinition;
  records: DynamoDBRecord[];
  invocations: number;
}

/**
 * Reads DynamoDB Local's stream of the table and hands each consumer the records its filter
 * selects, as Lambda's event source mapping does in AWS: in order per shard, retrying from the
 * first record a handler reports as failed, giving a batch up after `maxInvocations`. Starts
 * from the oldest record kept, so messages written while the runner was stopped still go
 * (consumers are idempotent: what they already handled is skipped).
 */
export function readTableStream(options: TableStreamOptions): TableStreamReader {
  const shards = new Map<string, ShardState>();
  const pending: PendingBatch[] = [];
  const maxInvocations = options.maxInvocations ?? 8;
  let stopped = false;
  let polls = 0;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const deliver = async (batch: PendingBatch): Promise<PendingBatch | undefined> => {
    batch.invocations += 1;
    let failedFrom = -1;
    try {
      const response = (await options.invoke(batch.consumer, {
        Records: batch.records,
      })) as DynamoDBBatchResponse | undefined;
      const failed = new Set(
        (response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier),
      );
      failedFrom = batch.records.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ""));
    } catch (error) {
      options.log?.(
        `${batch.consumer.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      failedFrom = 0;
    }
    if (failedFrom < 0) return undefined;
    if (batch.invocations >= maxInvocations) {
      options.log?.(`${batch.consumer.id}: gave up ${batch.records.length - failedFrom} record(s)`);
      return undefined;
    }
    return { ...batch, records: batch.records.slice(failedFrom) };
  };

  const poll = async () => {
    // Retries first, then whatever is new.
    for (const batch of pending.splice(0)) {
      const retry = await deliver(batch);
      if (retry) pending.push(retry);
    }
    // Shards change rarely (DynamoDB Local rolls one over every few hours): look for new ones
    // at the start, after one closes, and every 40 polls, not on every poll.
    if (
      polls++ % 40 === 0 ||
      [...shards.values()].some((shard) => shard.closed && !shard.replaced)
    ) {
      for (const shard of shards.values()) if (shard.closed) shard.replaced = true;
      await discoverShards();
    }
    for (const [shardId, shard] of shards) {
      if (shard.closed || stopped) continue;
      const records = await readShard(shardId, shard);
      if (!records.length) continue;
      const events = records.map(toLambdaRecord);
      for (const consumer of options.consumers) {
        const selected = events.filter((record) => matchesStreamFilter(consumer.filter, record));
        if (!selected.length) continue;
        const retry = await deliver({ consumer, records: selected, invocations: 0 });
        if (retry) pending.push(retry);
      }
    }
  };

  const discoverShards = async () => {
    let exclusiveStartShardId: string | undefined;
    do {
      const page = await options.client.send(
        new DescribeStreamCommand({
          StreamArn: options.streamArn,
          ...(exclusiveStartShardId ? { ExclusiveStartShardId: exclusiveStartShardId } : {}),
        }),
      );
      for (const shard of page.StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !shards.has(shard.ShardId)) {
          shards.set(shard.ShardId, { closed: false });
        }
      }
      exclusiveStartShardId = page.StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
  };

  const readShard = async (shardId: string, shard: ShardState): Promise<StreamRecord[]> => {
    try {
      if (!shard.iterator) {
        const { ShardIterator } = await options.client.send(
          new GetShardIteratorCommand({
            StreamArn: options.streamArn,
            ShardId: shardId,
            ...(shard.lastSequence
              ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", SequenceNumber: shard.lastSequence }
              : { ShardIteratorType: "TRIM_HORIZON" }),
          }),
        );
        shard.iterator = ShardIterator;
        if (!shard.iterator) {
          shard.closed = true;
          return [];
        }
      }
      const page = await options.client.send(
        new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }),
      );
      shard.iterator = page.NextShardIterator;
      if (!shard.iterator) shard.closed = true;
      const records = page.Records ?? [];
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) shard.lastSequence = last;
      return records;
    } catch (error) {
      // An expired or trimmed iterator: start again after the last record seen.
      shard.iterator = undefined;
      options.log?.(`stream shard ${shardId}: ${error instanceof Error ? error.name : error}`);
      return [];
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = poll()
        .catch((error: unknown) =>
          options.log?.(`stream: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(schedule);
    }, options.intervalMs ?? 250);
  };
  schedule();

  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}

/** The streams API's record in the shape Lambda hands a function (epoch-second timestamps). */
function toLambdaRecord(record: StreamRecord): DynamoDBRecord {
  const { ApproximateCreationDateTime, ...dynamodb } = record.dynamodb ?? {};
  return {
    ...(record.eventID ? { eventID: record.eventID } : {}),
    ...(record.eventName ? { eventName: record.eventName } : {}),
    eventSource: "aws:dynamodb",
    eventVersion: record.eventVersion ?? "1.1",
    ...(record.awsRegion ? { awsRegion: record.awsRegion } : {}),
    dynamodb: {
      ...(dynamodb as DynamoDBRecord["dynamodb"]),
      ...(ApproximateCreationDateTime
        ? { ApproximateCreationDateTime: Math.floor(ApproximateCreationDateTime.getTime() / 1000) }
        : {}),
    },
  };
}
