import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors.ts";
import {
  addDays,
  dayOfWeek,
  daysBetween,
  isLocalDate,
  londonDayOf,
  londonToday,
  londonToUtc,
  resolveLondonTime,
  steadyUtcOffsetMinutes,
  toLondon,
} from "./london-time.ts";

// 2026: clocks go forward on Sunday 29 March and back on Sunday 25 October, at 01:00 UTC.
describe("London wall clock to UTC", () => {
  it("is UTC in winter and an hour ahead in summer", () => {
    expect(londonToUtc("2026-01-15", "08:00").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(londonToUtc("2026-07-15", "08:00").toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it("changes offset at 01:00 UTC on the last Sunday of March", () => {
    expect(resolveLondonTime("2026-03-29", "00:59")).toMatchObject({
      kind: "ok",
      utcOffsetMinutes: 0,
      repeated: false,
    });
    const after = resolveLondonTime("2026-03-29", "02:00");
    expect(after).toMatchObject({ kind: "ok", utcOffsetMinutes: 60 });
    expect(after.kind === "ok" && after.instant.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(londonToUtc("2026-03-29", "08:00").toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(londonToUtc("2026-03-28", "08:00").toISOString()).toBe("2026-03-28T08:00:00.000Z");
  });

  it("reports the skipped hour on the spring-forward day as non-existent, and refuses it", () => {
    for (const time of ["01:00", "01:30", "01:59"]) {
      expect(resolveLondonTime("2026-03-29", time).kind).toBe("non-existent");
    }
    expect(() => londonToUtc("2026-03-29", "01:30")).toThrow(InvalidInput);
    // The same wall-clock time a week earlier is an ordinary GMT time.
    expect(londonToUtc("2026-03-22", "01:30").toISOString()).toBe("2026-03-22T01:30:00.000Z");
  });

  it("takes the first (BST) occurrence of the repeated hour on the autumn Sunday", () => {
    const first = resolveLondonTime("2026-10-25", "01:30");
    expect(first).toMatchObject({ kind: "ok", utcOffsetMinutes: 60, repeated: true });
    expect(first.kind === "ok" && first.instant.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(londonToUtc("2026-10-25", "00:59").toISOString()).toBe("2026-10-24T23:59:00.000Z");
    expect(londonToUtc("2026-10-25", "02:00").toISOString()).toBe("2026-10-25T02:00:00.000Z");
    expect(londonToUtc("2026-10-25", "20:00").toISOString()).toBe("2026-10-25T20:00:00.000Z");
  });

  it("refuses malformed dates and times", () => {
    expect(() => londonToUtc("2026-02-30", "08:00")).toThrow(InvalidInput);
    expect(() => londonToUtc("2026-02-01", "24:00")).toThrow(InvalidInput);
    expect(() => londonToUtc("2026-02-01", "8:00")).toThrow(InvalidInput);
  });
});

describe("UTC to London wall clock", () => {
  it("reads both occurrences of 01:30 on the autumn Sunday, with their offsets", () => {
    expect(toLondon("2026-10-25T00:30:00Z")).toEqual({
      date: "2026-10-25",
      time: "01:30",
      utcOffsetMinutes: 60,
    });
    expect(toLondon("2026-10-25T01:30:00Z")).toEqual({
      date: "2026-10-25",
      time: "01:30",
      utcOffsetMinutes: 0,
    });
  });

  it("jumps from 00:59 GMT to 02:00 BST in spring", () => {
    expect(toLondon(new Date("2026-03-29T00:59:59.999Z"))).toMatchObject({
      time: "00:59",
      utcOffsetMinutes: 0,
    });
    expect(toLondon(new Date("2026-03-29T01:00:00Z"))).toMatchObject({
      time: "02:00",
      utcOffsetMinutes: 60,
    });
  });

  it("round-trips every quarter hour of both clock-change days outside the odd hour", () => {
    for (const date of ["2026-03-29", "2026-10-25"]) {
      for (let minutes = 2 * 60; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        expect(toLondon(londonToUtc(date, time))).toMatchObject({ date, time });
      }
    }
  });

  it("knows the London day of any instant, with its first and next midnights, however asked", () => {
    // Every 7 minutes over three days around each clock change, and back and forth between
    // days, so the day kept from the last call is both used and replaced.
    for (const start of ["2026-03-28T00:00:00Z", "2026-10-24T00:00:00Z"]) {
      const instants: Date[] = [];
      for (let minutes = 0; minutes < 3 * 24 * 60; minutes += 7) {
        instants.push(new Date(Date.parse(start) + minutes * 60_000));
      }
      const shuffled = instants.flatMap((at, i) => [at, instants[instants.length - 1 - i] as Date]);
      for (const at of shuffled) {
        const day = londonDayOf(at);
        expect(day.date, at.toISOString()).toBe(toLondon(at).date);
        expect(day.startsAt).toEqual(londonToUtc(day.date, "00:00"));
        expect(day.endsAt).toEqual(londonToUtc(addDays(day.date, 1), "00:00"));
        expect(at >= day.startsAt && at < day.endsAt).toBe(true);
      }
    }
    expect(londonDayOf(new Date("2026-03-29T12:00:00Z")).endsAt.toISOString()).toBe(
      "2026-03-29T23:00:00.000Z",
    );
    expect(() => londonToday(new Date("nonsense"))).toThrow(InvalidInput);
  });

  it("says what day it is in London, not in UTC", () => {
    // 23:30 UTC in July is 00:30 the next morning in London.
    expect(londonToday(new Date("2026-07-14T23:30:00Z"))).toBe("2026-07-15");
    expect(londonToday(new Date("2026-01-14T23:30:00Z"))).toBe("2026-01-14");
  });
});

describe("local date arithmetic", () => {
  it("adds days across month, year and clock-change boundaries", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2026-03-01", "2026-04-26")).toBe(56);
    expect(daysBetween("2026-04-26", "2026-03-01")).toBe(-56);
  });

  it("names the day of the week", () => {
    expect(dayOfWeek("2026-03-29")).toBe("sun");
    expect(dayOfWeek("2026-10-25")).toBe("sun");
    expect(dayOfWeek("2026-11-23")).toBe("mon");
    expect(dayOfWeek("2026-11-28")).toBe("sat");
  });

  it("recognises real calendar dates only", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-3-1")).toBe(false);
    expect(() => addDays("2026-13-01", 1)).toThrow(InvalidInput);
  });
});

describe("steadyUtcOffsetMinutes", () => {
  it("gives the day's offset, or nothing on a clock-change day", () => {
    expect(steadyUtcOffsetMinutes("2026-03-28")).toBe(0);
    expect(steadyUtcOffsetMinutes("2026-03-29")).toBeUndefined();
    expect(steadyUtcOffsetMinutes("2026-03-30")).toBe(60);
    expect(steadyUtcOffsetMinutes("2026-10-24")).toBe(60);
    expect(steadyUtcOffsetMinutes("2026-10-25")).toBeUndefined();
    expect(steadyUtcOffsetMinutes("2026-10-26")).toBe(0);
  });

  it("agrees with full resolution on every day of a year it calls steady", () => {
    let changeDays = 0;
    for (let day = 0; day < 365; day++) {
      const date = addDays("2026-01-01", day);
      const offset = steadyUtcOffsetMinutes(date);
      if (offset === undefined) {
        changeDays++;
        continue;
      }
      for (const [time, minutes] of [
        ["00:00", 0],
        ["08:00", 480],
        ["23:59", 1439],
      ] as const) {
        const expected = Date.parse(`${date}T00:00:00Z`) + (minutes - offset) * 60_000;
        expect(londonToUtc(date, time).getTime(), `${date} ${time}`).toBe(expected);
      }
    }
    expect(changeDays).toBe(2);
  });
});
