import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { failedConditions } from "../cancellation.ts";
import { keys } from "../keys.ts";
import { queryAll, recordOf } from "../query.ts";
import { countUpdate } from "./daily-counts.ts";

export type SlotChannel = "in-person" | "telephone" | "video";
/** FHIR Slot.status values this service stores (entered-in-error is never written here). */
export type StoredSlotStatus = "free" | "busy" | "busy-unavailable" | "busy-tentative";

/** A slot as published from a session template; ids are deterministic, so republishing is safe. */
export interface NewSlot {
  id: string;
  siteId: string;
  icbId: string;
  service: string;
  channel: SlotChannel;
  /** UTC instants, ISO 8601. */
  start: string;
  end: string;
  /** London wall-clock date and start time: what people read and what counts are keyed by. */
  localDate: string;
  localStart: string;
  sameDayOnly: boolean;
  templateId: string;
}

export interface SlotRecord extends NewSlot {
  status: StoredSlotStatus;
  holdPatientId?: string;
  holdExpiresAt?: string;
  appointmentId?: string;
  blockedReason?: string;
}

/** Items per transaction: DynamoDB allows 100, one goes to the counts. */
const slotsPerTransaction = 99;

/**
 * Publishes slots. Slots that already exist are left exactly as they are (booked ones stay
 * booked), new ones are written with the "published" count in the same transaction, so
 * publishing a range twice creates nothing and counts nothing the second time.
 */
export async function publishSlots(
  db: DynamoDBDocumentClient,
  tableName: string,
  slots: readonly NewSlot[],
): Promise<{ created: number; alreadyPublished: number }> {
  let created = 0;
  for (const group of groupBy(slots, (s) => `${s.icbId}|${s.siteId}|${s.service}|${s.localDate}`)) {
    for (let i = 0; i < group.length; i += slotsPerTransaction) {
      created += await publishChunk(db, tableName, group.slice(i, i + slotsPerTransaction));
    }
  }
  return { created, alreadyPublished: slots.length - created };
}

async function publishChunk(
  db: DynamoDBDocumentClient,
  tableName: string,
  chunk: readonly NewSlot[],
): Promise<number> {
  // A concurrent publish of the same range makes our conditions fail: read again and retry.
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await existingSlotIds(
      db,
      tableName,
      chunk.map((s) => s.id),
    );
    const fresh = chunk.filter((slot) => !existing.has(slot.id));
    const first = fresh[0];
    if (!first) return 0;
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            ...fresh.map((slot) => ({
              Put: {
                TableName: tableName,
                Item: {
                  ...keys.slot(slot.id),
                  ...keys.slotOnDay(slot.siteId, slot.localDate, slot.start, slot.id),
                  ...keys.openSlot(slot.siteId, slot.service, slot.localDate, slot.start),
                  type: "slot",
                  ...slot,
                  status: "free",
                },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            })),
            countUpdate(tableName, scopeOf(first), { published: fresh.length }),
          ],
        }),
      );
      return fresh.length;
    } catch (error) {
      // A slot's condition failed: another publish created it meanwhile, so read again.
      // Anything else (a conflict that outlasted the store's retries) is rethrown.
      failedConditions(error);
    }
  }
  throw new Error("publishing kept colliding with another publish; try again");
}

async function existingSlotIds(
  db: DynamoDBDocumentClient,
  tableName: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  // BatchGetItem takes 100 keys at most; chunks are 99.
  let request:
    | Record<string, { Keys: Record<string, unknown>[]; ConsistentRead: boolean }>
    | undefined = {
    [tableName]: { Keys: ids.map((id) => keys.slot(id)), ConsistentRead: true },
  };
  while (request && Object.keys(request).length > 0) {
    const page = await db.send(new BatchGetCommand({ RequestItems: request }));
    for (const item of page.Responses?.[tableName] ?? []) found.add(String(item.id));
    request = page.UnprocessedKeys as typeof request;
  }
  return found;
}

export async function getSlot(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
): Promise<SlotRecord | undefined> {
  const result = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.slot(slotId), ConsistentRead: true }),
  );
  return result.Item ? toSlot(result.Item) : undefined;
}

/** A site's slots on one London date, in start order (all services and channels). */
export async function slotsOfDay(
  db: DynamoDBDocumentClient,
  tableName: string,
  siteId: string,
  localDate: string,
): Promise<SlotRecord[]> {
  const slots: SlotRecord[] = [];
  for (const item of await queryAll(db, {
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :day",
    ExpressionAttributeValues: { ":day": keys.slotOnDay(siteId, localDate, "", "").gsi1pk },
  }))
    slots.push(toSlot(item));
  return slots;
}

export function scopeOf(slot: Pick<NewSlot, "icbId" | "siteId" | "service" | "localDate">) {
  return {
    icbId: slot.icbId,
    siteId: slot.siteId,
    service: slot.service,
    localDate: slot.localDate,
  };
}

/** A slot as its item holds it (getSlot, or a batch of reads). */
export function toSlot(item: Record<string, unknown>): SlotRecord {
  return recordOf<SlotRecord>(item);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
