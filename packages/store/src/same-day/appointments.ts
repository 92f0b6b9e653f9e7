import { type DynamoDBDocumentClient, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { failedConditions } from "../cancellation.ts";
import { keys } from "../keys.ts";
import { queryAll, recordOf } from "../query.ts";
import { type AppointmentRecord, getAppointment } from "./booking.ts";
import { countUpdate } from "./daily-counts.ts";
import { scopeOf } from "./slots.ts";

/** A patient's appointments in start order (past and upcoming; the caller splits them). */
export async function appointmentsOfPatient(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
): Promise<AppointmentRecord[]> {
  const appointments: AppointmentRecord[] = [];
  for (const item of await queryAll(db, {
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :patient",
    ExpressionAttributeValues: {
      ":patient": keys.appointmentOfPatient(patientId, "", "").gsi1pk,
    },
  })) {
    appointments.push(recordOf<AppointmentRecord>(item));
  }
  return appointments;
}

export type AttendanceOutcome =
  | { kind: "done"; appointment: AppointmentRecord }
  | { kind: "not-found" }
  | { kind: "changed-meanwhile"; status: AppointmentRecord["status"] };

/**
 * Moves an appointment from one status to another that the caller has already checked is
 * allowed (arrived, fulfilled, noshow). The write is conditional on the status the caller saw,
 * so two receptionists clicking at once cannot both succeed; a did-not-attend is counted in the
 * same transaction.
 */
export async function recordAttendance(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    appointment: AppointmentRecord;
    to: "arrived" | "fulfilled" | "noshow";
    now: Date;
  },
): Promise<AttendanceOutcome> {
  const { appointment, to } = input;
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: keys.appointment(appointment.id),
              ConditionExpression: "#status = :from",
              UpdateExpression: "SET #status = :to, #changedAt = :now",
              ExpressionAttributeNames: { "#status": "status", "#changedAt": "statusChangedAt" },
              ExpressionAttributeValues: {
                ":from": appointment.status,
                ":to": to,
                ":now": input.now.toISOString(),
              },
            },
          },
          ...(to === "noshow"
            ? [countUpdate(tableName, scopeOf(appointment), { didNotAttend: 1 })]
            : []),
        ],
      }),
    );
  } catch (error) {
    // Only the status condition (item 0) failing means someone else changed it first.
    if (!failedConditions(error).includes(0)) throw error;
    const current = await getAppointment(db, tableName, appointment.id);
    return current ? { kind: "changed-meanwhile", status: current.status } : { kind: "not-found" };
  }
  return { kind: "done", appointment: { ...appointment, status: to } };
}
