import { describe, expect, it } from "vitest";
import {
  appointmentWhen,
  formatClockTime,
  formatDate,
  formatDistance,
  formatNhsNumber,
  formatUkMobile,
  formatWeekdayDate,
  londonDateOf,
  openingHoursRows,
} from "./format.ts";

describe("formatNhsNumber", () => {
  it("groups ten digits 3 3 4", () => {
    expect(formatNhsNumber("9434765919")).toBe("943 476 5919");
    expect(formatNhsNumber("943 476 5919")).toBe("943 476 5919");
  });
  it("leaves anything else as it is rather than guess", () => {
    expect(formatNhsNumber("12345")).toBe("12345");
  });
});

describe("formatDate", () => {
  it("writes dates the NHS way, whatever the browser's locale", () => {
    expect(formatDate("1957-03-04")).toBe("4 March 1957");
    expect(formatDate("2001-12-31")).toBe("31 December 2001");
    expect(formatDate("not a date")).toBe("not a date");
  });
});

describe("formatWeekdayDate", () => {
  it("names the weekday and leaves out the year, for a day heading", () => {
    expect(formatWeekdayDate("2026-12-09")).toBe("Wednesday 9 December");
    expect(formatWeekdayDate("2027-01-03")).toBe("Sunday 3 January");
    // A clock-change day is a day like any other.
    expect(formatWeekdayDate("2027-03-28")).toBe("Sunday 28 March");
  });
  it("leaves anything that is not a date as it is", () => {
    expect(formatWeekdayDate("2026-12-9")).toBe("2026-12-9");
    expect(formatWeekdayDate("soon")).toBe("soon");
  });
});

describe("formatDistance", () => {
  it("gives miles first with kilometres after", () => {
    expect(formatDistance({ km: 1.93, miles: 1.2 })).toBe("1.2 miles (1.9 km)");
    expect(formatDistance({ km: 1.61, miles: 1 })).toBe("1 mile (1.6 km)");
    expect(formatDistance({ km: 0.04, miles: 0.02 })).toBe("0 miles (0 km)");
    expect(formatDistance({ km: 24.6, miles: 15.3 })).toBe("15 miles (25 km)");
  });
});

describe("formatClockTime", () => {
  it.each([
    ["08:00", "8am"],
    ["18:30", "6:30pm"],
    ["12:00", "midday"],
    ["00:00", "midnight"],
    ["12:30", "12:30pm"],
    ["00:15", "12:15am"],
  ])("%s is %s", (time, expected) => {
    expect(formatClockTime(time)).toBe(expected);
  });
});

describe("openingHoursRows", () => {
  it("lists every day from Monday, closed days included, split sessions in order", () => {
    const rows = openingHoursRows([
      { day: "saturday", opens: "09:00", closes: "13:00" },
      { day: "monday", opens: "14:00", closes: "20:00" },
      { day: "monday", opens: "08:00", closes: "12:00" },
    ]);
    expect(rows).toEqual([
      { day: "Monday", hours: "8am to midday, 2pm to 8pm" },
      { day: "Tuesday", hours: "Closed" },
      { day: "Wednesday", hours: "Closed" },
      { day: "Thursday", hours: "Closed" },
      { day: "Friday", hours: "Closed" },
      { day: "Saturday", hours: "9am to 1pm" },
      { day: "Sunday", hours: "Closed" },
    ]);
  });
});

describe("formatUkMobile", () => {
  it("shows a stored E.164 mobile the way people write it", () => {
    expect(formatUkMobile("+447700900123")).toBe("07700 900123");
  });
  it("leaves anything else alone", () => {
    expect(formatUkMobile("07700 900123")).toBe("07700 900123");
    expect(formatUkMobile("+353851234567")).toBe("+353851234567");
  });
});

describe("londonDateOf", () => {
  it("gives the London calendar date of an instant, across midnight in summer time", () => {
    expect(londonDateOf("2026-07-01T23:30:00Z")).toBe("2026-07-02");
    expect(londonDateOf("2026-12-01T23:30:00Z")).toBe("2026-12-01");
  });
});

describe("appointmentWhen", () => {
  it("writes the day and an NHS-style time", () => {
    expect(appointmentWhen({ localDate: "2026-12-09", localStart: "17:15" })).toBe(
      "Wednesday 9 December at 5:15pm",
    );
    expect(appointmentWhen({ localDate: "2026-12-09", localStart: "09:00" })).toBe(
      "Wednesday 9 December at 9am",
    );
    expect(appointmentWhen({ start: "2026-07-01T16:15:00.000Z" })).toBe(
      "Wednesday 1 July at 5:15pm",
    );
  });
});
