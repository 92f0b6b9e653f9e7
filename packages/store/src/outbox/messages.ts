import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { PatientMessage } from "@front-door/contracts";
import { keys } from "../keys.ts";

export type MessageChannel = "sms" | "email";

/**
 * Where a message is on its way to the patient:
 * pending → sending (claimed by the delivery function) → sent | failed;
 * not-sent when the patient has agreed to no digital channel (the practice phones or writes).
 * A retryable failure puts a claimed message back to pending, not before its next attempt time.
 * Until settled, a message sits in the delivery sweep's index (keys.messageDue), so one the
 * stream never delivered, one whose delivery died holding the claim, and one backing off are
 * all found again (delivery-claims.ts).
 */
export type MessageStatus = "pending" | "sending" | "sent" | "failed" | "not-sent";

/** What happened on one channel. Never the address or the text. */
export interface ChannelDelivery {
  channel: MessageChannel;
  /** consent-withdrawn: the patient had stopped agreeing to the channel by the time it went. */
  outcome: "sent" | "failed" | "no-address" | "no-provider" | "consent-withdrawn";
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
  /**
   * By the profile's consent when the message was written; empty means post or a phone call by
   * the practice. Delivery sends only to those the patient still agrees to when it goes.
   */
  channels: MessageChannel[];
  /**
   * Written without reading the patient (a change whose answer needs nothing else of theirs,
   * e.g. staff acting on a referral): delivery takes the channels from the patient's consent when
   * the message goes, records them in `channels` and drops this mark.
   */
  channelsAtSending?: true;
  text: string;
  createdAt: string;
  status: MessageStatus;
  /** Delivery attempts so far (each claim counts one). */
  attempts?: number;
  /** When the current claim was taken; a claim older than the lease may be taken again. */
  claimedAt?: string;
  /** After a failure that may pass: no claim is taken before this time (backing off). */
  nextAttemptAt?: string;
  /** One entry per channel once it is settled. */
  deliveries?: ChannelDelivery[];
  settledAt?: string;
}

export interface MessageKey {
  pk: string;
  sk: string;
}

/**
 * How long the table's stream has to deliver a new message before the sweep may: the stream
 * normally claims it within seconds, and the claim moves it on in the index.
 */
export const streamGraceMs = 2 * 60_000;

/** Partitions of the delivery sweep's index; the sweep reads each, a few Queries a minute. */
export const outboxShards = 16;

/** A message's partition in the sweep's index: a stable hash of its id. */
export function outboxShard(messageId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < messageId.length; i += 1) {
    hash = Math.imul(hash ^ messageId.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash % outboxShards;
}

export function messagePut(tableName: string, message: MessageRecord) {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.message(message.patientId, message.createdAt, message.id),
        ...keys.messageDue(
          outboxShard(message.id),
          new Date(Date.parse(message.createdAt) + streamGraceMs).toISOString(),
          message.id,
        ),
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

export function toMessage(item: Record<string, unknown>): MessageRecord {
  const {
    pk: _pk,
    sk: _sk,
    type: _type,
    gsi1pk: _gsi1pk,
    gsi1sk: _gsi1sk,
    claimToken: _claimToken,
    ...message
  } = item;
  return message as unknown as MessageRecord;
}

/** What the patient (and the dev inbox) may see: no provider ids, no claim bookkeeping. */
export function patientView(record: MessageRecord): PatientMessage {
  const { id, kind, channels, channelsAtSending, text, createdAt, status, deliveries } = record;
  return {
    id,
    kind,
    channels,
    ...(channelsAtSending ? { channelsAtSending } : {}),
    text,
    createdAt,
    status,
    ...(deliveries
      ? { deliveries: deliveries.map(({ channel, outcome, at }) => ({ channel, outcome, at })) }
      : {}),
  };
}
