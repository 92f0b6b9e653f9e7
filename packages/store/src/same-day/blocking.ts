import { type DynamoDBDocumentClient, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { failedConditions } from "../cancellation.ts";
import { keys } from "../keys.ts";
import { countUpdate } from "./daily-counts.ts";
import { owedOfferPut } from "./owed-offers.ts";
import { getSlot, type SlotRecord, scopeOf } from "./slots.ts";

export type BlockOutcome =
  | { kind: "done"; slot: SlotRecord }
  | { kind: "not-found" }
  | { kind: "refused"; status: SlotRecord["status"] };

/**
 * Takes a free slot out of use (FHIR busy-unavailable) with a reason, and counts it as blocked
 * capacity in the same transaction. A booked or held slot is refused: cancel first.
 */
export async function blockSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
  reason: string,
  now: Date,
): Promise<BlockOutcome> {
  return changeBlock(db, tableName, slotId, now, "block", reason);
}

/** Puts a blocked slot back into use and takes it off the blocked count. */
export async function unblockSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
  now: Date,
): Promise<BlockOutcome> {
  return changeBlock(db, tableName, slotId, now, "unblock");
}

async function changeBlock(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
  now: Date,
  change: "block" | "unblock",
  reason?: string,
): Promise<BlockOutcome> {
  const slot = await getSlot(db, tableName, slotId);
  if (!slot) return { kind: "not-found" };
  const block = change === "block";
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: keys.slot(slotId),
              // An expired hold counts as free: nobody is still confirming it.
              ConditionExpression: block
                ? "#status = :free OR (#status = :tentative AND #holdExpiresAt <= :now)"
                : "#status = :unavailable",
              // Blocked, it leaves the open slots' index (gsi2); unblocked, it is back.
              UpdateExpression: block
                ? "SET #status = :unavailable, #reason = :reason REMOVE #holdPatientId, #holdExpiresAt, #openStart"
                : "SET #status = :free, #openStart = #start REMOVE #reason",
              ExpressionAttributeNames: {
                "#status": "status",
                "#reason": "blockedReason",
                "#openStart": "gsi2sk",
                ...(block
                  ? { "#holdPatientId": "holdPatientId", "#holdExpiresAt": "holdExpiresAt" }
                  : { "#start": "start" }),
              },
              ExpressionAttributeValues: block
                ? {
                    ":free": "free",
                    ":tentative": "busy-tentative",
                    ":unavailable": "busy-unavailable",
                    ":now": now.toISOString(),
                    ":reason": reason ?? "",
                  }
                : { ":free": "free", ":unavailable": "busy-unavailable" },
            },
          },
          countUpdate(tableName, scopeOf(slot), { blocked: block ? 1 : -1 }),
          // Back in use: the waiting list is owed an offer of it (made after this commits).
          ...(block ? [] : [owedOfferPut(tableName, slot, now)]),
        ],
      }),
    );
  } catch (error) {
    // Only the slot's condition (item 0) failing means its status is not what the change needs.
    if (!failedConditions(error).includes(0)) throw error;
    const current = await getSlot(db, tableName, slotId);
    return current ? { kind: "refused", status: current.status } : { kind: "not-found" };
  }
  const updated = await getSlot(db, tableName, slotId);
  return updated ? { kind: "done", slot: updated } : { kind: "not-found" };
}
