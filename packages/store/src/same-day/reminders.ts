import { type DynamoDBDocumentClient, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { failedConditions } from "../cancellation.ts";
import { keys } from "../keys.ts";
import { type MessageRecord, messagePut } from "../outbox/messages.ts";
import type { AppointmentRecord } from "./booking.ts";

/**
 * Marks an appointment reminded and writes the reminder to the outbox, in one transaction,
 * only while the appointment is still booked and has not been reminded: a re-run of the job,
 * or two runs at once, send one reminder; a cancellation just before sends none.
 */
export async function remindOfAppointment(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    appointment: Pick<AppointmentRecord, "id" | "patientId">;
    message: Omit<MessageRecord, "patientId" | "createdAt" | "status">;
    now: Date;
  },
): Promise<boolean> {
  const at = input.now.toISOString();
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: keys.appointment(input.appointment.id),
              UpdateExpression: "SET reminderSentAt = :at",
              ConditionExpression:
                "attribute_exists(pk) AND #status = :booked AND attribute_not_exists(reminderSentAt)",
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: { ":at": at, ":booked": "booked" },
            },
          },
          messagePut(tableName, {
            ...input.message,
            patientId: input.appointment.patientId,
            createdAt: at,
            status: "pending",
          }),
        ],
      }),
    );
    return true;
  } catch (error) {
    // Already reminded, or no longer booked (item 0): nothing to send. A conflict or throttling
    // is rethrown, so the job counts it and the next run tries again.
    if (failedConditions(error).includes(0)) return false;
    throw error;
  }
}
