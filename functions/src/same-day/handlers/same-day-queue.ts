import type { routes } from "@front-door/contracts";
import { londonToday, NotFound } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { askForCallback, joinWaitingList } from "@front-door/store";
import {
  ownRequest,
  requireOpenToday,
  type SameDayDeps,
  sameDayService,
} from "./same-day-own-request.ts";

const queuedMessage =
  "Your practice will call you back today. Keep your phone with you. If you get worse, call 111, or 999 in an emergency.";

/**
 * A patient who found no time asks to be called back: their request joins the site's queue.
 * Asking twice is answered the same as once.
 */
export function makeSameDayCallback(
  deps: SameDayDeps,
): RouteHandler<typeof routes.sameDayCallback> {
  return async ({ principal, params }) => {
    const request = await ownRequest(deps, principal.patientId, params.requestId);
    requireOpenToday(request, deps.now());
    const outcome = await askForCallback(deps.db, deps.tableName, request.id, principal.patientId);
    if (outcome.kind === "not-started") {
      if (outcome.status === undefined) throw new NotFound("We could not find that request");
      // Changed meanwhile: already in the queue is fine, anything else is explained.
      if (outcome.status !== "open")
        requireOpenToday({ ...request, status: outcome.status }, deps.now());
    }
    return { body: { requestId: request.id, status: "open", message: queuedMessage } };
  };
}

/**
 * Joins the waiting list for the request's site, same-day GP, today. When a time frees up it
 * is held for the first patient waiting and they are sent a message.
 */
export function makeSameDayWaitingList(
  deps: SameDayDeps,
): RouteHandler<typeof routes.sameDayWaitingList> {
  return async ({ principal, body }) => {
    const now = deps.now();
    const request = await ownRequest(deps, principal.patientId, body.requestId);
    requireOpenToday(request, now);
    const localDate = londonToday(now);
    const outcome = await joinWaitingList(deps.db, deps.tableName, {
      siteId: request.siteId,
      service: sameDayService,
      localDate,
      patientId: principal.patientId,
      joinedAt: now.toISOString(),
    });
    return {
      body: {
        siteId: request.siteId,
        localDate,
        status: outcome.kind,
        message:
          "You are on the waiting list for today. If a time frees up, we will hold it for you and send you a message.",
      },
    };
  };
}
