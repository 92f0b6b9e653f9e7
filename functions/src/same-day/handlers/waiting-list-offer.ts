import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { londonWhen, patientMessages } from "@front-door/domain";
import { offerMinutes, offerSlotToWaitingList, type SlotRecord } from "@front-door/store";

/**
 * Offers a slot that has just been freed (a cancellation, an unblock) to the first patient
 * still waiting. The offer's message takes its channels from that patient's consent when it is
 * sent (channelsAtSending), so nobody on the list is read first.
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
  const outcome = await offerSlotToWaitingList(deps.db, deps.tableName, slot, now, () => ({
    id: randomUUID(),
    kind: "waiting-list-offer",
    channels: [],
    channelsAtSending: true,
    text: patientMessages.waitingListOffer(
      { siteName, when: londonWhen(new Date(slot.start)), channel: slot.channel },
      offerMinutes,
    ),
  }));
  return outcome.kind === "offered";
}
