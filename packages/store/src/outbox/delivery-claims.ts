import { randomUUID } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { londonToday } from "@front-door/domain";
import { plainItem } from "../attribute-values.ts";
import { keys } from "../keys.ts";
import {
  type ChannelDelivery,
  type MessageChannel,
  type MessageKey,
  type MessageRecord,
  type MessageStatus,
  outboxShard,
  outboxShards,
  toMessage,
} from "./messages.ts";

/**
 * How long a claim keeps a message from other deliveries: well past the delivery function's
 * 10-second timeout, so only a delivery that died (timed out, crashed) loses its claim. The
 * sweep takes it up again once the lease has run out.
 */
export const claimLeaseMs = 5 * 60_000;

/**
 * Takes a message for delivery: pending (and not backing off) → sending, counting the attempt,
 * or retakes a claim whose lease ran out (a delivery that died mid-way). Undefined when the
 * message is settled, claimed by a live delivery, backing off, or absent — so a redelivered
 * stream record or a sweep that overlaps the stream sends nothing twice.
 *
 * The claim carries a token of this call. When the store's retry policy sends the write again
 * because the first answer was lost (a timeout after DynamoDB committed it), the condition
 * fails on our own claim: the item returned with the failure shows our token, and the claim is
 * ours — not "claimed by someone else", which would leave the message to the lease.
 */
export async function claimMessage(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: MessageKey,
  now: Date,
  options: { leaseMs?: number; token?: string } = {},
): Promise<MessageRecord | undefined> {
  const leaseMs = options.leaseMs ?? claimLeaseMs;
  const token = options.token ?? randomUUID();
  const at = now.toISOString();
  const messageId = key.sk.split("#").pop() ?? "";
  const due = keys.messageDue(
    outboxShard(messageId),
    new Date(now.getTime() + leaseMs).toISOString(),
    messageId,
  );
  try {
    const result = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression:
          "SET #status = :sending, claimedAt = :now, claimToken = :token, gsi1pk = :duePk, gsi1sk = :dueSk ADD attempts :one",
        ConditionExpression:
          "attribute_exists(pk) AND ((#status = :pending AND (attribute_not_exists(nextAttemptAt) OR nextAttemptAt <= :now)) OR (#status = :sending AND claimedAt < :staleBefore))",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":sending": "sending",
          ":pending": "pending",
          ":now": at,
          ":token": token,
          ":duePk": due.gsi1pk,
          ":dueSk": due.gsi1sk,
          ":staleBefore": new Date(now.getTime() - leaseMs).toISOString(),
          ":one": 1,
        },
        ReturnValues: "ALL_NEW",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return result.Attributes ? toMessage(result.Attributes) : undefined;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const found = error.Item ? plainItem(error.Item) : undefined;
    // Our own earlier attempt committed; its answer was lost.
    if (found?.claimToken === token && found.status === "sending") return toMessage(found);
    return undefined;
  }
}

export type ClaimEnd = (
  | {
      status: Exclude<MessageStatus, "pending" | "sending">;
      deliveries: ChannelDelivery[];
      at: Date;
    }
  /** Back to pending, not to be claimed before `nextAttemptAt`. */
  | { status: "pending"; deliveries: ChannelDelivery[]; at: Date; nextAttemptAt: Date }
) & {
  /** The channels chosen at sending, for a message written with `channelsAtSending`. */
  channels?: MessageChannel[];
};

/**
 * Ends a claim: settled (sent, failed, not-sent) or put back to pending for a later attempt,
 * keeping the channels already delivered so a retry does not send them again. Conditional on
 * still holding the claim (same claimedAt), so a delivery whose lease was retaken cannot
 * overwrite the other. A settled message leaves the sweep's index; one that failed for good
 * joins the day's list of failed messages, which operations read (failedMessagesOn).
 */
export async function endClaim(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: MessageKey,
  claimedAt: string,
  outcome: ClaimEnd,
): Promise<boolean> {
  const messageId = key.sk.split("#").pop() ?? "";
  const at = outcome.at.toISOString();
  const index =
    outcome.status === "pending"
      ? keys.messageDue(outboxShard(messageId), outcome.nextAttemptAt.toISOString(), messageId)
      : outcome.status === "failed"
        ? keys.messageFailed(londonToday(outcome.at), at, messageId)
        : undefined;
  const set = [
    "#status = :status",
    "deliveries = :deliveries",
    ...(outcome.status === "pending" ? ["nextAttemptAt = :next"] : ["settledAt = :at"]),
    ...(index ? ["gsi1pk = :indexPk", "gsi1sk = :indexSk"] : []),
    ...(outcome.channels ? ["channels = :channels"] : []),
  ];
  const remove = [
    "claimedAt",
    "claimToken",
    ...(index ? [] : ["gsi1pk", "gsi1sk"]),
    ...(outcome.channels ? ["channelsAtSending"] : []),
  ];
  if (outcome.status !== "pending") remove.push("nextAttemptAt");
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: `SET ${set.join(", ")} REMOVE ${remove.join(", ")}`,
        ConditionExpression: "#status = :sending AND claimedAt = :claimedAt",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":status": outcome.status,
          ":deliveries": outcome.deliveries,
          ":sending": "sending",
          ":claimedAt": claimedAt,
          ...(outcome.status === "pending"
            ? { ":next": outcome.nextAttemptAt.toISOString() }
            : { ":at": at }),
          ...(index ? { ":indexPk": index.gsi1pk, ":indexSk": index.gsi1sk } : {}),
          ...(outcome.channels ? { ":channels": outcome.channels } : {}),
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * The keys of messages due for another look in one partition of the sweep's index, oldest due
 * first: backing off until now, claimed by a delivery whose lease has run out, or new and
 * missed by the stream. The index is eventually consistent; the claim reads the item itself.
 */
export async function dueMessages(
  db: DynamoDBDocumentClient,
  tableName: string,
  shard: number,
  now: Date,
  limit = 100,
): Promise<MessageKey[]> {
  const page = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
      ExpressionAttributeValues: {
        ":pk": keys.messageDue(shard, "", "").gsi1pk,
        ":now": `${now.toISOString()}#\uffff`,
      },
      ProjectionExpression: "pk, sk",
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((item) => ({ pk: String(item.pk), sk: String(item.sk) }));
}

/** Every partition of the sweep's index, for a sweep to walk. */
export const outboxShardList: readonly number[] = Array.from(
  { length: outboxShards },
  (_, shard) => shard,
);

export type FailedMessage = Pick<
  MessageRecord,
  "id" | "kind" | "attempts" | "settledAt" | "deliveries"
>;

/** Messages that failed for good on a London day, for operations: ids and outcomes, no text. */
export async function failedMessagesOn(
  db: DynamoDBDocumentClient,
  tableName: string,
  localDate: string,
): Promise<FailedMessage[]> {
  const page = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.messageFailed(localDate, "", "").gsi1pk },
      ProjectionExpression: "id, kind, attempts, settledAt, deliveries",
    }),
  );
  return (page.Items ?? []) as FailedMessage[];
}
