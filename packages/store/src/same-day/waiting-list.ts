import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { failedConditions } from "../cancellation.ts";
import { keys } from "../keys.ts";
import { type MessageRecord, messagePut } from "../outbox/messages.ts";
import { queryAll, recordOf } from "../query.ts";
import type { SlotRecord } from "./slots.ts";

/** How long a patient has to accept a slot offered from the waiting list. */
export const offerMinutes = 30;

export interface WaitingEntry {
  siteId: string;
  service: string;
  localDate: string;
  patientId: string;
  joinedAt: string;
  status: "waiting" | "offered" | "accepted" | "passed-on" | "left";
  offeredSlotId?: string;
  offerExpiresAt?: string;
}

const entryKey = (
  e: Pick<WaitingEntry, "siteId" | "service" | "localDate" | "joinedAt" | "patientId">,
) => keys.waitingEntry(e.siteId, e.service, e.localDate, e.joinedAt, e.patientId);

/** Joins the waiting list for a site, service and day. Joining twice keeps the first place. */
export async function joinWaitingList(
  db: DynamoDBDocumentClient,
  tableName: string,
  entry: Omit<WaitingEntry, "status">,
): Promise<{ kind: "joined" } | { kind: "already-waiting" }> {
  const existing = (
    await waitingList(db, tableName, entry.siteId, entry.service, entry.localDate)
  ).find(
    (e) => e.patientId === entry.patientId && (e.status === "waiting" || e.status === "offered"),
  );
  if (existing) return { kind: "already-waiting" };
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...entryKey(entry), type: "waiting-entry", ...entry, status: "waiting" },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return { kind: "joined" };
}

/** Everyone on a day's list for a site and service, in the order they joined. */
export async function waitingList(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  service: string,
  localDate: string,
): Promise<WaitingEntry[]> {
  const items = await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: {
      ":pk": entryKey({ siteId, service, localDate, joinedAt: "", patientId: "" }).pk,
    },
    ConsistentRead: true,
  });
  return items.map((item) => recordOf<WaitingEntry>(item));
}

export type OfferOutcome =
  | { kind: "offered"; entry: WaitingEntry; expiresAt: string }
  | { kind: "nobody-waiting" }
  | { kind: "slot-not-free" };

/**
 * Offers a freed slot to the first patient still waiting: in one transaction the slot is held
 * for them until the offer expires, their entry records the offer, and the message joins the
 * outbox. Also passes on an offer that has run out (the slot's hold has expired).
 */
export async function offerSlotToWaitingList(
  db: DynamoDBDocumentClient,
  tableName: string,
  slot: SlotRecord,
  now: Date,
  message: (
    entry: WaitingEntry,
    expiresAt: string,
  ) => Omit<MessageRecord, "patientId" | "createdAt" | "status">,
): Promise<OfferOutcome> {
  const entries = await waitingList(db, tableName, slot.siteId, slot.service, slot.localDate);
  const nowIso = now.toISOString();
  // Offers that have run out are passed on first, so the list moves on.
  for (const stale of entries.filter(
    (e) => e.status === "offered" && (e.offerExpiresAt ?? "") <= nowIso,
  )) {
    await db
      .send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: entryKey(stale),
                ConditionExpression: "#status = :offered AND #expires <= :now",
                UpdateExpression: "SET #status = :passed REMOVE gsi1pk, gsi1sk",
                ExpressionAttributeNames: { "#status": "status", "#expires": "offerExpiresAt" },
                ExpressionAttributeValues: {
                  ":offered": "offered",
                  ":passed": "passed-on",
                  ":now": nowIso,
                },
              },
            },
          ],
        }),
      )
      .catch((error: unknown) => {
        // Settled meanwhile (its condition failed): it is passed on or accepted either way.
        if (!failedConditions(error).includes(0)) throw error;
      });
    stale.status = "passed-on";
  }
  const expiresAt = new Date(now.getTime() + offerMinutes * 60_000).toISOString();
  for (const entry of entries.filter((e) => e.status === "waiting")) {
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: keys.slot(slot.id),
                ConditionExpression:
                  "#status = :free OR (#status = :tentative AND #holdExpiresAt <= :now)",
                UpdateExpression:
                  "SET #status = :tentative, #holdPatientId = :patient, #holdExpiresAt = :expires",
                ExpressionAttributeNames: {
                  "#status": "status",
                  "#holdPatientId": "holdPatientId",
                  "#holdExpiresAt": "holdExpiresAt",
                },
                ExpressionAttributeValues: {
                  ":free": "free",
                  ":tentative": "busy-tentative",
                  ":patient": entry.patientId,
                  ":now": nowIso,
                  ":expires": expiresAt,
                },
              },
            },
            {
              Update: {
                TableName: tableName,
                Key: entryKey(entry),
                ConditionExpression: "#status = :waiting",
                UpdateExpression:
                  "SET #status = :offered, #slot = :slot, #expires = :expires, gsi1pk = :opk, gsi1sk = :osk",
                ExpressionAttributeNames: {
                  "#status": "status",
                  "#slot": "offeredSlotId",
                  "#expires": "offerExpiresAt",
                },
                ExpressionAttributeValues: {
                  ":waiting": "waiting",
                  ":offered": "offered",
                  ":slot": slot.id,
                  ":expires": expiresAt,
                  ":opk": keys.standingOffer(
                    slot.localDate,
                    expiresAt,
                    slot.siteId,
                    entry.patientId,
                  ).gsi1pk,
                  ":osk": keys.standingOffer(
                    slot.localDate,
                    expiresAt,
                    slot.siteId,
                    entry.patientId,
                  ).gsi1sk,
                },
              },
            },
            messagePut(tableName, {
              ...message(entry, expiresAt),
              patientId: entry.patientId,
              createdAt: nowIso,
              status: "pending",
            }),
            // Someone who has booked a same-day appointment that day since joining is not
            // offered another (one a day): the slot goes to the next patient instead.
            {
              ConditionCheck: {
                TableName: tableName,
                Key: keys.sameDayGuard(entry.patientId, slot.localDate),
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            // Last, so the indexes the cancellation reasons are read at stay as they were.
            patientCopyPut(tableName, {
              ...entry,
              status: "offered",
              offeredSlotId: slot.id,
              offerExpiresAt: expiresAt,
            }),
          ],
        }),
      );
      return {
        kind: "offered",
        entry: { ...entry, status: "offered", offeredSlotId: slot.id, offerExpiresAt: expiresAt },
        expiresAt,
      };
    } catch (error) {
      // A conflict or throttling that outlasted the retries is rethrown, never read as "this
      // patient cannot have it": the first in line is not skipped because the table was busy.
      const failed = failedConditions(error);
      if (failed.includes(0)) return { kind: "slot-not-free" };
      if (failed.includes(3)) await leaveAsBooked(db, tableName, entry);
      // That patient booked, left or was offered another slot meanwhile: try the next one.
    }
  }
  return { kind: "nobody-waiting" };
}

