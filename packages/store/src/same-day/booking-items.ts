import type { TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { keys } from "../keys.ts";
import type { AppointmentRecord } from "./booking.ts";
import type { SlotRecord } from "./slots.ts";

/**
 * The transaction entries a booking or cancellation is made of, shared by same-day booking,
 * changing an appointment and a referral's booking: each caller adds its own items around them.
 */

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/** A booked appointment for a slot: the slot's place and time, and who booked it when. */
export function newAppointment(
  slot: SlotRecord,
  fields: Pick<
    AppointmentRecord,
    "id" | "bookingReference" | "patientId" | "sameDay" | "bookedBy"
  > & {
    now: Date;
  },
): AppointmentRecord {
  const { now, ...rest } = fields;
  return {
    ...rest,
    slotId: slot.id,
    siteId: slot.siteId,
    icbId: slot.icbId,
    service: slot.service,
    channel: slot.channel,
    start: slot.start,
    end: slot.end,
    localDate: slot.localDate,
    localStart: slot.localStart,
    status: "booked",
    bookedAt: now.toISOString(),
  };
}

/**
 * A slot becoming busy with an appointment, on `condition` (which may use :free, :tentative,
 * :patient and :now): the shared half of the two ways a booking claims its slot.
 */
function slotClaim(
  tableName: string,
  slotId: string,
  patientId: string,
  appointmentId: string,
  now: Date,
  condition: string,
) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.slot(slotId),
      ConditionExpression: condition,
      UpdateExpression:
        // A booked slot leaves the open slots' index (gsi2): nobody reads it there again.
        "SET #status = :busy, #appointmentId = :appointment REMOVE #holdPatientId, #holdExpiresAt, #openStart",
      ExpressionAttributeNames: {
        "#status": "status",
        "#holdPatientId": "holdPatientId",
        "#holdExpiresAt": "holdExpiresAt",
        "#appointmentId": "appointmentId",
        "#openStart": "gsi2sk",
      },
      ExpressionAttributeValues: {
        ...(condition.includes(":free") ? { ":free": "free" } : {}),
        ":tentative": "busy-tentative",
        ":busy": "busy",
        ":patient": patientId,
        ":now": now.toISOString(),
        ":appointment": appointmentId,
      },
    },
  };
}

/** The transaction entry turning the patient's unexpired hold on a slot into a booking. */
export function claimHeldSlot(
  tableName: string,
  slotId: string,
  patientId: string,
  appointmentId: string,
  now: Date,
) {
  return slotClaim(
    tableName,
    slotId,
    patientId,
    appointmentId,
    now,
    "#status = :tentative AND #holdPatientId = :patient AND #holdExpiresAt > :now",
  );
}

/**
 * The transaction entry booking a slot that is free, whose hold has run out, or that is held
 * for this same patient: staff booking on a patient's behalf, with no hold of their own.
 */
export function claimFreeSlot(
  tableName: string,
  slotId: string,
  patientId: string,
  appointmentId: string,
  now: Date,
) {
  return slotClaim(
    tableName,
    slotId,
    patientId,
    appointmentId,
    now,
    "attribute_exists(pk) AND (#status = :free OR (#status = :tentative AND (#holdExpiresAt <= :now OR #holdPatientId = :patient)))",
  );
}

/** The transaction entry writing a new appointment (never over an existing one). */
export function appointmentPut(tableName: string, appointment: AppointmentRecord) {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.appointment(appointment.id),
        ...keys.appointmentOfPatient(appointment.patientId, appointment.start, appointment.id),
        type: "appointment",
        ...appointment,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/**
 * The transaction entries cancelling a booked appointment: the appointment marked cancelled with
 * its reason, its slot freed, and (for a same-day appointment) the patient's day guard released.
 */
export function cancellationItems(
  tableName: string,
  appointment: AppointmentRecord,
  reason: string,
): TransactItems {
  return [
    {
      Update: {
        TableName: tableName,
        Key: keys.appointment(appointment.id),
        ConditionExpression: "#status = :booked",
        UpdateExpression: "SET #status = :cancelled, #reason = :reason",
        ExpressionAttributeNames: { "#status": "status", "#reason": "cancellationReason" },
        ExpressionAttributeValues: {
          ":booked": "booked",
          ":cancelled": "cancelled",
          ":reason": reason,
        },
      },
    },
    {
      Update: {
        TableName: tableName,
        Key: keys.slot(appointment.slotId),
        ConditionExpression: "#appointmentId = :appointment",
        // Free again: back in the open slots' index (gsi2), under its start.
        UpdateExpression: "SET #status = :free, #openStart = #start REMOVE #appointmentId",
        ExpressionAttributeNames: {
          "#status": "status",
          "#appointmentId": "appointmentId",
          "#openStart": "gsi2sk",
          "#start": "start",
        },
        ExpressionAttributeValues: { ":free": "free", ":appointment": appointment.id },
      },
    },
    ...(appointment.sameDay
      ? [
          {
            Delete: {
              TableName: tableName,
              Key: keys.sameDayGuard(appointment.patientId, appointment.localDate),
              ConditionExpression: "appointmentId = :appointment",
              ExpressionAttributeValues: { ":appointment": appointment.id },
            },
          },
        ]
      : []),
  ];
}
