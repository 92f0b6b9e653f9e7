import { randomUUID } from "node:crypto";
import type { Principal, routes, StaffAdviceAction } from "@front-door/contracts";
import {
  addDays,
  bookingReference,
  Conflict,
  londonToday,
  londonToUtc,
  nextStatus,
  readableDate,
  Unprocessable,
  workingDayEnds,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  type AdviceAppointment,
  type AdviceChange,
  type AdviceEntryRecord,
  type AdviceOfferedTime,
  type AdviceRequestRecord,
  bookAdviceAppointment,
  getSlot,
  newAppointment,
  offerAdviceTimes,
  releaseHold,
  type SlotRecord,
} from "@front-door/store";
import {
  type AdviceDeps,
  changedMeanwhile,
  nextEntry,
  patientRequest,
  patientThread,
  requestView,
  settingsOf,
} from "./advice-shared.ts";
import { newMessageFor } from "./patient-advice.ts";

type OfferTimes = Extract<StaffAdviceAction, { type: "offer-times" }>;
type Book = Extract<StaffAdviceAction, { type: "book" }>;
type StaffPrincipal = Extract<Principal, { role: "receptionist" | "clinician" }>;

export function offeredTime(slot: SlotRecord): AdviceOfferedTime {
  const { id, service, channel, start, end, localDate, localStart } = slot;
  return { slotId: id, service, channel, start, end, localDate, localStart };
}

/** "Tuesday 8 December at 2:30pm": how a time is written in the thread (NHS style). */
export function spokenTime(time: Pick<AdviceOfferedTime, "localDate" | "localStart">): string {
  const [hours, minutes] = time.localStart.split(":").map(Number) as [number, number];
  const clock =
    hours === 12 && minutes === 0
      ? "midday"
      : `${hours % 12 === 0 ? 12 : hours % 12}${minutes === 0 ? "" : `:${String(minutes).padStart(2, "0")}`}${hours < 12 ? "am" : "pm"}`;
  return `${readableDate(time.localDate)} at ${clock}`;
}

/** The slots staff chose: each of this site and still to come, or a 422 naming the field. */
async function slotsOfSite(
  deps: AdviceDeps,
  siteId: string,
  slotIds: readonly string[],
  field: string,
): Promise<SlotRecord[]> {
  const now = deps.now().toISOString();
  const slots = await Promise.all(slotIds.map((id) => getSlot(deps.db, deps.tableName, id)));
  const usable = slots.filter(
    (slot): slot is SlotRecord => slot !== undefined && slot.siteId === siteId && slot.start > now,
  );
  if (usable.length !== slotIds.length) {
    throw new Unprocessable(
      "Choose times at this site that are still to come",
      "advice_time_not_usable",
      [{ path: field, message: "Choose times at this site that are still to come" }],
    );
  }
  return usable;
}

/**
 * Lets go of holds no longer offered, after the write that made them so. Best effort: a hold
 * left behind runs out by itself at the offer's expiry, so a failure here must not turn a
 * booking that worked into an error.
 */
async function letGo(deps: AdviceDeps, patientId: string, slotIds: readonly string[]) {
  await Promise.allSettled(
    slotIds.map((slotId) => releaseHold(deps.db, deps.tableName, slotId, patientId)),
  );
}

/** Holds of `request`'s offer other than those kept. */
export function holdsToLetGo(request: AdviceRequestRecord, keep: readonly string[]): string[] {
  return (request.offer?.times ?? []).map((t) => t.slotId).filter((id) => !keep.includes(id));
}

function scopeOf(request: AdviceRequestRecord, now: Date) {
  return { icbId: request.icbId, siteId: request.siteId, localDate: londonToday(now) };
}

function firstResponseDeltas(request: AdviceRequestRecord, at: string): Record<string, number> {
  if (request.firstResponseAt !== undefined) return {};
  return {
    adviceFirstResponses: 1,
    ...(at <= request.replyDueAt ? { adviceFirstResponsesInTarget: 1 } : {}),
  };
}

