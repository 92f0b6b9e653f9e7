import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { PracticeSettings } from "@front-door/domain";
import { keys } from "../keys.ts";

export interface StoredAdviceSettings {
  settings: Partial<PracticeSettings>;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** A site's saved settings for online requests, or undefined (the defaults apply). */
export async function getAdviceSettings(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
): Promise<StoredAdviceSettings | undefined> {
  const result = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.adviceSettings(siteId),
      ConsistentRead: true,
    }),
  );
  if (!result.Item) return undefined;
  const { settings, version, updatedAt, updatedBy } = result.Item as StoredAdviceSettings;
  return { settings, version, updatedAt, updatedBy };
}

/** Saves settings if nobody saved since `seenVersion` (0: never saved). False if they did. */
export async function putAdviceSettings(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  input: { settings: PracticeSettings; seenVersion: number; at: string; by: string },
): Promise<boolean> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.adviceSettings(siteId),
          type: "advice-settings",
          settings: input.settings,
          version: input.seenVersion + 1,
          updatedAt: input.at,
          updatedBy: input.by,
        },
        ConditionExpression:
          input.seenVersion === 0 ? "attribute_not_exists(pk)" : "#version = :seen",
        ...(input.seenVersion === 0
          ? {}
          : {
              ExpressionAttributeNames: { "#version": "version" },
              ExpressionAttributeValues: { ":seen": input.seenVersion },
            }),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
