import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { addDays, londonToday } from "@front-door/domain";
import {
  expiredOffers,
  getAppointment,
  getSite,
  getSlot,
  type OwedOffer,
  owedOffersDue,
  settleOffer,
  settleOwedOffer,
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
 *
 * Then the offers owed: a slot freed today (a cancellation, a change, an unblock) whose
 * request could not make its waiting-list offer after committing — the store failed it — is
 * offered now, and the debt settled only once the offer was tried.
 */
export async function passOnExpiredOffers(deps: PassOnDeps): Promise<{
  accepted: number;
  passedOn: number;
  reoffered: number;
  owedOffered: number;
  failed: number;
}> {
  const now = deps.now();
  const today = londonToday(now);
  const counts = { accepted: 0, passedOn: 0, reoffered: 0, owedOffered: 0, failed: 0 };
  for (const day of [addDays(today, -1), today]) {
    for (const offer of await expiredOffers(deps.db, deps.tableName, day, now)) {
      const settled = await tryPiece(counts, () => settleExpired(deps, offer, now));
      if (settled === "accepted") counts.accepted += 1;
      if (settled === "passed-on" || settled === "reoffered") counts.passedOn += 1;
      if (settled === "reoffered") counts.reoffered += 1;
    }
  }
  for (const owed of await owedOffersDue(deps.db, deps.tableName, today, now)) {
    const offered = await tryPiece(counts, () => settleOwed(deps, owed, now));
    if (offered) counts.owedOffered += 1;
  }
  return counts;
}

/**
 * Offers an owed slot if it is still free and yet to start, then settles the debt. When the
 * freeing request's own offer worked, the slot is held for that patient and nothing more
 * happens; when the store fails, the debt stays for the next run.
 */
async function settleOwed(deps: PassOnDeps, owed: OwedOffer, now: Date): Promise<boolean> {
  const slot = await getSlot(deps.db, deps.tableName, owed.slotId);
  const nowIso = now.toISOString();
  // Free, or held by someone whose hold ran out: the offer's own condition says the same.
  const free =
    slot?.status === "free" ||
    (slot?.status === "busy-tentative" && (slot.holdExpiresAt ?? "") <= nowIso);
  const open = slot !== undefined && free && slot.start > nowIso;
  const site = open ? await getSite(deps.db, deps.tableName, slot.siteId) : undefined;
  const offered = open ? await offerSlotOn(deps, slot, site?.name ?? "Your practice", now) : false;
  await settleOwedOffer(deps.db, deps.tableName, owed);
  return offered;
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
