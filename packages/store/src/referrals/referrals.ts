import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { type AnswerToStore, type OnceRecord, transactWithRecord } from "../idempotency-records.ts";
import { keys } from "../keys.ts";
import { type MessageRecord, messagePut } from "../outbox/messages.ts";
import { queryAll, recordOf } from "../query.ts";
import type { AppointmentRecord } from "../same-day/booking.ts";
import {
  appointmentPut,
  cancellationItems,
  claimFreeSlot,
  claimHeldSlot,
} from "../same-day/booking-items.ts";
import { type CountScope, countUpdate } from "../same-day/daily-counts.ts";
import { type SlotRecord, scopeOf } from "../same-day/slots.ts";
import type { PatientReferralHeadline, ReferralEventRecord, ReferralRecord } from "./records.ts";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;
type NewMessage = Omit<MessageRecord, "patientId" | "createdAt" | "status">;
type CountDeltas = Parameters<typeof countUpdate>[2];

export function referralScope(referral: ReferralRecord, localDate: string): CountScope {
  return {
    icbId: referral.icbId,
    siteId: referral.siteId,
    service: referral.serviceCode,
    localDate,
  };
}

function referralItem(referral: ReferralRecord) {
  return {
    ...keys.referral(referral.id),
    ...keys.referralInQueue(
      referral.siteId,
      referral.stage,
      referral.priority === "urgent",
      referral.submittedAt,
      referral.id,
    ),
    type: "referral",
    ...referral,
  };
}

/** The event's own `type` is kept as `eventType`: `type` names the entity in every item. */
function eventPut(tableName: string, event: ReferralEventRecord) {
  const { type: eventType, ...rest } = event;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.referralEvent(event.referralId, event.at, event.seq),
        ...rest,
        eventType,
        type: "referral-event",
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

function headlinePut(tableName: string, referral: ReferralRecord) {
  const headline: PatientReferralHeadline = {
    referralId: referral.id,
    reference: referral.reference,
    serviceId: referral.serviceId,
    serviceCode: referral.serviceCode,
    siteId: referral.siteId,
    stage: referral.stage,
    status: referral.status,
    submittedAt: referral.submittedAt,
    updatedAt: referral.updatedAt,
  };
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.referralOfPatient(referral.patientId, referral.submittedAt, referral.id),
        type: "patient-referral",
        ...headline,
      },
    },
  };
}

/**
 * Makes a referral: the referral, its first timeline event, the patient's headline, the day's
 * "submitted" count and the confirmation message, in one transaction — or nothing.
 */
export async function createReferral(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    referral: ReferralRecord;
    event: ReferralEventRecord;
    localDate: string;
    message: NewMessage;
    /** The request's idempotency record and its answer, saved by this same transaction. */
    once?: { record: OnceRecord; answer: AnswerToStore };
  },
): Promise<void> {
  const { referral } = input;
  await transactWithRecord(
    db,
    [
      {
        Put: {
          TableName: tableName,
          Item: referralItem(referral),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      eventPut(tableName, input.event),
      headlinePut(tableName, referral),
      countUpdate(tableName, referralScope(referral, input.localDate), {
        referralsSubmitted: 1,
      }),
      messagePut(tableName, {
        ...input.message,
        patientId: referral.patientId,
        createdAt: referral.submittedAt,
        status: "pending",
      }),
    ],
    input.once,
  );
}

/**
 * A self-referral check that made no referral — ineligible, or diverted to urgent care — kept
 * for audit (structured answers only, never free text) and counted, in one transaction.
 */
export async function recordSelfReferralCheck(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    id: string;
    patientId: string;
    serviceId: string;
    scope: CountScope;
    outcome: "ineligible" | "emergency" | "urgent-same-day";
    reasonCode?: string;
    matched: string[];
    answers: Record<string, unknown>;
    at: string;
  },
  once?: { record: OnceRecord; answer: AnswerToStore },
): Promise<void> {
  const deltas: CountDeltas =
    input.outcome === "ineligible"
      ? {
          referralsIneligible: 1,
          ...(input.reasonCode ? { [`ineligible:${input.reasonCode}`]: 1 } : {}),
        }
      : { referralsDiverted: 1 };
  await transactWithRecord(
    db,
    [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.selfReferralCheck(input.patientId, input.at, input.id),
            type: "self-referral-check",
            id: input.id,
            serviceId: input.serviceId,
            outcome: input.outcome,
            reasonCode: input.reasonCode,
            matched: input.matched,
            answers: input.answers,
            at: input.at,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      countUpdate(tableName, input.scope, deltas),
    ],
    once,
  );
}

/** A referral with its timeline, oldest event first: one Query of the referral's partition. */
export async function getReferral(
  db: DynamoDBDocumentClient,
  tableName: string,
  referralId: string,
): Promise<{ referral: ReferralRecord; events: ReferralEventRecord[] } | undefined> {
  const items = await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.referral(referralId).pk },
    ConsistentRead: true,
  });
  const main = items.find((item) => item.sk === "REF");
  if (!main) return undefined;
  return {
    referral: recordOf<ReferralRecord>(main),
    events: items
      .filter((item) => String(item.sk).startsWith("EVENT#"))
      .map((item) => {
        const { eventType, ...event } = recordOf<
          Omit<ReferralEventRecord, "type"> & { eventType: ReferralEventRecord["type"] }
        >(item);
        return { ...event, type: eventType };
      }),
  };
}

/** A patient's referrals, newest first. */
export async function referralsOfPatient(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
): Promise<PatientReferralHeadline[]> {
  const items = await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": keys.patient(patientId).pk, ":prefix": "REFERRAL#" },
    ScanIndexForward: false,
  });
  return items.map((item) => recordOf<PatientReferralHeadline>(item));
}

