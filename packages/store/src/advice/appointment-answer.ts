import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { keys } from "../keys.ts";
import type { AppointmentRecord } from "../same-day/booking.ts";
import { appointmentPut, claimFreeSlot, claimHeldSlot } from "../same-day/booking-items.ts";
import { countUpdate } from "../same-day/daily-counts.ts";
import { scopeOf } from "../same-day/slots.ts";
import { type AdviceChange, adviceChangeItems } from "./requests.ts";

/**
 * An appointment as the answer to an advice request. Offering times holds each slot for the
 * patient with the same hold a patient's own booking takes (status busy-tentative, holder,
 * expiry), so nobody else can book them meanwhile; booking turns one hold (or, for staff, a
 * free slot) into an appointment with the same booking items same-day booking writes.
 */

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

export type AdviceOfferOutcome =
  | { kind: "offered" }
  | { kind: "changed-meanwhile" }
  /** Someone else holds or has booked it (or it is blocked, or not this site's). */
  | { kind: "slot-taken"; slotId: string };

export type AdviceBookOutcome =
  | { kind: "booked" }
  | { kind: "changed-meanwhile" }
  /** The slot is no longer held for the patient (the offer ran out) or no longer free. */
  | { kind: "slot-taken"; slotId: string };

/** Which of the request's item (0) or the slot items failed its condition, if either did. */
function conditionOutcome(
  error: unknown,
  slotIds: readonly string[],
  slotOffset: number,
): { kind: "changed-meanwhile" } | { kind: "slot-taken"; slotId: string } | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  if (reasons[0]?.Code === "ConditionalCheckFailed") return { kind: "changed-meanwhile" };
  const failed = slotIds.findIndex(
    (_, i) => reasons[slotOffset + i]?.Code === "ConditionalCheckFailed",
  );
  return failed >= 0 ? { kind: "slot-taken", slotId: slotIds[failed] as string } : undefined;
}

/** A hold for the patient until `expiresAt` on a slot of `siteId` that nobody else has. */
function holdItem(
  tableName: string,
  slot: { slotId: string; siteId: string },
  patientId: string,
  now: Date,
  expiresAt: string,
) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.slot(slot.slotId),
      ConditionExpression:
        "#siteId = :site AND (#status = :free OR (#status = :tentative AND (#holdExpiresAt <= :now OR #holdPatientId = :patient)))",
      UpdateExpression:
        "SET #status = :tentative, #holdPatientId = :patient, #holdExpiresAt = :expiresAt",
      ExpressionAttributeNames: {
        "#siteId": "siteId",
        "#status": "status",
        "#holdPatientId": "holdPatientId",
        "#holdExpiresAt": "holdExpiresAt",
      },
      ExpressionAttributeValues: {
        ":site": slot.siteId,
        ":free": "free",
        ":tentative": "busy-tentative",
        ":patient": patientId,
        ":now": now.toISOString(),
        ":expiresAt": expiresAt,
      },
    },
  };
}

/**
 * Offers times: the request's change (with its thread entry, counts and "there is an update"
 * message) and a hold on every slot, in one transaction. Any slot someone else has cancels
 * the lot; a change made meanwhile answers "changed-meanwhile"; anything else is rethrown.
 */
export async function offerAdviceTimes(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: { change: AdviceChange; slotIds: readonly string[]; now: Date; expiresAt: string },
): Promise<AdviceOfferOutcome> {
  const { change, slotIds, now, expiresAt } = input;
  const items: TransactItems = adviceChangeItems(tableName, change);
  const offset = items.length;
  for (const slotId of slotIds) {
    items.push(
      holdItem(
        tableName,
        { slotId, siteId: change.before.siteId },
        change.before.requesterId,
        now,
        expiresAt,
      ),
    );
  }
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return { kind: "offered" };
  } catch (error) {
    const outcome = conditionOutcome(error, slotIds, offset);
    if (outcome) return outcome;
    throw error;
  }
}

/**
 * Books the answer: the request's change (closed, appointment-booked), the slot claimed — the
 * patient's own unexpired hold (`claim: "held"`) or a slot that is free or held for this same
 * patient (`claim: "free"`, staff booking) — the appointment written and the day's "booked"
 * count raised, all or nothing.
 */
export async function bookAdviceAppointment(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    change: AdviceChange;
    appointment: AppointmentRecord;
    claim: "held" | "free";
    now: Date;
  },
): Promise<AdviceBookOutcome> {
  const { change, appointment, now } = input;
  const claim = input.claim === "held" ? claimHeldSlot : claimFreeSlot;
  const items: TransactItems = adviceChangeItems(tableName, change);
  const offset = items.length;
  items.push(
    claim(tableName, appointment.slotId, appointment.patientId, appointment.id, now),
    appointmentPut(tableName, appointment),
    countUpdate(tableName, scopeOf(appointment), { booked: 1 }),
  );
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return { kind: "booked" };
  } catch (error) {
    const outcome = conditionOutcome(error, [appointment.slotId], offset);
    if (outcome) return outcome;
    throw error;
  }
}
