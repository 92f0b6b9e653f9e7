import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors.ts";
import { londonToUtc } from "./london-time.ts";
import {
  isBookableAhead,
  isOfferableToday,
  type OfferableSlot,
  sameDayGuardDate,
  sameDayGuardKey,
  sameDayOffer,
  spreadAlternatives,
  todaysStartWindow,
} from "./same-day.ts";

/** A free slot at a London wall-clock time. */
function slot(date: string, time: string, extra: Partial<OfferableSlot> = {}): OfferableSlot {
  return {
    id: `slot-${date}-${time}-${extra.channel ?? "in-person"}`,
    start: londonToUtc(date, time).toISOString(),
    status: "free",
    channel: "in-person",
    sameDayOnly: true,
    ...extra,
  };
}

const london = (date: string, time: string) => londonToUtc(date, time);

describe("todaysStartWindow", () => {
  // Every minute's slot from an hour before `now` to 26 hours after, against the rule itself.
  const agreesWithTheRule = (now: Date, minimumNoticeMinutes?: number) => {
    const options = minimumNoticeMinutes === undefined ? undefined : { minimumNoticeMinutes };
    const { from, before } = todaysStartWindow(now, options);
    let offered = 0;
    for (let minutes = -60; minutes <= 26 * 60; minutes++) {
      const start = new Date(now.getTime() + minutes * 60_000).toISOString();
      const free: OfferableSlot = {
        id: start,
        start,
        status: "free",
        channel: "in-person",
        sameDayOnly: true,
      };
      const inWindow = start >= from && start < before;
      expect(inWindow, `${start} at ${now.toISOString()}`).toBe(
        isOfferableToday(free, now, options),
      );
      if (inWindow) offered++;
    }
    return offered;
  };

  it("is isOfferableToday's time rule on an ordinary day, as strings that compare", () => {
    expect(todaysStartWindow(london("2026-11-24", "11:00"))).toEqual({
      from: "2026-11-24T11:10:00.000Z",
      before: "2026-11-25T00:00:00.000Z",
    });
    expect(agreesWithTheRule(london("2026-11-24", "11:00"))).toBe(13 * 60 - 10);
    expect(agreesWithTheRule(london("2026-07-14", "08:05"), 0)).toBeGreaterThan(0);
  });

  it("ends at London midnight on the days the clocks change, and is empty near midnight", () => {
    expect(todaysStartWindow(london("2026-03-28", "12:00")).before).toBe(
      "2026-03-29T00:00:00.000Z",
    );
    expect(todaysStartWindow(london("2026-03-29", "12:00")).before).toBe(
      "2026-03-29T23:00:00.000Z",
    );
    expect(todaysStartWindow(london("2026-10-25", "12:00")).before).toBe(
      "2026-10-26T00:00:00.000Z",
    );
    agreesWithTheRule(london("2026-03-29", "00:30"));
    agreesWithTheRule(london("2026-10-25", "00:30"));
    expect(agreesWithTheRule(london("2026-11-24", "23:55"))).toBe(0);
  });
});

