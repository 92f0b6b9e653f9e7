import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { failedConditions } from "../cancellation.ts";
import { keys } from "../keys.ts";
import { type MessageRecord, messagePut } from "../outbox/messages.ts";
import { type AppointmentRecord, getAppointment } from "./booking.ts";
import { appointmentPut, claimHeldSlot, newAppointment } from "./booking-items.ts";
import { countUpdate } from "./daily-counts.ts";
import { owedOfferPut } from "./owed-offers.ts";
import { type SlotRecord, scopeOf } from "./slots.ts";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

export type ChangeOutcome =
  | { kind: "changed"; cancelled: AppointmentRecord; booked: AppointmentRecord }
  | { kind: "not-found" }
  | { kind: "not-changeable"; status: AppointmentRecord["status"] }
  | { kind: "hold-lost" }
  | { kind: "already-booked-that-day" }
  /** A referral's appointment, or a swap to another service: not a change this makes. */
  | { kind: "other-service" };

/**
 * Cancel-and-rebook in one transaction: the old appointment is cancelled and its slot freed,
 * the new (held) slot is booked, the one-same-day-appointment guard moves, the counts and the
 * message are written — or, if anything fails, nothing changes and the old appointment stands.
 * (TransactWriteItems allows one operation per item, so a shared count or guard is one update.)
 */
export async function changeBooking(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    appointmentId: string;
    patientId: string;
    newSlot: SlotRecord;
    newAppointmentId: string;
    bookingReference: string;
    sameDay: boolean;
    now: Date;
    message: Omit<MessageRecord, "patientId" | "createdAt" | "status">;
  },
): Promise<ChangeOutcome> {
  const old = await getAppointment(db, tableName, input.appointmentId);
  if (!old || old.patientId !== input.patientId) return { kind: "not-found" };
  if (old.status !== "booked") return { kind: "not-changeable", status: old.status };
  const { newSlot, now } = input;
  if (old.referralId || old.service !== newSlot.service) return { kind: "other-service" };
  const booked = newAppointment(newSlot, {
    id: input.newAppointmentId,
    bookingReference: input.bookingReference,
    patientId: input.patientId,
    sameDay: input.sameDay,
    bookedBy: "patient",
    now,
  });
  const oldScope = scopeOf(old);
  const newScope = scopeOf(newSlot);
  const sameScope = JSON.stringify(oldScope) === JSON.stringify(newScope);
  const guardItems = guardChange(tableName, input.patientId, old, booked);
  const items: TransactItems = [
    claimHeldSlot(tableName, newSlot.id, input.patientId, booked.id, now),
    {
      Update: {
        TableName: tableName,
        Key: keys.appointment(old.id),
        ConditionExpression: "#status = :booked",
        UpdateExpression: "SET #status = :cancelled, #reason = :reason",
        ExpressionAttributeNames: { "#status": "status", "#reason": "cancellationReason" },
        ExpressionAttributeValues: {
          ":booked": "booked",
          ":cancelled": "cancelled",
          ":reason": `Changed to ${booked.bookingReference}`,
        },
      },
    },
    {
      Update: {
        TableName: tableName,
        Key: keys.slot(old.slotId),
        ConditionExpression: "#appointmentId = :appointment",
        // Free again: back in the open slots' index (gsi2), under its start.
        UpdateExpression: "SET #status = :free, #openStart = #start REMOVE #appointmentId",
        ExpressionAttributeNames: {
          "#status": "status",
          "#appointmentId": "appointmentId",
          "#openStart": "gsi2sk",
          "#start": "start",
        },
        ExpressionAttributeValues: { ":free": "free", ":appointment": old.id },
      },
    },
    appointmentPut(tableName, booked),
    ...guardItems.items,
    ...(sameScope
      ? [countUpdate(tableName, newScope, { booked: 1, cancelled: 1 })]
      : [
          countUpdate(tableName, oldScope, { cancelled: 1 }),
          countUpdate(tableName, newScope, { booked: 1 }),
        ]),
    messagePut(tableName, {
      ...input.message,
      patientId: input.patientId,
      createdAt: now.toISOString(),
      status: "pending",
    }),
    // The old slot's waiting-list offer, made after this commits, is owed until then.
    owedOfferPut(tableName, { id: old.slotId, localDate: old.localDate }, now),
  ];
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    const failed = failedConditions(error);
    if (failed.includes(0)) return { kind: "hold-lost" };
    if (guardItems.indexes.some((i) => failed.includes(4 + i))) {
      return { kind: "already-booked-that-day" };
    }
    // The old appointment (item 1) or its slot (item 2) changed meanwhile: say what it is now.
    if (!failed.includes(1) && !failed.includes(2)) throw error;
    const current = await getAppointment(db, tableName, old.id);
    return current ? { kind: "not-changeable", status: current.status } : { kind: "not-found" };
  }
  return {
    kind: "changed",
    cancelled: {
      ...old,
      status: "cancelled",
      cancellationReason: `Changed to ${booked.bookingReference}`,
    },
    booked,
  };
}

/** The guard items: moved in place on the same day, released and taken across days. */
function guardChange(
  tableName: string,
  patientId: string,
  old: AppointmentRecord,
  booked: AppointmentRecord,
): { items: TransactItems; indexes: number[] } {
  const items: TransactItems = [];
  if (old.sameDay && booked.sameDay && old.localDate === booked.localDate) {
    items.push({
      Update: {
        TableName: tableName,
        Key: keys.sameDayGuard(patientId, old.localDate),
        ConditionExpression: "appointmentId = :old",
        UpdateExpression: "SET appointmentId = :new",
        ExpressionAttributeValues: { ":old": old.id, ":new": booked.id },
      },
    });
    return { items, indexes: [0] };
  }
  if (old.sameDay) {
    items.push({
      Delete: {
        TableName: tableName,
        Key: keys.sameDayGuard(patientId, old.localDate),
        ConditionExpression: "appointmentId = :old",
        ExpressionAttributeValues: { ":old": old.id },
      },
    });
  }
  if (booked.sameDay) {
    items.push({
      Put: {
        TableName: tableName,
        Item: {
          ...keys.sameDayGuard(patientId, booked.localDate),
          type: "same-day-guard",
          appointmentId: booked.id,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    });
  }
  return { items, indexes: booked.sameDay ? [items.length - 1] : [] };
}