/** A site's referrals at the given stages: urgent first, then oldest first, stage by stage. */
export async function referralQueue(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  stages: readonly string[],
): Promise<ReferralRecord[]> {
  const perStage = await Promise.all(
    stages.map((stage) =>
      queryAll(db, {
        TableName: tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: {
          ":pk": keys.referralInQueue(siteId, stage, false, "", "").gsi1pk,
        },
      }),
    ),
  );
  return perStage
    .flat()
    .sort((a, b) => String(a.gsi1sk).localeCompare(String(b.gsi1sk)))
    .map((item) => recordOf<ReferralRecord>(item));
}

export type ReferralChangeOutcome =
  | { kind: "changed" }
  | { kind: "changed-meanwhile" }
  /** The slot to book is no longer free (or no longer held for this patient). */
  | { kind: "slot-unavailable" }
  /** The appointment to cancel is no longer booked (checked in, cancelled meanwhile…). */
  | { kind: "appointment-changed" };

/** Booking a referral's appointment: the slot claimed and the appointment written with it. */
export interface ReferralBookingChange {
  slot: SlotRecord;
  appointment: AppointmentRecord;
  /**
   * `own-hold`: the patient confirms the slot they hold (the same-day flow's rule).
   * `free-or-own-hold`: staff book a free slot (or one held for this patient) directly.
   */
  claim: "own-hold" | "free-or-own-hold";
}

/** Cancelling a referral's appointment: the appointment cancelled and its slot freed with it. */
export interface ReferralCancellationChange {
  appointment: AppointmentRecord;
  reason: string;
}

/**
 * Applies a change someone decided on the referral they read: the referral rewritten (queue
 * keys follow its stage and priority) on condition its version is still the one read, the
 * timeline event, the patient's headline, the counts and the patient's message — all or
 * nothing. A second member of staff acting on the same version gets "changed-meanwhile".
 * A booking claims its slot and writes the appointment, a cancellation cancels the appointment
 * and frees its slot, in the same transaction: the referral and its appointment never disagree.
 */
export async function changeReferral(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    before: ReferralRecord;
    after: ReferralRecord;
    event: ReferralEventRecord;
    counts?: { localDate: string; deltas: CountDeltas };
    message?: NewMessage;
    booking?: ReferralBookingChange;
    cancelling?: ReferralCancellationChange;
    now?: Date;
  },
): Promise<ReferralChangeOutcome> {
  const after = { ...input.after, version: input.before.version + 1 };
  const now = input.now ?? new Date(after.updatedAt);
  const counts: { scope: CountScope; deltas: CountDeltas }[] = [];
  if (input.counts) {
    counts.push({
      scope: referralScope(after, input.counts.localDate),
      deltas: input.counts.deltas,
    });
  }
  const slotItems: TransactItems = [];
  if (input.booking) {
    const { slot, appointment, claim } = input.booking;
    slotItems.push(
      claim === "own-hold"
        ? claimHeldSlot(tableName, slot.id, appointment.patientId, appointment.id, now)
        : claimFreeSlot(tableName, slot.id, appointment.patientId, appointment.id, now),
      appointmentPut(tableName, appointment),
    );
    counts.push({ scope: scopeOf(slot), deltas: { booked: 1 } });
  }
  if (input.cancelling) {
    const { appointment, reason } = input.cancelling;
    slotItems.push(...cancellationItems(tableName, appointment, reason));
    counts.push({ scope: scopeOf(appointment), deltas: { cancelled: 1 } });
  }
  const items: TransactItems = [
    {
      Put: {
        TableName: tableName,
        Item: referralItem(after),
        ConditionExpression: "attribute_exists(pk) AND #version = :seen",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: { ":seen": input.before.version },
      },
    },
    ...slotItems,
    eventPut(tableName, input.event),
    headlinePut(tableName, after),
    ...mergedCountUpdates(tableName, counts),
    ...(input.message
      ? [
          messagePut(tableName, {
            ...input.message,
            patientId: after.patientId,
            createdAt: after.updatedAt,
            status: "pending",
          }),
        ]
      : []),
  ];
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return { kind: "changed" };
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const failed = (error.CancellationReasons ?? []).map(
        (reason) => reason.Code === "ConditionalCheckFailed",
      );
      if (failed[0]) return { kind: "changed-meanwhile" };
      if (input.booking && failed[1]) return { kind: "slot-unavailable" };
      if (input.cancelling && failed.slice(1, 1 + slotItems.length).some(Boolean)) {
        return { kind: "appointment-changed" };
      }
    }
    throw error;
  }
}

/**
 * Count updates with those for the same count item merged: a transaction may not touch one
 * item twice (a booking for today counts "booked" and "referralsBooked" on the same item).
 */
function mergedCountUpdates(
  tableName: string,
  counts: readonly { scope: CountScope; deltas: CountDeltas }[],
) {
  const merged = new Map<string, { scope: CountScope; deltas: Record<string, number> }>();
  for (const { scope, deltas } of counts) {
    const { group, name } = keys.dailyCounts(
      scope.icbId,
      scope.localDate,
      scope.siteId,
      scope.service,
    );
    const key = `${group}|${name}`;
    const entry = merged.get(key) ?? { scope, deltas: {} };
    for (const [name, delta] of Object.entries(deltas)) {
      if (delta) entry.deltas[name] = (entry.deltas[name] ?? 0) + delta;
    }
    merged.set(key, entry);
  }
  return [...merged.values()]
    .filter((entry) => Object.values(entry.deltas).some((delta) => delta !== 0))
    .map((entry) => countUpdate(tableName, entry.scope, entry.deltas));
}
