import { describe, expect, it } from "vitest";
import { heldUntilText, offerableSlots, offeredTimes, offerIsOpen, timeText } from "./offer.ts";

const time = (slotId: string, start: string, localStart: string) => ({
  slotId,
  service: "same-day-gp",
  channel: "in-person" as const,
  start,
  end: start,
  localDate: "2026-12-09",
  localStart,
});

const offer = {
  times: [
    time("b", "2026-12-09T09:15:00.000Z", "09:15"),
    time("a", "2026-12-09T09:00:00.000Z", "09:00"),
    time("b", "2026-12-09T09:15:00.000Z", "09:15"),
  ],
  offeredAt: "2026-12-08T10:00:00.000Z",
  holdMinutes: 60,
  expiresAt: "2026-12-08T11:00:00.000Z",
};

describe("times offered as an answer", () => {
  it("lists each time once, soonest first, in NHS time style", () => {
    expect(offeredTimes(offer).map((t) => t.slotId)).toEqual(["a", "b"]);
    expect(timeText(offer.times[0] as never)).toBe("Wednesday 9 December at 9:15am, in person");
  });

  it("says until when they are held, in London time (GMT and BST)", () => {
    expect(heldUntilText("2026-12-08T11:00:00.000Z")).toBe("11am on Tuesday 8 December");
    expect(heldUntilText("2026-06-30T16:30:00.000Z")).toBe("5:30pm on Tuesday 30 June");
  });

  it("is open until it expires, not at the instant it does", () => {
    expect(offerIsOpen(offer, "2026-12-08T10:59:59.000Z")).toBe(true);
    expect(offerIsOpen(offer, "2026-12-08T11:00:00.000Z")).toBe(false);
    expect(offerIsOpen(undefined, "2026-12-08T10:00:00.000Z")).toBe(false);
  });

  it("offers only free slots that have not started, in time order, each time and channel once", () => {
    const slot = (id: string, status: string, start: string) =>
      ({ id, status, start, channel: "in-person" }) as never;
    const chosen = offerableSlots(
      [
        slot("late", "free", "2026-12-08T15:00:00.000Z"),
        slot("gone", "free", "2026-12-08T09:00:00.000Z"),
        slot("held", "busy-tentative", "2026-12-08T12:00:00.000Z"),
        slot("soon", "free", "2026-12-08T11:00:00.000Z"),
        slot("soon-room-2", "free", "2026-12-08T11:00:00.000Z"),
      ],
      "2026-12-08T10:00:00.000Z",
    );
    expect(chosen.map((s: { id: string }) => s.id)).toEqual(["soon", "late"]);
  });
});
