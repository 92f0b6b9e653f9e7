import type { routes } from "@front-door/contracts";
import { Conflict, NotFound } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { blockSlot, type SlotRecord, unblockSlot } from "@front-door/store";
import {
  offerToWaitingList,
  ownSite,
  type StaffDeps,
  slotAtSite,
  toApiSlot,
} from "./staff-shared.ts";

const gone = () => new NotFound("There is no slot with that id at your site");

/** Why a block was refused, for the receptionist who pressed the button. */
function blockRefusal(status: SlotRecord["status"]): Conflict {
  switch (status) {
    case "busy":
      return new Conflict(
        "This slot is booked. Cancel the appointment first, then block the slot.",
        "slot_booked",
      );
    case "busy-tentative":
      return new Conflict(
        "A patient is booking this slot right now. If they confirm it, cancel the appointment first; otherwise try again in 15 minutes.",
        "slot_booked",
      );
    case "busy-unavailable":
      return new Conflict("This slot is already blocked.", "slot_already_blocked");
    case "free":
      // The slot changed between the refusal and the read: say so rather than guess.
      return new Conflict("This slot changed while you were blocking it. Try again.", "conflict");
    default: {
      const unknown: never = status;
      throw new Error(`unknown slot status ${String(unknown)}`);
    }
  }
}

/** Blocks a free slot at the receptionist's own site with a reason (FHIR busy-unavailable). */
export function makeStaffSlotBlock(deps: StaffDeps): RouteHandler<typeof routes.staffSlotBlock> {
  return async ({ principal, params, body }) => {
    await slotAtSite(deps, params.slotId, principal.siteId);
    const now = deps.now();
    const outcome = await blockSlot(deps.db, deps.tableName, params.slotId, body.reason, now);
    switch (outcome.kind) {
      case "done":
        return { body: { slot: toApiSlot(outcome.slot, now), offeredToWaitingList: false } };
      case "not-found":
        throw gone();
      case "refused":
        throw blockRefusal(outcome.status);
      default: {
        const unknown: never = outcome;
        throw new Error(`unknown outcome ${JSON.stringify(unknown)}`);
      }
    }
  };
}

/** Unblocks a slot at the receptionist's own site and offers it to the day's waiting list. */
export function makeStaffSlotUnblock(
  deps: StaffDeps,
): RouteHandler<typeof routes.staffSlotUnblock> {
  return async ({ principal, params }) => {
    await slotAtSite(deps, params.slotId, principal.siteId);
    const now = deps.now();
    const outcome = await unblockSlot(deps.db, deps.tableName, params.slotId, now);
    switch (outcome.kind) {
      case "done": {
        const site = await ownSite(deps, principal.siteId);
        const offered = await offerToWaitingList(deps, outcome.slot, site, now);
        const slot = offered
          ? await slotAtSite(deps, params.slotId, principal.siteId)
          : outcome.slot;
        return { body: { slot: toApiSlot(slot, now), offeredToWaitingList: offered } };
      }
      case "not-found":
        throw gone();
      case "refused":
        throw new Conflict("This slot is not blocked.", "slot_not_blocked");
      default: {
        const unknown: never = outcome;
        throw new Error(`unknown outcome ${JSON.stringify(unknown)}`);
      }
    }
  };
}
