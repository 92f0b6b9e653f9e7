import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { ReviewReminder } from "@front-door/domain";
import { keys } from "../keys.ts";
import { phbQueue } from "./phb-applications.ts";
import type { PhbApplicationRecord } from "./records.ts";

/** An ICB's budgets in place whose next review is due on or before `lastDate`, earliest first. */
export async function phbReviewsDueBy(
  db: DynamoDBDocumentClient,
  tableName: string,
  icbId: string,
  lastDate: string,
): Promise<PhbApplicationRecord[]> {
  return phbQueue(db, tableName, icbId, ["in-place"], lastDate);
}

export type ReviewReminderOutcome =
  | { kind: "reminded" }
  /** A reminder for this due date was written before (an earlier run, or one at the same time). */
  | { kind: "already-reminded" }
  /** The review was recorded, or the budget changed, since the application was read. */
  | { kind: "no-longer-due" };

/**
 * Marks that the team was reminded of one review, once: a guard item per application and due
 * date (Put only if absent) and the mark on the application, which the queue shows (only while
 * the budget is in place with that review date). The application's version is not changed:
 * the mark is not part of the case, so nobody's If-Match is spent on it. Should a team member's
 * change land between its read and its write, it drops the mark; the guard still stops a second
 * reminder.
 */
export async function remindOfReview(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: { applicationId: string; icbId: string; reminder: ReviewReminder },
): Promise<ReviewReminderOutcome> {
  const { applicationId, icbId, reminder } = input;
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.phbReviewReminder(applicationId, reminder.dueOn),
                type: "phb-review-reminder",
                applicationId,
                icbId,
                ...reminder,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          {
            Update: {
              TableName: tableName,
              Key: keys.phbApplication(applicationId),
              UpdateExpression: "SET reviewReminder = :reminder",
              ConditionExpression:
                "attribute_exists(pk) AND #case.#stage = :inPlace AND #case.nextReviewDue = :due",
              ExpressionAttributeNames: { "#case": "case", "#stage": "stage" },
              ExpressionAttributeValues: {
                ":reminder": reminder,
                ":inPlace": "in-place",
                ":due": reminder.dueOn,
              },
            },
          },
        ],
      }),
    );
    return { kind: "reminded" };
  } catch (error) {
    // Only a failed condition at a known index is an outcome; anything else (conflicts,
    // throttling) is rethrown for the store's retry policy and the job's failure count.
    if (error instanceof TransactionCanceledException) {
      const [guard, application] = error.CancellationReasons ?? [];
      if (guard?.Code === "ConditionalCheckFailed") return { kind: "already-reminded" };
      if (application?.Code === "ConditionalCheckFailed") return { kind: "no-longer-due" };
    }
    throw error;
  }
}