/**
 * The patient's copy of an offer, beside their messages: what "my offers" reads. Never updated
 * when the offer is settled: the slot's hold says whether it still stands (my-offers checks it),
 * and the copy goes a day after it expires.
 */
function patientCopyPut(
  tableName: string,
  offer: WaitingEntry & { offeredSlotId: string; offerExpiresAt: string },
) {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.offerToPatient(
          offer.patientId,
          offer.localDate,
          offer.offerExpiresAt,
          offer.offeredSlotId,
        ),
        type: "offer-copy",
        ...offer,
        ttl: Math.floor(Date.parse(offer.offerExpiresAt) / 1000) + 24 * 60 * 60,
      },
    },
  };
}

/** Takes a patient who has booked a same-day appointment since joining off that day's list. */
async function leaveAsBooked(
  db: DynamoDBDocumentClient,
  tableName: string,
  entry: WaitingEntry,
): Promise<void> {
  await db
    .send(
      new UpdateCommand({
        TableName: tableName,
        Key: entryKey(entry),
        ConditionExpression: "#status = :waiting",
        UpdateExpression: "SET #status = :left, leftReason = :booked",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":waiting": "waiting", ":left": "left", ":booked": "booked" },
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/** Offers on a London date whose time to accept has run out, oldest first. */
export async function expiredOffers(
  db: DynamoDBDocumentClient,
  tableName: string,
  localDate: string,
  now: Date,
): Promise<WaitingEntry[]> {
  const items = await queryAll(db, {
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :offers AND gsi1sk <= :now",
    ExpressionAttributeValues: {
      ":offers": keys.standingOffer(localDate, "", "", "").gsi1pk,
      // Every sort key starts with an expiry instant; "~" sorts after its separator.
      ":now": `${now.toISOString()}~`,
    },
  });
  return items.map((item) => recordOf<WaitingEntry>(item));
}

/**
 * Closes an offer that has run out: accepted when the patient booked the slot in time,
 * passed-on otherwise. Conditional on the offer still standing, so running twice does nothing.
 */
export async function settleOffer(
  db: DynamoDBDocumentClient,
  tableName: string,
  entry: WaitingEntry,
  outcome: "accepted" | "passed-on",
): Promise<boolean> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: entryKey(entry),
        ConditionExpression: "#status = :offered",
        UpdateExpression: "SET #status = :outcome REMOVE gsi1pk, gsi1sk",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":offered": "offered", ":outcome": outcome },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * A patient's offers on a London date whose time has not run out: one Query of their own
 * partition, reading only their copies. A copy does not know whether the offer was since passed
 * on or taken back; the caller checks the slot's hold, which does.
 */
export async function standingOffersFor(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
  localDate: string,
  now: Date,
): Promise<WaitingEntry[]> {
  const { pk, sk: prefix } = keys.offerToPatient(patientId, localDate, "", "");
  const items = await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :after AND :last",
    ExpressionAttributeValues: {
      ":pk": pk,
      // "~" sorts after "#": an offer expiring exactly now is left out, a later one kept.
      ":after": `${prefix.slice(0, -1)}${now.toISOString()}~`,
      ":last": `${prefix.slice(0, -1)}~`,
    },
  });
  return items.map((item) => {
    const { ttl: _ttl, ...entry } = recordOf<WaitingEntry & { ttl?: number }>(item);
    return entry;
  });
}
