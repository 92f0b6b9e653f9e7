import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { failedConditions } from "../cancellation.ts";
import { type OnceWrite, transactWithRecord } from "../idempotency-records.ts";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

import { plainItem } from "../attribute-values.ts";
import { keys } from "../keys.ts";
import { type MessageRecord, messagePut } from "../outbox/messages.ts";
import { recordOf } from "../query.ts";
import {
  appointmentPut,
  cancellationItems,
  claimFreeSlot,
  claimHeldSlot,
  newAppointment,
} from "./booking-items.ts";
import { countUpdate } from "./daily-counts.ts";
import {
  type HoldRequirements,
  holdRequirementsCondition,
  meetsHoldRequirements,
} from "./hold-requirements.ts";
import { owedOfferPut } from "./owed-offers.ts";
import { allocateRequestUpdate } from "./requests.ts";
import { type SlotRecord, scopeOf } from "./slots.ts";

export const holdMinutes = 15;

export interface AppointmentRecord {
  id: string;
  bookingReference: string;
  slotId: string;
  patientId: string;
  siteId: string;
  icbId: string;
  service: string;
  channel: SlotRecord["channel"];
  start: string;
  end: string;
  localDate: string;
  localStart: string;
  sameDay: boolean;
  /** FHIR Appointment.status. */
  status: "booked" | "arrived" | "fulfilled" | "cancelled" | "noshow";
  bookedBy: "patient" | "staff";
  bookedAt: string;
  cancellationReason?: string;
  /** When the day-before reminder was written to the outbox. */
  reminderSentAt?: string;
  /** The self-referral this appointment was booked for (its booking and cancelling go with it). */
  referralId?: string;
  /** That referral's reference, as the patient knows it. */
  referralReference?: string;
  /** Staff booked a time the rules refuse (already started, past the horizon): why, and who. */
  bookedOutsideRules?: StaffBookingOverride;
}

export interface StaffBookingOverride {
  rule: "past" | "beyond-horizon";
  reason: string;
  byUserId: string;
}

export type HoldOutcome =
  | { kind: "held"; slot: SlotRecord; expiresAt: string }
  /** Someone else holds it or has booked it (or it is blocked): the slot as it is. */
  | { kind: "slot-taken"; slot: SlotRecord }
  | { kind: "not-found" };

/** With requirements, also: the slot is there but is not one they allow (whoever holds it). */
export type RequiredHoldOutcome = HoldOutcome | { kind: "not-bookable"; slot: SlotRecord };

/**
 * Holds a free slot (or one whose hold has run out) for a patient for 15 minutes. One
 * conditional write: of any number of patients racing for a slot, exactly one gets it. The
 * patient already holding it may hold it again (the hold is renewed), so a retry is safe.
 *
 * `requirements` (service, start window) are checked in the same write, so a hold takes one
 * call whatever happens: when the condition fails, DynamoDB returns the slot as it was
 * (ReturnValuesOnConditionCheckFailure), which tells missing, not bookable and taken apart.
 */
export async function holdSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
  patientId: string,
  now: Date,
): Promise<HoldOutcome>;
export async function holdSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
  patientId: string,
  now: Date,
  requirements: HoldRequirements,
): Promise<RequiredHoldOutcome>;
export async function holdSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
  patientId: string,
  now: Date,
  requirements: HoldRequirements = {},
): Promise<RequiredHoldOutcome> {
  const expiresAt = new Date(now.getTime() + holdMinutes * 60_000).toISOString();
  const required = holdRequirementsCondition(requirements);
  try {
    const result = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.slot(slotId),
        ConditionExpression: `attribute_exists(pk)${required.expression ? ` AND ${required.expression}` : ""} AND (#status = :free OR (#status = :tentative AND (#holdExpiresAt <= :now OR #holdPatientId = :patient)))`,
        UpdateExpression:
          "SET #status = :tentative, #holdPatientId = :patient, #holdExpiresAt = :expiresAt",
        ExpressionAttributeNames: {
          "#status": "status",
          "#holdPatientId": "holdPatientId",
          "#holdExpiresAt": "holdExpiresAt",
          ...required.names,
        },
        ExpressionAttributeValues: {
          ":free": "free",
          ":tentative": "busy-tentative",
          ":patient": patientId,
          ":now": now.toISOString(),
          ":expiresAt": expiresAt,
          ...required.values,
        },
        ReturnValues: "ALL_NEW",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return { kind: "held", slot: recordOf<SlotRecord>(result.Attributes ?? {}), expiresAt };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    if (!error.Item) return { kind: "not-found" };
    const slot = recordOf<SlotRecord>(plainItem(error.Item));
    return meetsHoldRequirements(slot, requirements)
      ? { kind: "slot-taken", slot }
      : { kind: "not-bookable", slot };
  }
}

export type ConfirmOutcome =
  | { kind: "booked"; appointment: AppointmentRecord }
  | { kind: "hold-lost" }
  | { kind: "already-booked-today" }
  | { kind: "request-not-open" };

/**
 * Turns the patient's hold into an appointment, in one transaction: the slot becomes busy, the
 * appointment is written, the one-same-day-appointment-per-day guard is taken, the day's
 * "booked" count goes up and the confirmation message joins the outbox. All or nothing.
 */
