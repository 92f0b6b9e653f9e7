import { describe, expect, it } from "vitest";
import { reviewNeedsReminder, reviewReminderHorizon } from "./review-reminders.ts";

const inPlace = (nextReviewDue: string) => ({ stage: "in-place" as const, nextReviewDue });
const today = "2027-02-22";

describe("reminding the PHB team of a review", () => {
  it("looks two weeks ahead, across the end of a month", () => {
    expect(reviewReminderHorizon(today)).toBe("2027-03-08");
    expect(reviewReminderHorizon("2027-03-20")).toBe("2027-04-03");
  });

  it("reminds of a review due within two weeks or overdue, not one due later", () => {
    expect(reviewNeedsReminder(inPlace("2027-03-08"), undefined, today)).toBe(true);
    expect(reviewNeedsReminder(inPlace("2027-02-01"), undefined, today)).toBe(true);
    expect(reviewNeedsReminder(inPlace("2027-03-09"), undefined, today)).toBe(false);
  });

  it("reminds once per due date: a review recorded moves the date and is reminded again", () => {
    const mark = { dueOn: "2027-03-08", remindedAt: "2027-02-22T07:00:00.000Z" };
    expect(reviewNeedsReminder(inPlace("2027-03-08"), mark, today)).toBe(false);
    expect(reviewNeedsReminder(inPlace("2028-03-01"), mark, "2028-02-20")).toBe(true);
  });

  it("never reminds of a budget that is not in place", () => {
    for (const stage of ["planning", "ended", "withdrawn"] as const) {
      expect(reviewNeedsReminder({ stage, nextReviewDue: "2027-03-01" }, undefined, today)).toBe(
        false,
      );
    }
    expect(reviewNeedsReminder({ stage: "in-place" }, undefined, today)).toBe(false);
  });
});
