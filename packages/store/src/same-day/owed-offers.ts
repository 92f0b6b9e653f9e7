import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { keys } from "../keys.ts";
import { queryAll, recordOf } from "../query.ts";
import type { SlotRecord } from "./slots.ts";

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/**
 * How long the request that freed a slot has to make its waiting-list offer before the pass-on
 * job looks at it too. Long enough that the two rarely overlap; an overlap is harmless (the
 * slot is held for whoever was offered it, so a second offer finds it taken).
 */
export const owedOfferGraceMinutes = 2;

/** A freed slot the day's waiting list is owed an offer of. */
export interface OwedOffer {
  slotId: string;
  localDate: string;
  /** When the pass-on job should try the offer if the freeing request has not settled it. */
  dueAt: string;
}

/**
 * The transaction entry that records, with the change that frees a slot, that its waiting list
 * is owed an offer. The offer itself is made after the change commits, so without this a
 * failure there (the store busy or unreachable) would leave the slot free while people wait.
 */
export function owedOfferPut(
  tableName: string,
  slot: Pick<SlotRecord, "id" | "localDate">,
  now: Date,
): TransactItem {
  const dueAt = new Date(now.getTime() + owedOfferGraceMinutes * 60_000).toISOString();
  // Kept a day past the slot's own day at most: nobody can be offered a slot that has gone.
  const dayAfter = Date.parse(`${slot.localDate}T00:00:00Z`) + 2 * 86_400_000;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.offerOwed(slot.id),
        ...keys.offerOwedDue(slot.localDate, dueAt, slot.id),
        type: "offer-owed",
        slotId: slot.id,
        localDate: slot.localDate,
        dueAt,
        ttl: Math.floor(dayAfter / 1000),
      },
    },
  };
}

/** The owed offers of a London day that are due by `now`, oldest first. */
export async function owedOffersDue(
  db: DynamoDBDocumentClient,
  tableName: string,
  localDate: string,
  now: Date,
): Promise<OwedOffer[]> {
  const items = await queryAll(db, {
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :owed AND gsi1sk <= :now",
    ExpressionAttributeValues: {
      ":owed": keys.offerOwedDue(localDate, "", "").gsi1pk,
      // Every sort key starts with an instant; "~" sorts after its separator.
      ":now": `${now.toISOString()}~`,
    },
  });
  return items.map((item) => {
    const { slotId, localDate: date, dueAt } = recordOf<OwedOffer>(item);
    return { slotId, localDate: date, dueAt };
  });
}

/**
 * Removes an owed offer once an offer was tried. Only the one read: if the slot was freed again
 * meanwhile (booked and cancelled once more), that newer debt stays for the next run.
 */
export async function settleOwedOffer(
  db: DynamoDBDocumentClient,
  tableName: string,
  owed: OwedOffer,
): Promise<void> {
  try {
    await db.send(
      new DeleteCommand({
        TableName: tableName,
        Key: keys.offerOwed(owed.slotId),
        ConditionExpression: "dueAt = :dueAt",
        ExpressionAttributeValues: { ":dueAt": owed.dueAt },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
