import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { getItemsWithRecord } from "../batch-get.ts";
import type { OnceRecord } from "../idempotency-records.ts";
import { keys } from "../keys.ts";
import { patientOf } from "../patients.ts";
import type { Patient } from "../records.ts";
import { type SameDayRequestRecord, sameDayRequestOf } from "./requests.ts";
import { type SlotRecord, toSlot } from "./slots.ts";

/**
 * What a booking reads before its transaction, in one consistent BatchGetItem: the slot, the
 * patient, the same-day request when one is named, and the request's Idempotency-Key record
 * (the early look the HTTP glue would otherwise send as a GetItem of its own). One SDK call
 * instead of three or four: in a rush that is most of a booking's work before it writes.
 */
export async function readBookingParts(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: { slotId: string; patientId: string; requestId?: string | undefined; once?: OnceRecord },
): Promise<{ slot?: SlotRecord; patient?: Patient; request?: SameDayRequestRecord }> {
  const found = await getItemsWithRecord(
    db,
    tableName,
    [
      keys.slot(input.slotId),
      keys.patient(input.patientId),
      ...(input.requestId ? [keys.sameDayRequest(input.requestId)] : []),
    ],
    input.once,
  );
  const [slotItem, patientItem] = found;
  const requestItem = input.requestId ? found[2] : undefined;
  return {
    ...(slotItem ? { slot: toSlot(slotItem) } : {}),
    ...(patientItem ? { patient: patientOf(patientItem) } : {}),
    ...(requestItem ? { request: sameDayRequestOf(requestItem) } : {}),
  };
}