describe("isOfferableToday", () => {
  const now = london("2026-11-24", "11:00");

  it("needs at least 10 minutes' notice by default", () => {
    expect(isOfferableToday(slot("2026-11-24", "11:09"), now)).toBe(false);
    expect(isOfferableToday(slot("2026-11-24", "11:10"), now)).toBe(true);
    expect(isOfferableToday(slot("2026-11-24", "10:45"), now)).toBe(false);
    expect(isOfferableToday(slot("2026-11-24", "11:09"), now, { minimumNoticeMinutes: 5 })).toBe(
      true,
    );
  });

  it("offers free slots and expired holds, not live holds, booked or blocked slots", () => {
    const at = slot("2026-11-24", "12:00");
    const expiry = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
    expect(
      isOfferableToday({ ...at, status: "busy-tentative", holdExpiresAt: expiry(0) }, now),
    ).toBe(true);
    expect(
      isOfferableToday({ ...at, status: "busy-tentative", holdExpiresAt: expiry(1) }, now),
    ).toBe(false);
    expect(isOfferableToday({ ...at, status: "busy" }, now)).toBe(false);
    expect(isOfferableToday({ ...at, status: "busy-unavailable" }, now)).toBe(false);
  });

  it("offers both same-day-only and bookable-ahead slots, but only today's", () => {
    expect(isOfferableToday(slot("2026-11-24", "15:00", { sameDayOnly: false }), now)).toBe(true);
    expect(isOfferableToday(slot("2026-11-25", "09:00"), now)).toBe(false);
  });

  it("offers nothing from tomorrow when the notice runs past midnight", () => {
    const lateNight = london("2026-11-24", "23:55");
    expect(isOfferableToday(slot("2026-11-24", "23:58"), lateNight)).toBe(false);
    expect(isOfferableToday(slot("2026-11-25", "00:05"), lateNight)).toBe(false);
    expect(isOfferableToday(slot("2026-11-24", "23:45"), london("2026-11-24", "23:35"))).toBe(true);
  });

  it("uses the London day, not the UTC day, in summer", () => {
    // 00:20 BST on 15 July is 23:20 UTC on 14 July: "today" is already the 15th.
    const justAfterMidnight = london("2026-07-15", "00:20");
    expect(justAfterMidnight.toISOString()).toBe("2026-07-14T23:20:00.000Z");
    expect(isOfferableToday(slot("2026-07-15", "08:00"), justAfterMidnight)).toBe(true);
    expect(isOfferableToday(slot("2026-07-14", "23:50"), justAfterMidnight)).toBe(false);
  });

  it("refuses a negative or fractional notice", () => {
    expect(() =>
      isOfferableToday(slot("2026-11-24", "12:00"), now, { minimumNoticeMinutes: -1 }),
    ).toThrow(InvalidInput);
  });
});

describe("isBookableAhead", () => {
  const now = london("2026-11-24", "11:00");

  it("keeps same-day-only slots back until their day", () => {
    expect(isBookableAhead(slot("2026-11-26", "09:00", { sameDayOnly: true }), now)).toBe(false);
    expect(isBookableAhead(slot("2026-11-26", "09:00", { sameDayOnly: false }), now)).toBe(true);
    expect(isBookableAhead(slot("2026-11-24", "14:00", { sameDayOnly: true }), now)).toBe(true);
  });
});

describe("sameDayOffer", () => {
  it("groups today's offerable slots by channel, soonest channel and soonest slot first", () => {
    const now = london("2026-11-24", "09:00");
    const slots = [
      slot("2026-11-24", "14:00"),
      slot("2026-11-24", "09:30"),
      slot("2026-11-24", "09:20", { channel: "telephone" }),
      slot("2026-11-24", "16:00", { channel: "telephone", sameDayOnly: false }),
      slot("2026-11-24", "09:05", { channel: "video" }),
      slot("2026-11-24", "10:00", { channel: "video", status: "busy" }),
      slot("2026-11-25", "09:00", { channel: "video" }),
    ];
    const offer = sameDayOffer(slots, now);
    expect(offer.londonDate).toBe("2026-11-24");
    expect(offer.total).toBe(4);
    expect(offer.channels.map((group) => [group.channel, group.slots.map((s) => s.id)])).toEqual([
      ["telephone", ["slot-2026-11-24-09:20-telephone", "slot-2026-11-24-16:00-telephone"]],
      ["in-person", ["slot-2026-11-24-09:30-in-person", "slot-2026-11-24-14:00-in-person"]],
    ]);
  });

  it("offers exactly the slots isOfferableToday allows, on ordinary and clock-change days", () => {
    const statuses: Partial<OfferableSlot>[] = [
      { status: "free" },
      { status: "busy" },
      { status: "busy-tentative", holdExpiresAt: "2026-03-29T10:00:00.000Z" },
      { status: "busy-unavailable" },
    ];
    for (const now of [
      london("2026-11-24", "09:00"),
      london("2026-03-29", "00:30"),
      london("2026-03-29", "11:00"),
      london("2026-10-25", "00:30"),
      london("2026-11-24", "23:50"),
    ]) {
      const slots: OfferableSlot[] = [];
      for (let minutes = -90; minutes <= 25 * 60; minutes += 7) {
        const start = new Date(now.getTime() + minutes * 60_000).toISOString();
        const extra = statuses[slots.length % statuses.length];
        slots.push({
          id: `s${slots.length}`,
          start,
          channel: "video",
          sameDayOnly: true,
          status: "free",
          ...extra,
        });
      }
      // And the edges: exactly the notice from now, exactly midnight.
      const edges = todaysStartWindow(now);
      for (const start of [edges.from, edges.before]) {
        slots.push({
          id: `edge-${start}`,
          start,
          channel: "video",
          sameDayOnly: true,
          status: "free",
        });
      }
      const offered = sameDayOffer(slots, now).channels.flatMap((group) => group.slots);
      // Same slots (the offer orders them by start; the list is in another order).
      expect(offered.map((s) => s.id).sort(), now.toISOString()).toEqual(
        slots
          .filter((s) => isOfferableToday(s, now))
          .map((s) => s.id)
          .sort(),
      );
    }
  });

  it("is empty, not an error, when nothing is left today", () => {
    const offer = sameDayOffer([slot("2026-11-24", "23:50")], london("2026-11-24", "23:45"));
    expect(offer).toEqual({ londonDate: "2026-11-24", total: 0, channels: [] });
  });
});

