import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { getItems, UnprocessedReads } from "../batch-get.ts";
import { keys } from "../keys.ts";
import { recordOf } from "../query.ts";
import { type HoldRequirements, meetsHoldRequirements } from "./hold-requirements.ts";
import type { SlotRecord } from "./slots.ts";

/** What a consistent look before a hold found: enough to refuse it without a write. */
export type HoldLook =
  /** Refused as the hold's own conditions would refuse it, read instead of written. */
  | { kind: "refuse"; outcome: LookRefusal }
  /** Worth trying: the slot as read (its details answer the hold) and what the marker names. */
  | { kind: "try"; slot: SlotRecord; previous: string | undefined };

/** Why a hold is refused, whether the look or the transaction refuses it. */
export type LookRefusal =
  /** Someone else holds it or has booked it (or it is blocked): the slot as it was. */
  | { kind: "slot-taken"; slot: SlotRecord }
  | { kind: "not-found" }
  /** The slot is there but is not one the requirements allow (whoever holds it). */
  | { kind: "not-bookable"; slot: SlotRecord }
  /** The patient already has a same-day appointment that day: no second one is held. */
  | { kind: "already-booked"; appointmentId: string };

/**
 * Reads, consistently and in one call, the slot, the patient's hold marker and (with
 * `notBookedOn`) their same-day guard for the day, and decides what the hold transaction would:
 * the guard first, then the slot. In a rush most holds are refused (2,000 patients, 300 times),
 * and a refused transaction costs what a won one does: on DynamoDB two write units per item,
 * three items, and a lock on the contended slot that makes others' transactions conflict; in
 * DynamoDB Local about five times a read's time. A refusal read here costs about three read
 * units and locks nothing. What the read allows is then still written under every condition,
 * so a change between the two is refused by the transaction as before.
 *
 * Undefined when DynamoDB left any key unprocessed (it may when throttled): the caller then
 * sends the transaction as if it had not looked, which is always correct.
 */
export async function lookBeforeHold(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    slotId: string;
    patientId: string;
    journey: string;
    now: Date;
    requirements?: HoldRequirements;
    notBookedOn?: string;
    changing?: string;
  },
): Promise<HoldLook | undefined> {
  const slotKey = keys.slot(input.slotId);
  const markerKey = keys.patientHold(input.patientId, input.journey);
  const guardKey = input.notBookedOn
    ? keys.sameDayGuard(input.patientId, input.notBookedOn)
    : undefined;
  let read: (Record<string, unknown> | undefined)[];
  try {
    // One attempt: keys left unprocessed mean the transaction goes unlooked, not a wait.
    read = await getItems(db, tableName, [slotKey, markerKey, ...(guardKey ? [guardKey] : [])], {
      consistent: true,
      retry: { maxAttempts: 1 },
    });
  } catch (error) {
    if (error instanceof UnprocessedReads) return undefined;
    throw error;
  }
  const [slotItem, marker, guard] = read;

  if (guard && !(input.changing && guard.appointmentId === input.changing)) {
    return {
      kind: "refuse",
      outcome: { kind: "already-booked", appointmentId: String(guard.appointmentId ?? "") },
    };
  }
  if (!slotItem) return { kind: "refuse", outcome: { kind: "not-found" } };
  const slot = recordOf<SlotRecord>(slotItem);
  const requirements = input.requirements ?? {};
  if (!meetsHoldRequirements(slot, requirements)) {
    return { kind: "refuse", outcome: { kind: "not-bookable", slot } };
  }
  if (!holdable(slot, input.patientId, input.now)) {
    return { kind: "refuse", outcome: { kind: "slot-taken", slot } };
  }
  return {
    kind: "try",
    slot,
    previous: typeof marker?.slotId === "string" ? marker.slotId : undefined,
  };
}

/** The hold's own condition on the slot's state: free, its hold run out, or this patient's. */
function holdable(slot: SlotRecord, patientId: string, now: Date): boolean {
  if (slot.status === "free") return true;
  if (slot.status !== "busy-tentative") return false;
  return (
    slot.holdPatientId === patientId ||
    (slot.holdExpiresAt !== undefined && slot.holdExpiresAt <= now.toISOString())
  );
}
