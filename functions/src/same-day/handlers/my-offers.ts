import type { routes } from "@front-door/contracts";
import { londonToday } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { getSite, getSlot, standingOffersFor } from "@front-door/store";
import type { SameDayDeps } from "./same-day-own-request.ts";
import { offeredSlot } from "./same-day-slots.ts";

/**
 * The times the waiting list is holding for the caller, in the same shape as a hold they made
 * themselves, so the same confirm step books them. Only their own (the patient id is the
 * token's) and only while the hold stands.
 */
export function makeMyOffers(deps: SameDayDeps): RouteHandler<typeof routes.myOffers> {
  return async ({ principal }) => {
    const now = deps.now();
    const entries = await standingOffersFor(
      deps.db,
      deps.tableName,
      principal.patientId,
      londonToday(now),
      now,
    );
    // Each offer's slot and site at once (the copy names the site): two round trips in all.
    const read = await Promise.all(
      entries.map((entry) =>
        Promise.all([
          entry.offeredSlotId
            ? getSlot(deps.db, deps.tableName, entry.offeredSlotId)
            : Promise.resolve(undefined),
          getSite(deps.db, deps.tableName, entry.siteId),
        ]),
      ),
    );
    const offers = [];
    for (const [slot, site] of read) {
      // The hold must still be theirs: a slot taken back by staff is not offered.
      if (!slot || slot.holdPatientId !== principal.patientId || !slot.holdExpiresAt) continue;
      if (slot.holdExpiresAt <= now.toISOString()) continue;
      if (!site || site.id !== slot.siteId) continue;
      offers.push({
        hold: { slot: offeredSlot(slot), heldUntil: slot.holdExpiresAt },
        site: { id: site.id, name: site.name, address: site.address, phone: site.phone },
      });
    }
    return { body: { offers } };
  };
}