/** Staff offer times: held for the patient for the minutes stated; the request waits for them. */
export async function offerTimes(
  deps: AdviceDeps,
  principal: StaffPrincipal,
  request: AdviceRequestRecord,
  body: OfferTimes,
): Promise<void> {
  const transition = nextStatus(request.status, "offer-times", true);
  if (transition.kind === "refused")
    throw new Conflict(transition.message, "advice_action_not_allowed");
  const slots = await slotsOfSite(deps, request.siteId, body.slotIds, "slotIds");
  const now = deps.now();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + body.holdMinutes * 60_000).toISOString();
  const { settings } = await settingsOf(deps, request.siteId);
  const times = slots.map(offeredTime).sort((a, b) => a.start.localeCompare(b.start));
  // Waiting already: the patient keeps the time they were given to answer.
  const closesAt =
    request.status === "awaiting-patient" && request.closesAt
      ? request.closesAt
      : londonToUtc(
          addDays(londonToday(now), settings.patientReplyDays),
          workingDayEnds,
        ).toISOString();
  const after: AdviceRequestRecord = {
    ...request,
    status: transition.status,
    updatedAt: at,
    lastSeq: request.lastSeq + 1,
    offer: { times, offeredAt: at, holdMinutes: body.holdMinutes, expiresAt },
    closesAt,
    ...(request.firstResponseAt === undefined ? { firstResponseAt: at } : {}),
  };
  const held = spokenTime({
    localDate: londonToday(new Date(expiresAt)),
    localStart: new Date(expiresAt).toLocaleTimeString("en-GB", {
      timeZone: "Europe/London",
      hour: "2-digit",
      minute: "2-digit",
    }),
  });
  const entry = nextEntry(request, {
    at,
    kind: "from-practice",
    visibleToPatient: true,
    by: "staff",
    actorId: principal.userId,
    action: "offer-times",
    fromStatus: request.status,
    toStatus: transition.status,
    needsReply: true,
    text: `${body.text ? `${body.text}\n\n` : ""}We can offer you an appointment. We are holding these times for you until ${held}: ${times.map(spokenTime).join("; ")}. Choose one to book it.`,
  });
  const outcome = await offerAdviceTimes(deps.db, deps.tableName, {
    change: {
      before: request,
      after,
      entries: [entry],
      counts: { scope: scopeOf(request, now), deltas: firstResponseDeltas(request, at) },
      message: await newMessageFor(deps, request.requesterId, request.siteId, request.reference),
    },
    slotIds: times.map((t) => t.slotId),
    now,
    expiresAt,
  });
  if (outcome.kind === "changed-meanwhile") throw changedMeanwhile();
  if (outcome.kind === "slot-taken") {
    throw new Conflict(
      "Someone else has just taken one of those times. Choose again.",
      "slot_taken",
      [{ path: "slotIds", message: "Someone else has just taken one of those times" }],
    );
  }
  await letGo(
    deps,
    request.requesterId,
    holdsToLetGo(request, after.offer?.times.map((t) => t.slotId) ?? []),
  );
}

/** The change that closes a request with an appointment as its answer. */
function bookedChange(
  deps: AdviceDeps,
  request: AdviceRequestRecord,
  appointment: AdviceAppointment,
  entry: Omit<AdviceEntryRecord, "requestId" | "seq" | "at">,
  now: Date,
): Promise<AdviceChange> {
  const at = now.toISOString();
  const { closesAt: _c, offer: _o, ...rest } = request;
  const after: AdviceRequestRecord = {
    ...rest,
    status: "closed",
    outcome: "appointment-booked",
    closedAt: at,
    updatedAt: at,
    lastSeq: request.lastSeq + 1,
    appointment,
    ...(request.firstResponseAt === undefined ? { firstResponseAt: at } : {}),
  };
  return newMessageFor(deps, request.requesterId, request.siteId, request.reference).then(
    (message) => ({
      before: request,
      after,
      entries: [nextEntry(request, { ...entry, at })],
      counts: {
        scope: scopeOf(request, now),
        deltas: {
          ...firstResponseDeltas(request, at),
          adviceClosed: 1,
          "adviceOutcome:appointment-booked": 1,
        },
      },
      message,
    }),
  );
}

