import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { keys } from "../keys.ts";

/**
 * A message to a patient. Written in the same transaction as the change it reports (the
 * outbox), then delivered by whatever channel the deployment plugs in. Never clinical details.
 */
export interface MessageRecord {
  id: string;
  patientId: string;
  kind: string;
  /** By the profile's consent; empty means post or a phone call by the practice. */
  channels: ("sms" | "email")[];
  text: string;
  createdAt: string;
  status: "pending" | "sent" | "failed";
}

export function messagePut(tableName: string, message: MessageRecord) {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.message(message.patientId, message.createdAt, message.id),
        type: "message",
        ...message,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/** A patient's messages, newest first. */
export async function messagesFor(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
  limit = 50,
): Promise<MessageRecord[]> {
  const page = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :msg)",
      ExpressionAttributeValues: { ":pk": keys.message(patientId, "", "").pk, ":msg": "MSG#" },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((item) => {
    const { pk: _pk, sk: _sk, type: _type, ...message } = item;
    return message as MessageRecord;
  });
}
