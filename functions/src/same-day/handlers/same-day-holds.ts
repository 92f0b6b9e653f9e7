import type {
  AlreadyBookedTodayBody,
  HoldResponse,
  routes,
  SlotTakenBody,
} from "@front-door/contracts";
import { sameDayCallback, sameDayWaitingList } from "@front-door/contracts/routes";
import {
  Conflict,
  londonToday,
  NotFound,
  siteIdOfSlotId,
  todaysStartWindow,
} from "@front-door/domain";
import type { ResultOf, RouteHandler } from "@front-door/lambda";
import {
  type FairHoldOutcome,
  getAppointment,
  getSite,
  holdSlotFairly,
  type SlotRecord,
} from "@front-door/store";
import { sameDayService } from "./same-day-own-request.ts";
import { type AlternativesDeps, alternativesAt, offeredSlot } from "./same-day-slots.ts";

type HoldResult = ResultOf<typeof routes.sameDayHoldCreate>;
/** What a hold's turn found: the store's answer, or a sighting of the slot taken. */
type TurnOutcome = FairHoldOutcome | { kind: "seen-taken" };

/**
 * Holds a free same-day slot for the caller for 15 minutes while they confirm. Of any number
 * of patients racing for one slot exactly one gets it (one conditional write in the store);
 * the others get a 409 `slot_taken` with the next free times at that site today. A hold is
 * idempotent by its condition: the patient holding the slot may hold it again (a retry after a
 * lost answer gets its 200, with the hold renewed), so no Idempotency-Key record is kept.
 *
 * Only today's same-day GP times that have not started may be held, whoever holds them: that
 * is checked by a consistent look first (most holds in a rush are refused there, with no write)
 * and again in the write, whose refusal returns the slot as it was, to say which of not found,
 * not bookable or taken it was. The same write lets go of any other
 * same-day time the patient held (one live hold each) and refuses a patient who already has a
 * same-day appointment today: a 409 already_booked_today that names it.
 */
export function makeSameDayHold(
  deps: AlternativesDeps & {
    /** What this container learns about a slot (held or found taken), for its suggestions. */
    noteSlotTaken?: (
      slot: Pick<
        SlotRecord,
        "id" | "siteId" | "localDate" | "status" | "holdPatientId" | "holdExpiresAt" | "start"
      >,
    ) => void;
    /**
     * Whether this container saw the slot held by someone else moments ago, or booked or
     * blocked (while its copy of the site's day agrees): refused as taken, with suggestions,
     * without reading the slot (recent-reads.ts).
     */
    takenLately?: (slotId: string, patientId: string, now: Date) => Promise<boolean>;
    /** Runs each hold of a slot after the one before it in this function (hold-turns.ts). */
    inTurn?: <T>(slotId: string, turn: () => Promise<T>) => Promise<T>;
  },
): RouteHandler<typeof routes.sameDayHoldCreate> {
  const inTurn = deps.inTurn ?? ((_slotId, turn) => turn());
  return async ({ principal, body }) => {
    // One hold of a slot at a time in this function (hold-turns.ts): one behind a hold that
    // won finds it sighted below, and is refused without a call.
    const outcome = await inTurn(body.slotId, async (): Promise<TurnOutcome> => {
      const now = deps.now();
      if (await deps.takenLately?.(body.slotId, principal.patientId, now)) {
        return { kind: "seen-taken" };
      }
      const window = todaysStartWindow(now);
      const held = await holdSlotFairly(deps.db, deps.tableName, {
        slotId: body.slotId,
        patientId: principal.patientId,
        journey: "same-day",
        now,
        requirements: {
          service: sameDayService,
          startsFrom: window.from,
          startsBefore: window.before,
        },
        notBookedOn: londonToday(now),
        ...(body.changing ? { changing: body.changing } : {}),
        // Where and when the slot is, for the answer: from the function's copy of the site's
        // day beside the hold's one transaction (a copy without it: one read beside it instead).
        ...(deps.openSameDaySlots ? { slotDetails: fromSiteDay(deps.openSameDaySlots, now) } : {}),
      });
      if (held.kind === "held" || held.kind === "slot-taken") deps.noteSlotTaken?.(held.slot);
      return held;
    });
    switch (outcome.kind) {
      case "seen-taken":
        return slotTaken(await alternativesAt(deps, siteIdOfSlotId(body.slotId), body.slotId));
      case "held":
        return { body: { slot: offeredSlot(outcome.slot), heldUntil: outcome.expiresAt } };
      case "slot-taken":
        return slotTaken(await alternativesAt(deps, outcome.slot.siteId, outcome.slot.id));
      case "not-bookable":
        throw new Conflict(
          "This time cannot be booked now. Choose another time from the list",
          "slot_not_bookable",
        );
      case "not-found":
        throw new NotFound("We could not find that time. Choose a time from the list");
      case "already-booked":
        return alreadyBooked(deps, outcome.appointmentId);
      default: {
        const unreachable: never = outcome;
        throw new Error(`unhandled hold outcome ${JSON.stringify(unreachable)}`);
      }
    }
  };
}

