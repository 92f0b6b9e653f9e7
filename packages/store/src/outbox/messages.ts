import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { PatientMessage } from "@front-door/contracts";
import { keys } from "../keys.ts";

export type MessageChannel = "sms" | "email";

/**
 * Where a message is on its way to the patient:
 * pending → sending (claimed by the delivery function) → sent | failed;
 * not-sent when the patient has agreed to no digital channel (the practice phones or writes).
 * A retryable failure puts a claimed message back to pending.
 */
export type MessageStatus = "pending" | "sending" | "sent" | "failed" | "not-sent";

/** What happened on one channel. Never the address or the text. */
export interface ChannelDelivery {
  channel: MessageChannel;
  outcome: "sent" | "failed" | "no-address" | "no-provider";
  at: string;
  provider?: string;
  providerId?: string;
  /** Why it failed, e.g. "sns: InvalidParameterException". */
  reason?: string;
}

/**
 * A message to a patient. Written in the same transaction as the change it reports (the
 * outbox), then delivered by whatever channel the deployment plugs in. Never clinical details.
 */
export interface MessageRecord {
  id: string;
  patientId: string;
  kind: string;
  /** By the profile's consent; empty means post or a phone call by the practice. */
  channels: MessageChannel[];
  text: string;
  createdAt: string;
  status: MessageStatus;
  /** Delivery attempts so far (each claim counts one). */
  attempts?: number;
  /** When the current claim was taken; a claim older than the lease may be taken again. */
  claimedAt?: string;
  /** One entry per channel once it is settled. */
  deliveries?: ChannelDelivery[];
  settledAt?: string;
}

export interface MessageKey {
  pk: string;
  sk: string;
}

export function messagePut(tableName: string, message: MessageRecord) {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.message(message.patientId, message.createdAt, message.id),
        type: "message",
        ...message,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/** A patient's messages, newest first. */
export async function messagesFor(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
  limit = 50,
): Promise<MessageRecord[]> {
  const page = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :msg)",
      ExpressionAttributeValues: { ":pk": keys.message(patientId, "", "").pk, ":msg": "MSG#" },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map(toMessage);
}

/** Is this table key a message's? (The table stream carries every item's changes.) */
export function isMessageKey(key: Partial<MessageKey>): key is MessageKey {
  return (
    typeof key.pk === "string" &&
    key.pk.startsWith("PATIENT#") &&
    typeof key.sk === "string" &&
    key.sk.startsWith("MSG#")
  );
}

export async function getMessage(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: MessageKey,
): Promise<MessageRecord | undefined> {
  const result = await db.send(
    new GetCommand({ TableName: tableName, Key: { pk: key.pk, sk: key.sk }, ConsistentRead: true }),
  );
  return result.Item ? toMessage(result.Item) : undefined;
}

/**
 * Takes a message for delivery: pending → sending, counting the attempt. Also retakes a claim
 * older than `leaseMs` (a delivery that crashed mid-way). Undefined when the message is settled,
 * claimed by another delivery, or absent — so a redelivered stream record sends nothing twice.
 */
export async function claimMessage(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: MessageKey,
  now: Date,
  leaseMs = 5 * 60_000,
): Promise<MessageRecord | undefined> {
  try {
    const result = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: "SET #status = :sending, claimedAt = :now ADD attempts :one",
        ConditionExpression:
          "attribute_exists(pk) AND (#status = :pending OR (#status = :sending AND claimedAt < :staleBefore))",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":sending": "sending",
          ":pending": "pending",
          ":now": now.toISOString(),
          ":staleBefore": new Date(now.getTime() - leaseMs).toISOString(),
          ":one": 1,
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    return result.Attributes ? toMessage(result.Attributes) : undefined;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/**
 * Ends a claim: settled (sent, failed, not-sent) or put back to pending for a retry, keeping the
 * channels already delivered so a retry does not send them again. Conditional on still holding
 * the claim (same claimedAt), so a delivery whose lease was retaken cannot overwrite the other.
 */
export async function endClaim(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: MessageKey,
  claimedAt: string,
  outcome: { status: MessageStatus; deliveries: ChannelDelivery[]; at: Date },
): Promise<boolean> {
  const settled = outcome.status !== "pending";
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: settled
          ? "SET #status = :status, deliveries = :deliveries, settledAt = :at REMOVE claimedAt"
          : "SET #status = :status, deliveries = :deliveries REMOVE claimedAt",
        ConditionExpression: "#status = :sending AND claimedAt = :claimedAt",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":status": outcome.status,
          ":deliveries": outcome.deliveries,
          ":sending": "sending",
          ":claimedAt": claimedAt,
          ...(settled ? { ":at": outcome.at.toISOString() } : {}),
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

function toMessage(item: Record<string, unknown>): MessageRecord {
  const { pk: _pk, sk: _sk, type: _type, ...message } = item;
  return message as unknown as MessageRecord;
}

/** What the patient (and the dev inbox) may see: no provider ids, no claim bookkeeping. */
export function patientView(record: MessageRecord): PatientMessage {
  const { id, kind, channels, text, createdAt, status, deliveries } = record;
  return {
    id,
    kind,
    channels,
    text,
    createdAt,
    status,
    ...(deliveries
      ? { deliveries: deliveries.map(({ channel, outcome, at }) => ({ channel, outcome, at })) }
      : {}),
  };
}
