import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { addDays, londonToday } from "@front-door/domain";
import {
  expiredOffers,
  getAppointment,
  getSite,
  getSlot,
  settleOffer,
  type WaitingEntry,
} from "@front-door/store";
import { tryPiece } from "../../job-run.ts";
import { offerSlotOn } from "./waiting-list-offer.ts";

export interface PassOnDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/**
 * Settles every waiting-list offer whose 30 minutes have run out: accepted if the patient
 * booked the slot held for them, otherwise passed on — and the slot offered to the next
 * patient waiting (or left free for anyone). Today's and yesterday's offers, so an offer made
 * just before midnight is not forgotten. The slot is offered on before the offer is settled,
 * so when the store fails (busy or unreachable after its retries) the offer still stands,
 * is counted in `failed`, and the next run tries both again.
 */
export async function passOnExpiredOffers(
  deps: PassOnDeps,
): Promise<{ accepted: number; passedOn: number; reoffered: number; failed: number }> {
  const now = deps.now();
  const today = londonToday(now);
  const counts = { accepted: 0, passedOn: 0, reoffered: 0, failed: 0 };
  for (const day of [addDays(today, -1), today]) {
    for (const offer of await expiredOffers(deps.db, deps.tableName, day, now)) {
      const settled = await tryPiece(counts, () => settleExpired(deps, offer, now));
      if (settled === "accepted") counts.accepted += 1;
      if (settled === "passed-on" || settled === "reoffered") counts.passedOn += 1;
      if (settled === "reoffered") counts.reoffered += 1;
    }
  }
  return counts;
}

async function settleExpired(
  deps: PassOnDeps,
  offer: WaitingEntry,
  now: Date,
): Promise<"accepted" | "passed-on" | "reoffered" | "settled-meanwhile"> {
  const slot = offer.offeredSlotId
    ? await getSlot(deps.db, deps.tableName, offer.offeredSlotId)
    : undefined;
  const appointment =
    slot?.appointmentId !== undefined
      ? await getAppointment(deps.db, deps.tableName, slot.appointmentId)
      : undefined;
  if (appointment?.patientId === offer.patientId) {
    const accepted = await settleOffer(deps.db, deps.tableName, offer, "accepted");
    return accepted ? "accepted" : "settled-meanwhile";
  }
  // Offering the slot on passes this offer on in the same step when someone is waiting.
  const site = slot ? await getSite(deps.db, deps.tableName, slot.siteId) : undefined;
  const reoffered = slot
    ? await offerSlotOn(deps, slot, site?.name ?? "Your practice", now)
    : false;
  const passedOn = await settleOffer(deps.db, deps.tableName, offer, "passed-on");
  return reoffered ? "reoffered" : passedOn ? "passed-on" : "settled-meanwhile";
}
