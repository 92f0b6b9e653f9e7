import { type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { SessionTemplate } from "@front-door/contracts";
import { keys } from "../keys.ts";
import { queryAll, recordOf } from "../query.ts";

export interface SessionTemplateRecord extends SessionTemplate {
  updatedAt: string;
}

/** Creates or replaces one of a site's session templates. Published slots are not touched. */
export async function putSessionTemplate(
  db: DynamoDBDocumentClient,
  tableName: string,
  template: SessionTemplate,
  now: Date,
): Promise<SessionTemplateRecord> {
  const record: SessionTemplateRecord = { ...template, updatedAt: now.toISOString() };
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.sessionTemplate(template.siteId, template.id),
        type: "session-template",
        ...record,
      },
    }),
  );
  return record;
}

/** A site's session templates, in id order. */
export async function sessionTemplatesOfSite(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
): Promise<SessionTemplateRecord[]> {
  const templates: SessionTemplateRecord[] = [];
  for (const item of await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :site AND begins_with(sk, :template)",
    ExpressionAttributeValues: {
      ":site": keys.site(siteId).pk,
      ":template": "TEMPLATE#",
    },
    ConsistentRead: true,
  })) {
    templates.push(recordOf<SessionTemplateRecord>(item));
  }
  return templates;
}
