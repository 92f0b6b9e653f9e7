import type { routes } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import { releaseHold } from "@front-door/store";
import type { SameDayDeps } from "./same-day-own-request.ts";

/**
 * Lets go of the caller's own hold when they choose another time, so the slot is free for
 * others now rather than in 15 minutes. Only a hold that is the caller's and still a hold
 * changes (one conditional write); anything else answers `released: false` and changes
 * nothing, so another patient's hold or a booked slot is never touched.
 */
export function makeHoldRelease(deps: SameDayDeps): RouteHandler<typeof routes.myHoldRelease> {
  return async ({ principal, body }) => ({
    body: {
      released: await releaseHold(deps.db, deps.tableName, body.slotId, principal.patientId),
    },
  });
}
