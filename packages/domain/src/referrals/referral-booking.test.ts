import { describe, expect, it } from "vitest";
import { toLondon } from "../scheduling/london-time.ts";
import {
  patientMayBookReferral,
  referralBookingDates,
  referralBookingWindowDays,
  referralSlotProblem,
} from "./referral-booking.ts";

const referral = { siteId: "site-armley", serviceCode: "physiotherapy" };
// Tuesday 24 November 2026, 10:00 in London (GMT).
const now = new Date("2026-11-24T10:00:00Z");

function slot(overrides: Partial<Parameters<typeof referralSlotProblem>[0]> = {}) {
  const start = overrides.start ?? "2026-11-26T09:00:00Z";
  return {
    id: "s1",
    siteId: "site-armley",
    service: "physiotherapy",
    channel: "in-person" as const,
    start,
    // As publishing sets it: the London date the slot starts on.
    localDate: toLondon(start).date,
    sameDayOnly: false,
    status: "free" as const,
    ...overrides,
  };
}

describe("referral booking window", () => {
  it("runs from today for 28 London days", () => {
    expect(referralBookingWindowDays).toBe(28);
    expect(referralBookingDates(now)).toEqual({ from: "2026-11-24", to: "2026-12-21" });
    // 23:30 UTC on 28 March 2026 is already the 28th in London (GMT), 00:30 on the 29th is BST.
    expect(referralBookingDates(new Date("2026-03-28T23:30:00Z")).from).toBe("2026-03-28");
    expect(referralBookingDates(new Date("2026-06-30T23:30:00Z")).from).toBe("2026-07-01");
  });
});

describe("referralSlotProblem", () => {
  it("accepts a free slot of the referral's service and site inside the window", () => {
    expect(referralSlotProblem(slot(), referral, now)).toBeUndefined();
    expect(
      referralSlotProblem(slot({ start: "2026-12-21T16:00:00Z" }), referral, now),
    ).toBeUndefined();
  });

  it("refuses another service or another site", () => {
    expect(referralSlotProblem(slot({ service: "same-day-gp" }), referral, now)).toMatch(
      /not for the service you were referred to/,
    );
    expect(referralSlotProblem(slot({ siteId: "site-halifax" }), referral, now)).toMatch(
      /not for the service/,
    );
  });

  it("refuses a slot past the window's last day", () => {
    expect(referralSlotProblem(slot({ start: "2026-12-22T09:00:00Z" }), referral, now)).toMatch(
      /up to 28 days ahead/,
    );
  });

  it("refuses a slot that has started or starts within the minimum notice", () => {
    expect(referralSlotProblem(slot({ start: "2026-11-24T09:30:00Z" }), referral, now)).toMatch(
      /cannot be booked now/,
    );
    expect(referralSlotProblem(slot({ start: "2026-11-24T10:05:00Z" }), referral, now)).toMatch(
      /cannot be booked now/,
    );
    expect(
      referralSlotProblem(slot({ start: "2026-11-24T11:00:00Z" }), referral, now),
    ).toBeUndefined();
  });

  it("refuses a slot kept for same-day use on a later day, and a booked or blocked one", () => {
    expect(referralSlotProblem(slot({ sameDayOnly: true }), referral, now)).toMatch(
      /cannot be booked now/,
    );
    expect(referralSlotProblem(slot({ status: "busy" }), referral, now)).toMatch(/cannot/);
    expect(referralSlotProblem(slot({ status: "busy-unavailable" }), referral, now)).toMatch(
      /cannot/,
    );
  });

  it("treats a hold that has run out as free, and a live one as taken", () => {
    const held = { status: "busy-tentative" as const, holdPatientId: "p2" };
    expect(
      referralSlotProblem(slot({ ...held, holdExpiresAt: "2026-11-24T09:59:00Z" }), referral, now),
    ).toBeUndefined();
    expect(
      referralSlotProblem(slot({ ...held, holdExpiresAt: "2026-11-24T10:10:00Z" }), referral, now),
    ).toMatch(/cannot/);
  });
});

describe("patientMayBookReferral", () => {
  it("only for an accepted referral of a service that books online", () => {
    expect(patientMayBookReferral({ stage: "accepted", bookOnline: true })).toBe(true);
    expect(patientMayBookReferral({ stage: "accepted", bookOnline: false })).toBe(false);
    for (const stage of ["submitted", "awaiting-information", "booked", "completed"] as const) {
      expect(patientMayBookReferral({ stage, bookOnline: true })).toBe(false);
    }
  });
});
