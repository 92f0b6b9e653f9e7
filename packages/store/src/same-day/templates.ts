import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { SessionTemplate } from "@front-door/contracts";
import { keys } from "../keys.ts";

/**
 * Session template keys. They live here rather than in keys.ts for now (that file has another
 * owner); move them there with the next change to it. A site's templates sit in the site's own
 * partition, so "the site with everything it publishes" stays one Query.
 *   pk = SITE#<siteId>, sk = TEMPLATE#<templateId>
 */
export const templateKeys = {
  template: (siteId: string, templateId: string) => ({
    pk: keys.site(siteId).pk,
    sk: `TEMPLATE#${templateId}`,
  }),
  templatePrefix: "TEMPLATE#",
} as const;

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
        ...templateKeys.template(template.siteId, template.id),
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
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :site AND begins_with(sk, :template)",
        ExpressionAttributeValues: {
          ":site": keys.site(siteId).pk,
          ":template": templateKeys.templatePrefix,
        },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const { pk: _pk, sk: _sk, type: _t, ...template } = item;
      templates.push(template as SessionTemplateRecord);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return templates;
}
