import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { toLondon } from "@front-door/domain";
import { keys } from "../keys.ts";
import { queryAll } from "../query.ts";
import type { SlotRecord } from "./slots.ts";

/**
 * A slot as the open slots' index (gsi2) gives it: what the slot lists show and decide on, and
 * nothing else (no template, ICB or hold owner). The id, site, service and date come from its
 * keys.
 */
export type OpenSlot = Pick<
  SlotRecord,
  | "id"
  | "siteId"
  | "service"
  | "localDate"
  | "localStart"
  | "start"
  | "end"
  | "channel"
  | "sameDayOnly"
  | "status"
  | "holdExpiresAt"
>;

const openStatuses = ["free", "busy-tentative"] as const;

/**
 * One service's slots at a site on a London date that may be free (free, or held: a hold may
 * have run out), in start order, from `from` on (a UTC instant; the whole day without it), the
 * first `limit` of them when given (one page: the soonest). One Query of the open slots' index:
 * booked and blocked slots, other services and times before `from` are never read.
 */
export async function openSlotsOn(
  db: DynamoDBDocumentClient,
  tableName: string,
  where: { siteId: string; service: string; localDate: string; from?: string; limit?: number },
): Promise<OpenSlot[]> {
  const { gsi2pk } = keys.openSlot(where.siteId, where.service, where.localDate, "");
  const input = {
    TableName: tableName,
    IndexName: "gsi2",
    KeyConditionExpression: where.from ? "gsi2pk = :day AND gsi2sk >= :from" : "gsi2pk = :day",
    ExpressionAttributeValues: { ":day": gsi2pk, ...(where.from ? { ":from": where.from } : {}) },
  };
  const items = where.limit
    ? ((await db.send(new QueryCommand({ ...input, Limit: where.limit }))).Items ?? [])
    : await queryAll(db, input);
  return items.map((item) => {
    const start = String(item.gsi2sk);
    return {
      id: String(item.pk).slice("SLOT#".length),
      siteId: where.siteId,
      service: where.service,
      localDate: where.localDate,
      localStart: toLondon(start).time,
      start,
      end: String(item.end),
      channel: item.channel as OpenSlot["channel"],
      sameDayOnly: item.sameDayOnly === true,
      status: item.status as OpenSlot["status"],
      ...(typeof item.holdExpiresAt === "string" ? { holdExpiresAt: item.holdExpiresAt } : {}),
    };
  });
}

/**
 * One service's slots at a site that may be free on each London date given, in start order by
 * date: one Query of the open slots' index per date, all at once.
 */
export async function openSlotsOfService(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  service: string,
  localDates: readonly string[],
): Promise<OpenSlot[][]> {
  return Promise.all(
    localDates.map((localDate) => openSlotsOn(db, tableName, { siteId, service, localDate })),
  );
}

/**
 * Puts slots published before the open slots' index existed into it: `gsi2pk` on every slot,
 * `gsi2sk` (its start) on those that may be free. Each write is conditional on the slot still
 * lacking `gsi2pk` and on the status it was seen with, so a slot booked, freed or blocked
 * meanwhile (those writes keep `gsi2sk` themselves) is read again and indexed as it now is;
 * running it twice, or beside another run, changes nothing. Scans the table: a one-off after
 * the index is added (a developer's kept data on `npm start`; a deployment's migration).
 */
export async function indexOpenSlots(
  db: DynamoDBDocumentClient,
  tableName: string,
): Promise<{ indexed: number }> {
  let indexed = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: "#type = :slot AND attribute_not_exists(gsi2pk)",
        ProjectionExpression: "pk, sk, siteId, service, localDate, #start, #status",
        ExpressionAttributeNames: { "#type": "type", "#start": "start", "#status": "status" },
        ExpressionAttributeValues: { ":slot": "slot" },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      if (await indexSlot(db, tableName, item)) indexed += 1;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { indexed };
}

async function indexSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  seen: Record<string, unknown>,
): Promise<boolean> {
  let status = seen.status;
  // A slot's status can change between tries, never back and forth for ever in practice.
  for (let attempt = 0; attempt < 5; attempt++) {
    const open = openStatuses.some((s) => s === status);
    const { gsi2pk } = keys.openSlot(
      String(seen.siteId),
      String(seen.service),
      String(seen.localDate),
      "",
    );
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: seen.pk, sk: seen.sk },
          ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(gsi2pk) AND ${
            open ? "" : "NOT "
          }#status IN (:free, :tentative)`,
          UpdateExpression: open ? "SET gsi2pk = :day, gsi2sk = #start" : "SET gsi2pk = :day",
          ExpressionAttributeNames: { "#status": "status", ...(open ? { "#start": "start" } : {}) },
          ExpressionAttributeValues: {
            ":day": gsi2pk,
            ":free": openStatuses[0],
            ":tentative": openStatuses[1],
          },
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        }),
      );
      return true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const now = error.Item;
      // Gone, or indexed by another run: nothing to do.
      if (!now?.pk || now.gsi2pk) return false;
      status = now.status?.S;
    }
  }
  throw new Error("a slot's status kept changing while it was being indexed; run it again");
}