async function book(
  deps: AdviceDeps,
  request: AdviceRequestRecord,
  slot: SlotRecord,
  by: { kind: "staff"; userId: string; text?: string } | { kind: "patient"; userId: string },
): Promise<void> {
  const now = deps.now();
  const appointment = newAppointment(slot, {
    id: randomUUID(),
    bookingReference: bookingReference(),
    patientId: request.requesterId,
    sameDay: false,
    bookedBy: by.kind,
    now,
  });
  const answer: AdviceAppointment = {
    ...offeredTime(slot),
    appointmentId: appointment.id,
    bookingReference: appointment.bookingReference,
    bookedBy: by.kind,
  };
  const when = `${spokenTime(answer)} (booking reference ${answer.bookingReference})`;
  const change = await bookedChange(
    deps,
    request,
    answer,
    by.kind === "staff"
      ? {
          kind: "from-practice",
          visibleToPatient: true,
          by: "staff",
          actorId: by.userId,
          action: "book",
          fromStatus: request.status,
          toStatus: "closed",
          needsReply: false,
          outcome: "appointment-booked",
          text: `${by.text ? `${by.text}\n\n` : ""}We have booked you an appointment: ${when}.`,
        }
      : {
          kind: "event",
          visibleToPatient: true,
          by: "patient",
          actorId: by.userId,
          action: "patient-book",
          fromStatus: request.status,
          toStatus: "closed",
          outcome: "appointment-booked",
          text: `You booked an appointment: ${when}.`,
        },
    now,
  );
  const outcome = await bookAdviceAppointment(deps.db, deps.tableName, {
    change,
    appointment,
    claim: by.kind === "patient" ? "held" : "free",
    now,
  });
  if (outcome.kind === "changed-meanwhile") throw changedMeanwhile();
  if (outcome.kind === "slot-taken") {
    throw by.kind === "patient"
      ? new Conflict(
          "This time is no longer held for you. Read the latest message from your practice.",
          "advice_offer_expired",
        )
      : new Conflict("Someone else has just taken that time. Choose another.", "slot_taken", [
          { path: "slotId", message: "Someone else has just taken that time" },
        ]);
  }
  await letGo(deps, request.requesterId, holdsToLetGo(request, [slot.id]));
}

/** Staff book one time for the patient: the appointment is the answer; the request closes. */
export async function bookForPatient(
  deps: AdviceDeps,
  principal: StaffPrincipal,
  request: AdviceRequestRecord,
  body: Book,
): Promise<void> {
  const transition = nextStatus(request.status, "book", true);
  if (transition.kind === "refused")
    throw new Conflict(transition.message, "advice_action_not_allowed");
  const [slot] = await slotsOfSite(deps, request.siteId, [body.slotId], "slotId");
  await book(deps, request, slot as SlotRecord, {
    kind: "staff",
    userId: principal.userId,
    ...(body.text ? { text: body.text } : {}),
  });
}

/** The patient books one of the times offered, while they are still held for them. */
export function makeMyAdviceBook(deps: AdviceDeps): RouteHandler<typeof routes.myAdviceBook> {
  return async ({ principal, params, body }) => {
    const { request } = await patientRequest(deps, principal.patientId, params.requestId);
    const transition = nextStatus(request.status, "patient-book", true);
    if (transition.kind === "refused" || !request.offer)
      throw new Conflict(
        transition.kind === "refused"
          ? transition.message
          : "These times are no longer offered. Read the latest message from your practice.",
        "advice_offer_expired",
      );
    const offered = request.offer.times.find((t) => t.slotId === body.slotId);
    if (!offered) {
      throw new Unprocessable("Choose one of the times offered", "advice_time_not_offered", [
        { path: "slotId", message: "Choose one of the times offered" },
      ]);
    }
    if (request.offer.expiresAt <= deps.now().toISOString()) {
      throw new Conflict(
        "The times held for you have run out. Read the latest message from your practice or send a reply.",
        "advice_offer_expired",
      );
    }
    const slot = await getSlot(deps.db, deps.tableName, body.slotId);
    if (!slot) throw new Conflict("This time is no longer available.", "advice_offer_expired");
    await book(deps, request, slot, { kind: "patient", userId: principal.userId });
    const saved = await patientRequest(deps, principal.patientId, params.requestId);
    return { body: { request: requestView(saved.request, patientThread(saved.entries)) } };
  };
}
