import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  consentedChannels,
  deliveryBackoff,
  deliveryRetryWaitMs,
  messageSubject,
} from "@front-door/domain";
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
  /** For the retry's jitter; Math.random by default. */
  random?: () => number;
  /** Counts and ids only: never an address or a message's text. */
  log?: (event: string, detail: Record<string, unknown>) => void;
}

export type DeliveryOutcome =
  | { kind: "skipped" }
  | { kind: "settled"; status: MessageStatus; deliveries: ChannelDelivery[] }
  | { kind: "retry-later"; reason: string; nextAttemptAt: string };

/**
 * Delivers one outbox message: claims it (so a redelivered stream record, the sweep or a
 * concurrent delivery sends nothing twice), reads the patient's current contact details and
 * consent, hands each channel the message names (for one written with channelsAtSending, each
 * the patient agrees to now), the patient still agrees to and that is not yet delivered to its
 * sender, and settles the message — or, when a
 * provider failed in a way that may pass, puts it back with the channels that went and a next
 * attempt minutes away (deliveryRetryWaitMs), for the sweep (deliver-due-messages) to pick up.
 */
export async function deliverMessage(deps: DeliverDeps, key: MessageKey): Promise<DeliveryOutcome> {
  const message = await claimMessage(deps.db, deps.tableName, key, deps.now());
  if (!message?.claimedAt) return { kind: "skipped" };
  const claimedAt = message.claimedAt;
  const maxAttempts = deps.maxAttempts ?? deliveryBackoff.maxAttempts;
  const finalAttempt = (message.attempts ?? 1) >= maxAttempts;

  const patient =
    message.channels.length > 0 || message.channelsAtSending
      ? await getPatient(deps.db, deps.tableName, message.patientId)
      : undefined;
  // A message written without reading the patient goes by what they agree to now; the choice is
  // kept with the claim's end, so a retry sends by the same channels.
  const chosen = message.channelsAtSending
    ? patient
      ? consentedChannels(patient.profile.consent)
      : []
    : undefined;
  const channels = chosen ?? message.channels;
  const recordChosen = chosen ? { channels: chosen } : {};

  if (channels.length === 0) {
    await endClaim(deps.db, deps.tableName, key, claimedAt, {
      status: "not-sent",
      deliveries: [],
      at: deps.now(),
      ...recordChosen,
    });
    return { kind: "settled", status: "not-sent", deliveries: [] };
  }

  const done = new Map((message.deliveries ?? []).map((d) => [d.channel, d]));
  const addresses: Record<Channel, string | undefined> = {
    sms: patient?.profile.contact.mobile?.trim() || undefined,
    email: patient?.profile.contact.email?.trim() || undefined,
  };
  // Channels chosen by the patient's consent when the message was written: a patient who has
  // since withdrawn it (minutes may pass while a provider backs off) is not sent to.
  // A record gone altogether has no address either: "no-address", as before.
  const withdrawn = (channel: Channel) => patient?.profile.consent[channel] === false;
  let retryReason: string | undefined;

  for (const channel of channels) {
    if (done.get(channel)?.outcome === "sent") continue;
    const at = () => deps.now().toISOString();
    const sender = deps.senders[channel];
    const to = addresses[channel];
    if (withdrawn(channel)) {
      done.set(channel, { channel, outcome: "consent-withdrawn", at: at() });
      continue;
    }
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

  const deliveries = channels.flatMap((channel) => done.get(channel) ?? []);
  if (retryReason) {
    // Back to pending with what did go out: the sweep sends the rest once the wait is over.
    const at = deps.now();
    const nextAttemptAt = new Date(
      at.getTime() + deliveryRetryWaitMs(message.attempts ?? 1, deps.random),
    );
    await endClaim(deps.db, deps.tableName, key, claimedAt, {
      status: "pending",
      deliveries,
      at,
      nextAttemptAt,
      ...recordChosen,
    });
    deps.log?.("message delivery will be retried", {
      messageId: message.id,
      attempt: message.attempts,
      nextAttemptAt: nextAttemptAt.toISOString(),
      reason: retryReason,
    });
    return { kind: "retry-later", reason: retryReason, nextAttemptAt: nextAttemptAt.toISOString() };
  }
  // Sent if any channel went; not sent (the practice contacts them instead, as for a patient who
  // agreed to none) if the patient had withdrawn every channel; otherwise it failed.
  const status: MessageStatus = deliveries.some((d) => d.outcome === "sent")
    ? "sent"
    : deliveries.every((d) => d.outcome === "consent-withdrawn")
      ? "not-sent"
      : "failed";
  await endClaim(deps.db, deps.tableName, key, claimedAt, {
    status,
    deliveries,
    at: deps.now(),
    ...recordChosen,
  });
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
 * filter should already have dropped them). A message whose provider said "not now" is not
 * reported back to the stream — its retries would come seconds apart and hold back the shard —
 * but left backing off for the sweep. A record that threw (the store busy or unreachable after
 * its retries) is reported as a batch item failure: Lambda retries from the earliest one, claims
 * make the records after it that already went through a no-op, and should the stream give up,
 * the message is still in the sweep's index.
 */
export function makeDeliverMessages(deps: DeliverDeps) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const failures: string[] = [];
    for (const record of event.Records) {
      const keys = record.dynamodb?.Keys;
      const key = { pk: keys?.pk?.S, sk: keys?.sk?.S };
      if (record.eventName !== "INSERT" || !isMessageKey(key)) continue;
      try {
        await deliverMessage(deps, key);
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