export async function confirmBooking(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    slot: SlotRecord;
    appointmentId: string;
    bookingReference: string;
    patientId: string;
    bookedBy: AppointmentRecord["bookedBy"];
    sameDay: boolean;
    now: Date;
    message: Omit<MessageRecord, "patientId" | "createdAt" | "status">;
    /** A receptionist allocating this slot to a request in the site's queue. */
    sameDayRequestId?: string;
    /**
     * "free": staff booking for a patient on the phone, with no hold of the patient's: the slot
     * is claimed if free, its hold run out or held by this patient, in this same transaction
     * (a hold first would be a second write, left behind when the booking then failed).
     */
    claim?: "hold" | "free";
    bookedOutsideRules?: StaffBookingOverride;
    /** The request's idempotency record, saved by this same transaction with its answer. */
    once?: OnceWrite<AppointmentRecord>;
  },
): Promise<ConfirmOutcome> {
  const { slot, now } = input;
  const appointment: AppointmentRecord = {
    ...newAppointment(slot, {
      id: input.appointmentId,
      bookingReference: input.bookingReference,
      patientId: input.patientId,
      sameDay: input.sameDay,
      bookedBy: input.bookedBy,
      now,
    }),
    ...(input.bookedOutsideRules ? { bookedOutsideRules: input.bookedOutsideRules } : {}),
  };
  const claim = input.claim === "free" ? claimFreeSlot : claimHeldSlot;
  const items: TransactItems = [
    claim(tableName, slot.id, input.patientId, appointment.id, now),
    appointmentPut(tableName, appointment),
    ...(input.sameDay
      ? [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.sameDayGuard(input.patientId, slot.localDate),
                type: "same-day-guard",
                appointmentId: appointment.id,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
        ]
      : []),
    countUpdate(tableName, scopeOf(slot), { booked: 1 }),
    messagePut(tableName, {
      ...input.message,
      patientId: input.patientId,
      createdAt: now.toISOString(),
      status: "pending",
    }),
    ...(input.sameDayRequestId
      ? [allocateRequestUpdate(tableName, input.sameDayRequestId, appointment.id)]
      : []),
  ];
  const requestAt = input.sameDayRequestId ? items.length - 1 : -1;
  try {
    // A repeat of a request already answered throws AnsweredBefore, whatever else failed.
    await transactWithRecord(
      db,
      items,
      input.once
        ? { record: input.once.record, answer: input.once.answer(appointment) }
        : undefined,
    );
    return { kind: "booked", appointment };
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons[0]?.Code === "ConditionalCheckFailed") return { kind: "hold-lost" };
    if (input.sameDay && reasons[2]?.Code === "ConditionalCheckFailed") {
      return { kind: "already-booked-today" };
    }
    if (requestAt >= 0 && reasons[requestAt]?.Code === "ConditionalCheckFailed") {
      return { kind: "request-not-open" };
    }
    throw error;
  }
}

export type CancelOutcome =
  | { kind: "cancelled"; appointment: AppointmentRecord }
  | { kind: "not-found" }
  | { kind: "not-cancellable"; status: AppointmentRecord["status"] };

/**
 * Cancels a booked appointment: the appointment is marked cancelled with its reason, the slot is
 * freed at once, the same-day guard released, the "cancelled" count raised, the patient's
 * message queued and the waiting list's offer of the slot recorded as owed — in one transaction.
 */
export async function cancelAppointment(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    appointmentId: string;
    reason: string;
    now: Date;
    message: Omit<MessageRecord, "patientId" | "createdAt" | "status">;
  },
): Promise<CancelOutcome> {
  const appointment = await getAppointment(db, tableName, input.appointmentId);
  if (!appointment) return { kind: "not-found" };
  if (appointment.referralId) {
    // Its referral must change with it (back to accepted): see changeReferral's cancelling.
    throw new Error(
      `appointment ${appointment.id} belongs to a referral: cancel it through the referral`,
    );
  }
  if (appointment.status !== "booked")
    return { kind: "not-cancellable", status: appointment.status };
  const items: TransactItems = [
    ...cancellationItems(tableName, appointment, input.reason),
    countUpdate(tableName, scopeOf(appointment), { cancelled: 1 }),
    messagePut(tableName, {
      ...input.message,
      patientId: appointment.patientId,
      createdAt: input.now.toISOString(),
      status: "pending",
    }),
    // The freed slot's waiting-list offer is made after this commits; if that fails, the
    // pass-on job finds this and makes it.
    owedOfferPut(
      tableName,
      { id: appointment.slotId, localDate: appointment.localDate },
      input.now,
    ),
  ];
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    // Only the appointment's own condition (item 0: still booked) failing means someone else
    // changed it first (a second cancel, a check-in): report what it is now. A conflict or
    // throttling is rethrown (503), never read as "it is marked booked".
    if (!failedConditions(error).includes(0)) throw error;
    const now = await getAppointment(db, tableName, appointment.id);
    return now ? { kind: "not-cancellable", status: now.status } : { kind: "not-found" };
  }
  return {
    kind: "cancelled",
    appointment: { ...appointment, status: "cancelled", cancellationReason: input.reason },
  };
}

export async function getAppointment(
  db: DynamoDBDocumentClient,
  tableName: string,
  appointmentId: string,
): Promise<AppointmentRecord | undefined> {
  const result = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.appointment(appointmentId),
      ConsistentRead: true,
    }),
  );
  if (!result.Item) return undefined;
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, type: _t, ...appointment } = result.Item;
  return appointment as AppointmentRecord;
}

/**
 * Lets go of a hold taken for a booking that then could not be confirmed, so the slot is free
 * again at once rather than after 15 minutes. Only the holder's own, still-held slot changes.
 */
export async function releaseHold(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
  patientId: string,
): Promise<boolean> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.slot(slotId),
        ConditionExpression: "#status = :tentative AND #holdPatientId = :patient",
        UpdateExpression: "SET #status = :free REMOVE #holdPatientId, #holdExpiresAt",
        ExpressionAttributeNames: {
          "#status": "status",
          "#holdPatientId": "holdPatientId",
          "#holdExpiresAt": "holdExpiresAt",
        },
        ExpressionAttributeValues: {
          ":tentative": "busy-tentative",
          ":free": "free",
          ":patient": patientId,
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
