import type { SlotStatus } from "./statuses.ts";

/** How long a patient may hold a slot while they confirm (online booking links use ~15). */
export const holdMinutes = 15;

/** The parts of a slot that decide what may happen to it. */
export interface SlotState {
  status: SlotStatus;
  /** UTC instant (ISO 8601) at which a busy-tentative hold ends. */
  holdExpiresAt?: string | undefined;
  holdPatientId?: string | undefined;
}

export type SlotAction =
  | { kind: "block"; reason: string }
  | { kind: "unblock" }
  | { kind: "hold"; patientId: string };

export type SlotChange =
  | { kind: "ok"; to: SlotStatus; holdExpiresAt?: string }
  | { kind: "not-allowed"; message: string };

/** When a hold placed at `now` ends. */
export function holdExpiry(now: Date): string {
  return new Date(now.getTime() + holdMinutes * 60_000).toISOString();
}

/**
 * A hold has run out at its expiry instant exactly (the store's conditions agree: a hold is
 * live while holdExpiresAt > now). A tentative slot without a readable expiry counts as
 * expired, so no slot can be stuck on hold for ever.
 */
export function isHoldExpired(slot: SlotState, now: Date): boolean {
  if (slot.status !== "busy-tentative") return false;
  const expiresAt = slot.holdExpiresAt ? Date.parse(slot.holdExpiresAt) : Number.NaN;
  return !Number.isFinite(expiresAt) || now.getTime() >= expiresAt;
}

/** The status to show and act on: an expired hold is free again without anyone freeing it. */
export function effectiveSlotStatus(slot: SlotState, now: Date): SlotStatus {
  return isHoldExpired(slot, now) ? "free" : slot.status;
}

const refusals: Record<SlotAction["kind"], Partial<Record<SlotStatus, string>>> = {
  block: {
    busy: "This slot is booked. Blocking a booked slot is refused: cancel the appointment first.",
    "busy-tentative":
      "A patient is holding this slot while they confirm a booking. Try again in 15 minutes.",
    "busy-unavailable": "This slot is already blocked.",
  },
  unblock: {
    free: "This slot is not blocked.",
    busy: "This slot is booked, not blocked.",
    "busy-tentative": "This slot is being held by a patient, not blocked.",
  },
  hold: {
    busy: "Sorry, this slot has just been booked. Choose another time.",
    "busy-tentative": "Sorry, someone else is booking this slot. Choose another time.",
    "busy-unavailable": "This slot is not available. Choose another time.",
  },
};

/**
 * Block (busy-unavailable) only a free slot; unblock only a blocked one; hold only a free slot
 * (a patient may renew their own live hold). Expired holds count as free throughout.
 */
export function slotTransition(slot: SlotState, action: SlotAction, now: Date): SlotChange {
  const status = effectiveSlotStatus(slot, now);
  if (status === "entered-in-error") {
    return { kind: "not-allowed", message: "This slot was entered in error and cannot be used." };
  }
  switch (action.kind) {
    case "block":
      if (action.reason.trim() === "") {
        return { kind: "not-allowed", message: "Give a reason for blocking the slot." };
      }
      return status === "free"
        ? { kind: "ok", to: "busy-unavailable" }
        : refuse(action.kind, status);
    case "unblock":
      return status === "busy-unavailable"
        ? { kind: "ok", to: "free" }
        : refuse(action.kind, status);
    case "hold": {
      const ownLiveHold = status === "busy-tentative" && slot.holdPatientId === action.patientId;
      return status === "free" || ownLiveHold
        ? { kind: "ok", to: "busy-tentative", holdExpiresAt: holdExpiry(now) }
        : refuse(action.kind, status);
    }
    default: {
      const unknown: never = action;
      throw new Error(`unknown slot action ${JSON.stringify(unknown)}`);
    }
  }
}

function refuse(action: SlotAction["kind"], status: SlotStatus): SlotChange {
  return {
    kind: "not-allowed",
    message: refusals[action][status] ?? `This slot cannot be changed now (it is ${status}).`,
  };
}
