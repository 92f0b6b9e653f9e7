import { describe, expect, it } from "vitest";
import { staffBookingHorizonDays, staffBookingRuleBroken } from "./staff-booking.ts";

// Tuesday 8 December 2026, 10:00 in London (GMT).
const now = new Date("2026-12-08T10:00:00Z");
const at = (start: string) => ({ start, localDate: start.slice(0, 10) });

describe("staffBookingRuleBroken", () => {
  it("allows a slot later today and one on the horizon's last day", () => {
    expect(staffBookingRuleBroken(at("2026-12-08T10:15:00.000Z"), now)).toBeUndefined();
    expect(staffBookingHorizonDays).toBe(56);
    expect(staffBookingRuleBroken(at("2027-02-02T16:00:00.000Z"), now)).toBeUndefined();
  });

  it("refuses a slot that has started or passed", () => {
    expect(staffBookingRuleBroken(at("2026-12-08T10:00:00.000Z"), now)).toBe("past");
    expect(staffBookingRuleBroken(at("2026-12-07T15:00:00.000Z"), now)).toBe("past");
  });

  it("refuses a slot the day after the horizon", () => {
    expect(staffBookingRuleBroken(at("2027-02-03T08:00:00.000Z"), now)).toBe("beyond-horizon");
  });

  it("counts the horizon in London days: 23:30 on a summer evening is already the next day", () => {
    const summer = new Date("2027-06-01T23:30:00Z"); // 00:30 on 2 June in London
    expect(staffBookingRuleBroken(at("2027-07-28T09:00:00.000Z"), summer)).toBeUndefined();
    expect(staffBookingRuleBroken(at("2027-07-29T09:00:00.000Z"), summer)).toBe("beyond-horizon");
  });
});
