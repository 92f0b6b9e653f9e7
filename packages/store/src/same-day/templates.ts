import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { type SessionTemplate, toDomainSessionTemplate } from "@front-door/contracts";
import { type LocalDate, slotsForRange } from "@front-door/domain";
import { keys } from "../keys.ts";
import { queryAll, recordOf } from "../query.ts";
import type { Site } from "../records.ts";
import { type NewSlot, publishSlots } from "./slots.ts";

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

/** Demo seeding: writes a template only when its id is new, so a receptionist's edits stay. */
export async function addSessionTemplateIfAbsent(
  db: DynamoDBDocumentClient,
  tableName: string,
  template: SessionTemplate,
  now: Date,
): Promise<boolean> {
  const record: SessionTemplateRecord = { ...template, updatedAt: now.toISOString() };
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.sessionTemplate(template.siteId, template.id),
          type: "session-template",
          ...record,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
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

/**
 * Publishes a site's templates for London dates from–to (inclusive) through publishSlots. Slot
 * ids are deterministic, so publishing a range again creates nothing and counts nothing. Throws
 * InvalidInput for a bad range, a bad template or two templates that overlap.
 */
export async function publishSessionTemplates(
  db: DynamoDBDocumentClient,
  tableName: string,
  site: Pick<Site, "id" | "icbId">,
  templates: readonly SessionTemplate[],
  from: LocalDate,
  to: LocalDate,
): Promise<{ created: number; alreadyPublished: number }> {
  const stray = templates.find((template) => template.siteId !== site.id);
  if (stray) throw new Error(`template ${stray.id} belongs to ${stray.siteId}, not ${site.id}`);
  const published = slotsForRange(templates.map(toDomainSessionTemplate), from, to);
  const slots: NewSlot[] = published.map((slot) => ({
    id: slot.id,
    siteId: slot.siteId,
    icbId: site.icbId,
    service: slot.service,
    channel: slot.channel,
    start: slot.start,
    end: slot.end,
    localDate: slot.localDate,
    localStart: slot.localStart,
    sameDayOnly: slot.sameDayOnly,
    templateId: slot.templateId,
  }));
  return publishSlots(db, tableName, slots);
}
