import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Profile } from "@front-door/contracts";
import { keys } from "../keys.ts";
import type { Patient } from "../records.ts";

/**
 * Finds a patient by NHS number (digits only, no spaces) on gsi1: staff booking on behalf of
 * someone who phoned. The index is eventually consistent, which is fine for records that were
 * created long before anyone phones about them.
 */
export async function patientByNhsNumber(
  db: DynamoDBDocumentClient,
  tableName: string,
  nhsNumber: string,
): Promise<Patient | undefined> {
  const key = keys.patientByNhsNumber(nhsNumber);
  const page = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :nhs AND gsi1sk = :patient",
      ExpressionAttributeValues: { ":nhs": key.gsi1pk, ":patient": key.gsi1sk },
      Limit: 2,
    }),
  );
  const item = page.Items?.[0] as
    | {
        patient: Omit<Patient, "profile" | "profileUpdatedAt">;
        profile: Profile;
        profileUpdatedAt?: string;
      }
    | undefined;
  if (!item) return undefined;
  return {
    ...item.patient,
    profile: item.profile,
    ...(item.profileUpdatedAt ? { profileUpdatedAt: item.profileUpdatedAt } : {}),
  };
}
