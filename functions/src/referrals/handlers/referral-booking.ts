import type {
  OfferedSlot,
  ReferralSlotsResponse,
  ReferralSlotTakenBody,
  routes,
} from "@front-door/contracts";
import {
  addDays,
  Conflict,
  NotFound,
  patientMayBookReferral,
  referralBookingDates,
  referralBookingWindowDays,
  referralSlotProblem,
} from "@front-door/domain";
import type { ResultOf, RouteHandler } from "@front-door/lambda";
import {
  getSlot,
  holdSlotFairly,
  openSlotsOfService,
  type ReferralRecord,
} from "@front-door/store";
import { offeredSlot } from "../../same-day/handlers/same-day-slots.ts";
import {
  ownReferral,
  type ReferralDeps,
  referralSite,
  serviceName,
  siteReferral,
} from "./referral-shared.ts";

/** How many free times a 409 for a taken referral time suggests instead. */
const maxAlternatives = 5;

/**
 * The referral's free times, by London date, from now to the end of the booking window: its
 * own service at the receiving site, bookable ahead (not kept for same-day use), far enough off.
 */
async function freeTimes(deps: ReferralDeps, referral: ReferralRecord, now: Date) {
  const window = referralBookingDates(now);
  const dates = Array.from({ length: referralBookingWindowDays }, (_, i) =>
    addDays(window.from, i),
  );
  const perDay = await openSlotsOfService(
    deps.db,
    deps.tableName,
    referral.siteId,
    referral.serviceCode,
    dates,
  );
  const days = dates
    .map((localDate, i) => ({
      localDate,
      slots: (perDay[i] ?? [])
        .filter((slot) => referralSlotProblem(slot, referral, now) === undefined)
        .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
        .map(offeredSlot),
    }))
    .filter((day) => day.slots.length > 0);
  return { window, days };
}

async function slotsView(
  deps: ReferralDeps,
  referral: ReferralRecord,
): Promise<ReferralSlotsResponse> {
  const [site, times] = await Promise.all([
    referralSite(deps, referral.siteId),
    freeTimes(deps, referral, deps.now()),
  ]);
  return {
    referral: {
      id: referral.id,
      reference: referral.reference,
      serviceName: serviceName(referral.serviceId),
    },
    site: { id: referral.siteId, name: site?.name ?? referral.siteId },
    ...times,
  };
}

const notBookableByPatient = (referral: ReferralRecord) =>
  new Conflict(
    referral.stage === "accepted" && !referral.bookOnline
      ? "This service books appointments itself. They will contact you to arrange one."
      : referral.stage === "booked"
        ? "This referral already has an appointment. Cancel it first to choose another time."
        : "You can choose an appointment once the service has accepted your referral.",
    "referral_booking_unavailable",
  );

/** The patient's free times for their accepted referral (where the service books online). */
export function makeMyReferralSlots(
  deps: ReferralDeps,
): RouteHandler<typeof routes.myReferralSlots> {
  return async ({ principal, params }) => {
    const { referral } = await ownReferral(deps, principal.patientId, params.referralId);
    if (!patientMayBookReferral(referral)) throw notBookableByPatient(referral);
    return { body: await slotsView(deps, referral) };
  };
}

/** Free times a member of the receiving site's staff may book the referral into. */
export function makeStaffReferralSlots(
  deps: ReferralDeps,
): RouteHandler<typeof routes.staffReferralSlots> {
  return async ({ principal, params }) => {
    const { referral } = await siteReferral(deps, principal.siteId, params.referralId);
    return { body: await slotsView(deps, referral) };
  };
}

type HoldResult = ResultOf<typeof routes.myReferralHold>;

/**
 * Holds one of the referral's free times for the patient for 15 minutes while they confirm
 * (the book action), as same-day booking does: of any number racing for a time, one gets it;
 * the others get a 409 `slot_taken` with the referral's next free times.
 */
export function makeMyReferralHold(deps: ReferralDeps): RouteHandler<typeof routes.myReferralHold> {
  return async ({ principal, params, body }) => {
    const now = deps.now();
    const { referral } = await ownReferral(deps, principal.patientId, params.referralId);
    if (!patientMayBookReferral(referral)) throw notBookableByPatient(referral);
    const slot = await getSlot(deps.db, deps.tableName, body.slotId);
    if (!slot) throw new NotFound("We could not find that time. Choose a time from the list");
    const problem = referralSlotProblem({ ...slot, status: "free" }, referral, now);
    if (problem) throw new Conflict(problem, "slot_not_bookable");
    // One live referral hold each: holding this time lets go of any other the patient held.
    const outcome = await holdSlotFairly(deps.db, deps.tableName, {
      slotId: slot.id,
      patientId: principal.patientId,
      journey: "referral",
      now,
      // Read above: the answer names it without reading it again.
      slotDetails: async () => slot,
    });
    switch (outcome.kind) {
      case "held":
        return { body: { slot: offeredSlot(outcome.slot), heldUntil: outcome.expiresAt } };
      case "slot-taken": {
        const { days } = await freeTimes(deps, referral, now);
        return slotTaken(
          days
            .flatMap((day) => day.slots)
            .filter((free) => free.id !== slot.id)
            .slice(0, maxAlternatives),
        );
      }
      case "not-found":
        throw new NotFound("We could not find that time. Choose a time from the list");
      // Neither is asked of a referral's hold (no requirements, no same-day guard).
      case "not-bookable":
      case "already-booked":
        throw new Conflict(
          "This time cannot be booked now. Choose another time",
          "slot_not_bookable",
        );
      default: {
        const unreachable: never = outcome;
        throw new Error(`unhandled hold outcome ${JSON.stringify(unreachable)}`);
      }
    }
  };
}

/** Returned rather than thrown: the typed errors carry no alternatives (see same-day holds). */
function slotTaken(alternatives: OfferedSlot[]): HoldResult {
  const body: ReferralSlotTakenBody = {
    error: {
      code: "slot_taken",
      message:
        alternatives.length > 0
          ? "Sorry, someone else has just taken this time. Choose another time."
          : "Sorry, someone else has just taken this time, and no other times are free to book online. The service will contact you to arrange one, or you can call them.",
    },
    alternatives,
  };
  return { status: 409, body: body as unknown as HoldResult["body"] };
}
