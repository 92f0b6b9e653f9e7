import { describe, expect, it } from "vitest";
import {
  effectiveSlotStatus,
  holdExpiry,
  isHoldExpired,
  type SlotState,
  slotTransition,
} from "./slot-rules.ts";

const heldAt = new Date("2026-11-24T10:00:00.000Z");
const held: SlotState = {
  status: "busy-tentative",
  holdPatientId: "patient-1",
  holdExpiresAt: holdExpiry(heldAt),
};
const at = (minutes: number, ms = 0) => new Date(heldAt.getTime() + minutes * 60_000 + ms);

describe("holds", () => {
  it("last exactly 15 minutes", () => {
    expect(holdExpiry(heldAt)).toBe("2026-11-24T10:15:00.000Z");
    expect(isHoldExpired(held, at(14, 59_999))).toBe(false);
    expect(isHoldExpired(held, at(15))).toBe(true);
    expect(isHoldExpired(held, at(16))).toBe(true);
  });

  it("make the slot free again once expired, without anyone freeing it", () => {
    expect(effectiveSlotStatus(held, at(14, 59_999))).toBe("busy-tentative");
    expect(effectiveSlotStatus(held, at(15))).toBe("free");
  });

  it("only ever expire on tentative slots", () => {
    const booked: SlotState = { status: "busy", holdExpiresAt: held.holdExpiresAt };
    expect(isHoldExpired(booked, at(60))).toBe(false);
    expect(effectiveSlotStatus(booked, at(60))).toBe("busy");
  });

  it("count as expired when the expiry is missing, so a slot cannot stay held for ever", () => {
    expect(isHoldExpired({ status: "busy-tentative" }, heldAt)).toBe(true);
    expect(isHoldExpired({ status: "busy-tentative", holdExpiresAt: "soon" }, heldAt)).toBe(true);
  });
});

describe("slotTransition", () => {
  const now = at(5);
  const block = { kind: "block", reason: "Clinician training" } as const;

  it("blocks only a free slot (an expired hold counts as free)", () => {
    expect(slotTransition({ status: "free" }, block, now)).toEqual({
      kind: "ok",
      to: "busy-unavailable",
    });
    expect(slotTransition(held, block, at(15))).toEqual({ kind: "ok", to: "busy-unavailable" });
    expect(slotTransition({ status: "busy" }, block, now)).toEqual({
      kind: "not-allowed",
      message:
        "This slot is booked. Blocking a booked slot is refused: cancel the appointment first.",
    });
    expect(slotTransition(held, block, now).kind).toBe("not-allowed");
    expect(slotTransition({ status: "busy-unavailable" }, block, now)).toEqual({
      kind: "not-allowed",
      message: "This slot is already blocked.",
    });
  });

  it("needs a reason to block", () => {
    expect(slotTransition({ status: "free" }, { kind: "block", reason: "  " }, now)).toEqual({
      kind: "not-allowed",
      message: "Give a reason for blocking the slot.",
    });
  });

  it("unblocks only a blocked slot", () => {
    expect(slotTransition({ status: "busy-unavailable" }, { kind: "unblock" }, now)).toEqual({
      kind: "ok",
      to: "free",
    });
    for (const status of ["free", "busy", "busy-tentative"] as const) {
      const slot = status === "busy-tentative" ? held : { status };
      expect(slotTransition(slot, { kind: "unblock" }, now).kind).toBe("not-allowed");
    }
  });

  it("holds a free slot for 15 minutes from now", () => {
    expect(
      slotTransition({ status: "free" }, { kind: "hold", patientId: "patient-2" }, now),
    ).toEqual({ kind: "ok", to: "busy-tentative", holdExpiresAt: "2026-11-24T10:20:00.000Z" });
  });

  it("refuses a hold on another patient's live hold, a booked or a blocked slot", () => {
    const hold = { kind: "hold", patientId: "patient-2" } as const;
    expect(slotTransition(held, hold, now)).toEqual({
      kind: "not-allowed",
      message: "Sorry, someone else is booking this slot. Choose another time.",
    });
    expect(slotTransition({ status: "busy" }, hold, now).kind).toBe("not-allowed");
    expect(slotTransition({ status: "busy-unavailable" }, hold, now).kind).toBe("not-allowed");
    expect(slotTransition({ status: "entered-in-error" }, hold, now).kind).toBe("not-allowed");
  });

  it("lets a patient renew their own live hold, and anyone take an expired one", () => {
    expect(slotTransition(held, { kind: "hold", patientId: "patient-1" }, now)).toMatchObject({
      kind: "ok",
      holdExpiresAt: "2026-11-24T10:20:00.000Z",
    });
    expect(slotTransition(held, { kind: "hold", patientId: "patient-2" }, at(15))).toMatchObject({
      kind: "ok",
      to: "busy-tentative",
      holdExpiresAt: "2026-11-24T10:30:00.000Z",
    });
  });
});