/**
 * A slot's details from a copy of its site's day. Slot ids begin with their site's id (see
 * slotId in the domain); an id that does not is simply not found, and read instead.
 */
function fromSiteDay(
  openSameDaySlots: NonNullable<AlternativesDeps["openSameDaySlots"]>,
  now: Date,
) {
  return async (slotId: string) => {
    const siteId = siteIdOfSlotId(slotId);
    if (!siteId) return undefined;
    return (await openSameDaySlots(siteId, now)).find((open) => open.id === slotId);
  };
}

/**
 * The 409 for a taken slot carries alternatives, which the glue's typed errors cannot (their
 * body is code, message and fields only). So it is returned, not thrown: the body is the usual
 * error body plus `alternatives` (SlotTakenBody), which clients reading only `error` ignore.
 * Holds keep no idempotency record, so a retry tries the slot again and, if it is still taken,
 * gets the alternatives free by then.
 */
function slotTaken(alternatives: SlotTakenBody["alternatives"]): HoldResult {
  const body: SlotTakenBody = {
    error: {
      code: "slot_taken",
      message:
        alternatives.length > 0
          ? "Sorry, someone else has just taken this time. Choose another time."
          : "Sorry, someone else has just taken this time, and there are no other times free here today. Ask your practice to call you back, or join the waiting list.",
    },
    alternatives,
    nextSteps: [
      {
        kind: "call-back",
        method: "POST",
        path: sameDayCallback.path,
        description: "Ask the practice to call you back today (your same-day request id)",
      },
      {
        kind: "waiting-list",
        method: "POST",
        path: sameDayWaitingList.path,
        description: "Join today's waiting list: a time that frees up is held for you",
      },
    ],
  };
  // The route's schema describes the 200; this second shape is documented by SlotTakenBody.
  return { status: 409, body: body as unknown as HoldResponse };
}

/** The 409 for a patient already booked today, with that appointment (returned, as above). */
async function alreadyBooked(deps: AlternativesDeps, appointmentId: string): Promise<HoldResult> {
  const appointment = await getAppointment(deps.db, deps.tableName, appointmentId);
  if (!appointment) {
    // The guard outlived its appointment (cancelled between the two reads): say so plainly.
    throw new Conflict(
      "You already have a same-day appointment today. Check your appointments.",
      "already_booked_today",
    );
  }
  const site = await getSite(deps.db, deps.tableName, appointment.siteId);
  const body: AlreadyBookedTodayBody = {
    error: {
      code: "already_booked_today",
      message: `You already have a same-day appointment today at ${appointment.localStart}. You can have one a day: cancel it first if you need a different time.`,
    },
    appointment: {
      id: appointment.id,
      siteName: site?.name ?? "your practice",
      channel: appointment.channel,
      start: appointment.start,
      localDate: appointment.localDate,
      localStart: appointment.localStart,
    },
  };
  // Documented beside SlotTakenBody as the route's 409 shapes.
  return { status: 409, body: body as unknown as HoldResponse };
}
