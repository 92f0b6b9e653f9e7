import type { OfferedSlot } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  bookingDays,
  dayOffer,
  distinctTimes,
  referralBookingHref,
  referralBookingQuery,
  sameTimeElsewhere,
  slotWhen,
  timeRange,
} from "./referral-booking.ts";

/** A physio slot on 9 December 2026 (GMT, so London time is UTC). */
function slot(time: string, column = 1, date = "2026-12-09", channel = "in-person"): OfferedSlot {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const start = new Date(`${date}T${time}:00Z`);
  const end = new Date(start.getTime() + 30 * 60_000);
  const endTime = `${String(end.getUTCHours()).padStart(2, "0")}:${String(end.getUTCMinutes()).padStart(2, "0")}`;
  return {
    id: `site-armley_physiotherapy_${channel}_${date.replaceAll("-", "")}_${hours}${minutes}_${column}`,
    siteId: "site-armley",
    channel: channel as OfferedSlot["channel"],
    start: start.toISOString(),
    end: end.toISOString(),
    localDate: date,
    localStart: time,
    localEnd: endTime,
  };
}

describe("distinctTimes", () => {
  it("offers a time once however many people the clinic sees at it, keeping the first slot", () => {
    const times = distinctTimes([slot("09:00", 1), slot("09:00", 2), slot("09:30", 2)]);
    expect(times.map((s) => s.id)).toEqual([slot("09:00", 1).id, slot("09:30", 2).id]);
  });

  it("keeps the same time by another channel apart", () => {
    expect(
      distinctTimes([slot("09:00"), slot("09:00", 1, "2026-12-09", "telephone")]),
    ).toHaveLength(2);
  });
});

describe("sameTimeElsewhere", () => {
  it("finds the clinic's other place at the time just taken, and nothing at other times", () => {
    const taken = slot("09:00", 1);
    expect(sameTimeElsewhere(taken, [slot("09:30", 1), slot("09:00", 2)])?.id).toBe(
      slot("09:00", 2).id,
    );
    expect(sameTimeElsewhere(taken, [taken, slot("09:30", 1)])).toBeUndefined();
    expect(sameTimeElsewhere(taken, [slot("09:00", 1, "2026-12-09", "telephone")])).toBeUndefined();
  });
});

describe("bookingDays", () => {
  it("gives each day with a free time its heading and its times once, soonest first", () => {
    const days = bookingDays([
      { localDate: "2026-12-10", slots: [slot("10:00", 1, "2026-12-10")] },
      { localDate: "2026-12-09", slots: [slot("09:30", 2), slot("09:00", 2), slot("09:00", 1)] },
      { localDate: "2026-12-11", slots: [] },
    ]);
    expect(days.map((d) => d.heading)).toEqual(["Wednesday 9 December", "Thursday 10 December"]);
    expect(days[0]?.slots.map((s) => s.localStart)).toEqual(["09:00", "09:30"]);
    expect(days[0]?.slots[0]?.id).toBe(slot("09:00", 1).id);
  });
});

describe("words for a time", () => {
  it("says from and to, and the day with the time when it stands alone", () => {
    expect(timeRange(slot("09:30"))).toBe("9:30am to 10am");
    expect(timeRange(slot("11:30"))).toBe("11:30am to midday");
    expect(timeRange(slot("12:00"))).toBe("Midday to 12:30pm");
    expect(slotWhen(slot("14:00"))).toBe("Wednesday 9 December at 2pm");
  });

  it("sums up a day's times", () => {
    expect(dayOffer({ slots: [slot("09:00"), slot("09:30")] })).toBe("2 times, the first at 9am");
    expect(dayOffer({ slots: [slot("16:30")] })).toBe("1 time, the first at 4:30pm");
  });
});

describe("the booking page's address", () => {
  it("names the referral and, once chosen, the day", () => {
    expect(referralBookingHref("ref-1")).toBe("/referrals/book/?id=ref-1");
    expect(referralBookingHref("ref-1", "2026-12-09")).toBe(
      "/referrals/book/?id=ref-1&day=2026-12-09",
    );
  });

  it("reads back only ids and dates that look right", () => {
    expect(referralBookingQuery("?id=ref-1&day=2026-12-09")).toEqual({
      referralId: "ref-1",
      day: "2026-12-09",
    });
    expect(referralBookingQuery("?id=a%20b&day=tomorrow")).toEqual({
      referralId: undefined,
      day: undefined,
    });
  });
});
