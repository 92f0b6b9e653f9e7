import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { keys } from "../keys.ts";
import { type MessageRecord, messagePut } from "../outbox/messages.ts";
import { queryAll, recordOf } from "../query.ts";
import { type CountScope, countUpdate } from "../same-day/daily-counts.ts";
import type { PatientReferralHeadline, ReferralEventRecord, ReferralRecord } from "./records.ts";

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
  },
): Promise<void> {
  const { referral } = input;
  await db.send(
    new TransactWriteCommand({
      TransactItems: [
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
    }),
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
): Promise<void> {
  const deltas: CountDeltas =
    input.outcome === "ineligible"
      ? {
          referralsIneligible: 1,
          ...(input.reasonCode ? { [`ineligible:${input.reasonCode}`]: 1 } : {}),
        }
      : { referralsDiverted: 1 };
  await db.send(
    new TransactWriteCommand({
      TransactItems: [
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
    }),
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

export type ReferralChangeOutcome = { kind: "changed" } | { kind: "changed-meanwhile" };

/**
 * Applies a change someone decided on the referral they read: the referral rewritten (queue
 * keys follow its stage and priority) on condition its version is still the one read, the
 * timeline event, the patient's headline, the counts and the patient's message — all or
 * nothing. A second member of staff acting on the same version gets "changed-meanwhile".
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
  },
): Promise<ReferralChangeOutcome> {
  const after = { ...input.after, version: input.before.version + 1 };
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: referralItem(after),
              ConditionExpression: "attribute_exists(pk) AND #version = :seen",
              ExpressionAttributeNames: { "#version": "version" },
              ExpressionAttributeValues: { ":seen": input.before.version },
            },
          },
          eventPut(tableName, input.event),
          headlinePut(tableName, after),
          ...(input.counts
            ? [
                countUpdate(
                  tableName,
                  referralScope(after, input.counts.localDate),
                  input.counts.deltas,
                ),
              ]
            : []),
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
        ],
      }),
    );
    return { kind: "changed" };
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === "ConditionalCheckFailed") return { kind: "changed-meanwhile" };
    }
    throw error;
  }
}
