import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { addDays, londonToday } from "@front-door/domain";
import { expiredOffers, getAppointment, getSite, getSlot, settleOffer } from "@front-door/store";
import { offerFreedSlot } from "./waiting-list-offer.ts";

export interface PassOnDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/**
 * Settles every waiting-list offer whose 30 minutes have run out: accepted if the patient
 * booked the slot held for them, otherwise passed on — and the slot offered to the next
 * patient waiting (or left free for anyone). Today's and yesterday's offers, so an offer made
 * just before midnight is not forgotten.
 */
export async function passOnExpiredOffers(
  deps: PassOnDeps,
): Promise<{ accepted: number; passedOn: number; reoffered: number }> {
  const now = deps.now();
  const today = londonToday(now);
  let accepted = 0;
  let passedOn = 0;
  let reoffered = 0;
  for (const day of [addDays(today, -1), today]) {
    for (const offer of await expiredOffers(deps.db, deps.tableName, day, now)) {
      const slot = offer.offeredSlotId
        ? await getSlot(deps.db, deps.tableName, offer.offeredSlotId)
        : undefined;
      const appointment =
        slot?.appointmentId !== undefined
          ? await getAppointment(deps.db, deps.tableName, slot.appointmentId)
          : undefined;
      if (appointment?.patientId === offer.patientId) {
        if (await settleOffer(deps.db, deps.tableName, offer, "accepted")) accepted += 1;
        continue;
      }
      if (!(await settleOffer(deps.db, deps.tableName, offer, "passed-on"))) continue;
      passedOn += 1;
      if (!slot) continue;
      const site = await getSite(deps.db, deps.tableName, slot.siteId);
      if (await offerFreedSlot(deps, slot, site?.name ?? "Your practice", now)) reoffered += 1;
    }
  }
  return { accepted, passedOn, reoffered };
}
