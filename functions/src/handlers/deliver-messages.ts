import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { messageSubject } from "@front-door/domain";
import { type Channel, DeliveryFailed, type MessageSender } from "@front-door/notify";
import {
  type ChannelDelivery,
  claimMessage,
  endClaim,
  getPatient,
  isMessageKey,
  type MessageKey,
  type MessageStatus,
} from "@front-door/store";
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";

export interface DeliverDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  /** A channel with no sender is recorded as "no-provider", not retried. */
  senders: Partial<Record<Channel, MessageSender>>;
  now: () => Date;
  /** Claims after which a message that still could not be sent is settled as failed. */
  maxAttempts?: number;
  /** Counts and ids only: never an address or a message's text. */
  log?: (event: string, detail: Record<string, unknown>) => void;
}

export type DeliveryOutcome =
  | { kind: "skipped" }
  | { kind: "settled"; status: MessageStatus; deliveries: ChannelDelivery[] }
  | { kind: "retry-later"; reason: string };

const defaultMaxAttempts = 5;

/**
 * Delivers one outbox message: claims it (so a redelivered stream record or a concurrent
 * delivery sends nothing twice), reads the patient's current contact details, hands each
 * consented channel not yet delivered to its sender, and settles the message — or puts it back
 * for a retry when a provider failed in a way that may pass, keeping the channels that went.
 */
export async function deliverMessage(deps: DeliverDeps, key: MessageKey): Promise<DeliveryOutcome> {
  const message = await claimMessage(deps.db, deps.tableName, key, deps.now());
  if (!message?.claimedAt) return { kind: "skipped" };
  const claimedAt = message.claimedAt;
  const maxAttempts = deps.maxAttempts ?? defaultMaxAttempts;
  const finalAttempt = (message.attempts ?? 1) >= maxAttempts;

  if (message.channels.length === 0) {
    await endClaim(deps.db, deps.tableName, key, claimedAt, {
      status: "not-sent",
      deliveries: [],
      at: deps.now(),
    });
    return { kind: "settled", status: "not-sent", deliveries: [] };
  }

  const done = new Map((message.deliveries ?? []).map((d) => [d.channel, d]));
  const patient = await getPatient(deps.db, deps.tableName, message.patientId);
  const addresses: Record<Channel, string | undefined> = {
    sms: patient?.profile.contact.mobile?.trim() || undefined,
    email: patient?.profile.contact.email?.trim() || undefined,
  };
  let retryReason: string | undefined;

  for (const channel of message.channels) {
    if (done.get(channel)?.outcome === "sent") continue;
    const at = () => deps.now().toISOString();
    const sender = deps.senders[channel];
    const to = addresses[channel];
    if (!sender) {
      done.set(channel, { channel, outcome: "no-provider", at: at() });
      continue;
    }
    if (!to) {
      done.set(channel, { channel, outcome: "no-address", at: at() });
      continue;
    }
    try {
      const receipt = await sender.send({
        messageId: message.id,
        channel,
        to,
        subject: messageSubject(message.kind),
        text: message.text,
      });
      done.set(channel, { channel, outcome: "sent", at: at(), ...receipt });
    } catch (error) {
      const failure =
        error instanceof DeliveryFailed
          ? error
          : new DeliveryFailed(`${sender.provider}: unexpected error`, true, { cause: error });
      if (failure.retryable && !finalAttempt) {
        retryReason = failure.reason;
        continue;
      }
      done.set(channel, {
        channel,
        outcome: "failed",
        at: at(),
        provider: sender.provider,
        reason: failure.reason,
      });
    }
  }

  const deliveries = message.channels.flatMap((channel) => done.get(channel) ?? []);
  if (retryReason) {
    // Back to pending with what did go out: the stream retry (or a later claim) sends the rest.
    await endClaim(deps.db, deps.tableName, key, claimedAt, {
      status: "pending",
      deliveries,
      at: deps.now(),
    });
    deps.log?.("message delivery will be retried", {
      messageId: message.id,
      attempt: message.attempts,
      reason: retryReason,
    });
    return { kind: "retry-later", reason: retryReason };
  }
  const status: MessageStatus = deliveries.some((d) => d.outcome === "sent") ? "sent" : "failed";
  await endClaim(deps.db, deps.tableName, key, claimedAt, { status, deliveries, at: deps.now() });
  deps.log?.("message settled", {
    messageId: message.id,
    kind: message.kind,
    status,
    outcomes: deliveries.map((d) => `${d.channel}:${d.outcome}`),
  });
  return { kind: "settled", status, deliveries };
}

/**
 * The table stream's consumer. Records that are not messages are ignored (the event source's
 * filter should already have dropped them). A record whose delivery must be retried, or that
 * threw, is reported as a batch item failure: Lambda retries from the earliest one, and claims
 * make the records after it that already went through a no-op.
 */
export function makeDeliverMessages(deps: DeliverDeps) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const failures: string[] = [];
    for (const record of event.Records) {
      const keys = record.dynamodb?.Keys;
      const key = { pk: keys?.pk?.S, sk: keys?.sk?.S };
      if (record.eventName !== "INSERT" || !isMessageKey(key)) continue;
      try {
        const outcome = await deliverMessage(deps, key);
        if (outcome.kind === "retry-later") failures.push(record.dynamodb?.SequenceNumber ?? "");
      } catch (error) {
        deps.log?.("message delivery failed", {
          error: error instanceof Error ? error.name : "unknown",
        });
        failures.push(record.dynamodb?.SequenceNumber ?? "");
      }
    }
    return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
