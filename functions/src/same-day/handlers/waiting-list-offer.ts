import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { consentedChannels, londonWhen, patientMessages } from "@front-door/domain";
import {
  getPatient,
  offerMinutes,
  offerSlotToWaitingList,
  type SlotRecord,
  waitingList,
} from "@front-door/store";

/**
 * Offers a slot that has just been freed (a cancellation, an unblock) to the first patient
 * still waiting. The store's message callback is synchronous, so the consent of everyone
 * waiting is read first: a message goes only where each agreed.
 *
 * Called after the change that freed the slot has committed, so a failure here must not turn
 * that success into an error: it is logged (its name only) and reported as "not offered"; the
 * slot stays free and bookable.
 */
export async function offerFreedSlot(
  deps: { db: DynamoDBDocumentClient; tableName: string },
  slot: SlotRecord,
  siteName: string,
  now: Date,
): Promise<boolean> {
  try {
    return await offerSlotOn(deps, slot, siteName, now);
  } catch (error) {
    console.error(
      JSON.stringify({
        level: "ERROR",
        message: "waiting-list offer failed after the slot was freed",
        errorName: error instanceof Error ? error.name : typeof error,
      }),
    );
    return false;
  }
}

/** The same, for a caller that counts a failure itself (a job that tries again next run). */
export async function offerSlotOn(
  deps: { db: DynamoDBDocumentClient; tableName: string },
  slot: SlotRecord,
  siteName: string,
  now: Date,
): Promise<boolean> {
  const waiting = (
    await waitingList(deps.db, deps.tableName, slot.siteId, slot.service, slot.localDate)
  ).filter((entry) => entry.status === "waiting");
  if (waiting.length === 0) return false;
  const patients = await Promise.all(
    waiting.map((entry) => getPatient(deps.db, deps.tableName, entry.patientId)),
  );
  const channels = new Map(
    patients.flatMap((p) => (p ? [[p.id, consentedChannels(p.profile.consent)] as const] : [])),
  );
  const outcome = await offerSlotToWaitingList(deps.db, deps.tableName, slot, now, (entry) => ({
    id: randomUUID(),
    kind: "waiting-list-offer",
    channels: channels.get(entry.patientId) ?? [],
    text: patientMessages.waitingListOffer(
      { siteName, when: londonWhen(new Date(slot.start)), channel: slot.channel },
      offerMinutes,
    ),
  }));
  return outcome.kind === "offered";
}