describe("the one-same-day-appointment-per-day guard", () => {
  it("is keyed by patient and London date", () => {
    expect(sameDayGuardKey("patient-1", "2026-11-24")).toBe("same-day#patient-1#2026-11-24");
    expect(sameDayGuardKey("patient-1", "2026-11-24")).not.toBe(
      sameDayGuardKey("patient-1", "2026-11-25"),
    );
    expect(sameDayGuardKey("patient-1", "2026-11-24")).not.toBe(
      sameDayGuardKey("patient-2", "2026-11-24"),
    );
  });

  it("refuses keys that could collide", () => {
    expect(() => sameDayGuardKey("", "2026-11-24")).toThrow(InvalidInput);
    expect(() => sameDayGuardKey("a#b", "2026-11-24")).toThrow(InvalidInput);
    expect(() => sameDayGuardKey("patient-1", "24/11/2026")).toThrow(InvalidInput);
  });

  it("takes the London date the appointment starts on", () => {
    expect(sameDayGuardDate("2026-07-14T23:30:00.000Z")).toBe("2026-07-15");
    expect(sameDayGuardDate("2026-01-14T23:30:00.000Z")).toBe("2026-01-14");
  });
});

describe("spreadAlternatives", () => {
  const day = ["09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45"].map((time) =>
    slot("2026-11-24", time),
  );
  // Winter: London time is UTC.
  const times = (slots: OfferableSlot[]) => slots.map((s) => s.start.slice(11, 16));
  const sequence = (...values: number[]) => {
    let i = 0;
    return () => values[i++ % values.length] as number;
  };

  it("picks that many different times at random, listed soonest first", () => {
    const picked = spreadAlternatives(day, 5, sequence(0.99, 0.5, 0.1, 0.7, 0.3));
    expect(picked).toHaveLength(5);
    expect(new Set(picked.map((s) => s.id)).size).toBe(5);
    expect(times(picked)).toEqual([...times(picked)].sort());
    expect(times(picked)).toContain("10:45");
    // Another patient, another draw: not the same five.
    const earliest = ["09:00", "09:15", "09:30", "09:45", "10:00"];
    expect(times(spreadAlternatives(day, 5, sequence(0)))).toEqual(earliest);
    const other = times(spreadAlternatives(day, 5, sequence(0.999)));
    expect(other).not.toEqual(earliest);
    expect(other).toContain("10:45");
  });

  it("gives every time when there are no more than asked for, and none for none", () => {
    expect(spreadAlternatives(day.slice(0, 3), 5, Math.random)).toEqual(day.slice(0, 3));
    expect(spreadAlternatives([], 5, Math.random)).toEqual([]);
  });
});
