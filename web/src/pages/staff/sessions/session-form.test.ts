import { describe, expect, it } from "vitest";
import {
  describeDays,
  newTemplateId,
  publishedMessage,
  sessionFieldId,
  sessionTemplateBody,
} from "./session-form.ts";

describe("session form", () => {
  it("sends whole numbers as numbers and anything else as typed, for the API to name", () => {
    expect(
      sessionTemplateBody({
        service: "same-day-gp",
        days: ["mon", "tue"],
        startTime: " 08:00 ",
        endTime: "12:00",
        slotMinutes: "10",
        parallel: "two",
        channel: undefined,
        sameDayOnly: true,
      }),
    ).toEqual({
      service: "same-day-gp",
      daysOfWeek: ["mon", "tue"],
      startTime: "08:00",
      endTime: "12:00",
      slotMinutes: 10,
      parallel: "two",
      sameDayOnly: true,
    });
  });

  it("points each API field error at its input", () => {
    expect(sessionFieldId("daysOfWeek")).toBe("day-mon");
    expect(sessionFieldId("daysOfWeek.1")).toBe("day-mon");
    expect(sessionFieldId("endTime")).toBe("end-time");
    expect(sessionFieldId("channel")).toBe("channel-in-person");
    expect(sessionFieldId("")).toBe("service");
  });

  it("makes template ids the API accepts", () => {
    expect(newTemplateId("same-day-gp", "08:00", "a1b2")).toBe("same-day-gp-0800-a1b2");
    expect(newTemplateId("same-day-gp", "", "a1b2")).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });

  it("describes a run of days as a range and others as a list", () => {
    expect(describeDays(["mon", "tue", "wed", "thu", "fri"])).toBe("Monday to Friday");
    expect(describeDays(["fri", "mon", "wed"])).toBe("Monday, Wednesday and Friday");
    expect(describeDays(["sat"])).toBe("Saturday");
    expect(describeDays(["sat", "sun"])).toBe("Saturday and Sunday");
  });
});

describe("publishedMessage", () => {
  it("counts new and earlier slots apart, so the two never contradict", () => {
    expect(publishedMessage(3, 0)).toBe("Published 3 slots");
    expect(publishedMessage(1, 0)).toBe("Published 1 slot");
    expect(publishedMessage(2, 180)).toBe(
      "Published 2 slots. 180 slots were already published and stay as they were",
    );
    expect(publishedMessage(0, 182)).toBe(
      "Nothing new to publish: all 182 slots for these dates were already published",
    );
    expect(publishedMessage(0, 0)).toBe(
      "No slots to publish: your sessions do not run on these dates",
    );
  });
});
