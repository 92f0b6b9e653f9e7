import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors.ts";
import {
  type SessionTemplate,
  sessionTemplateProblems,
  slotStartMinutes,
  validateSessionTemplate,
} from "./session-template.ts";

const template: SessionTemplate = {
  id: "armley-gp-weekday",
  siteId: "site-armley",
  service: "same-day-gp",
  daysOfWeek: ["mon", "tue", "wed", "thu", "fri"],
  startTime: "08:00",
  endTime: "20:00",
  slotMinutes: 15,
  parallel: 3,
  channel: "in-person",
  sameDayOnly: true,
};

describe("session template validation", () => {
  it("accepts a sound template", () => {
    expect(sessionTemplateProblems(template)).toEqual([]);
    expect(validateSessionTemplate(template)).toBe(template);
  });

  it("names the field of each problem, one message per field", () => {
    const problems = sessionTemplateProblems({
      ...template,
      siteId: "Site Armley",
      daysOfWeek: [],
      slotMinutes: 4,
      parallel: 21,
      startTime: "8am",
      endTime: "25:00",
    });
    expect(problems).toEqual([
      { path: "siteId", message: "Site id must be lower-case letters, digits and hyphens" },
      { path: "daysOfWeek", message: "Choose at least one day of the week" },
      {
        path: "slotMinutes",
        message: "Slot length must be a whole number of minutes from 5 to 120",
      },
      { path: "parallel", message: "Clinicians on shift must be a whole number from 1 to 20" },
      { path: "startTime", message: "Enter a start time like 08:00" },
      { path: "endTime", message: "Enter an end time like 18:30" },
    ]);
  });

  it("keeps slot length and clinicians within 5–120 minutes and 1–20", () => {
    const paths = (t: Partial<SessionTemplate>) =>
      sessionTemplateProblems({ ...template, ...t }).map((p) => p.path);
    expect(paths({ slotMinutes: 5, parallel: 1 })).toEqual([]);
    expect(paths({ slotMinutes: 120, parallel: 20, endTime: "20:00" })).toEqual([]);
    expect(paths({ slotMinutes: 121 })).toEqual(["slotMinutes"]);
    expect(paths({ slotMinutes: 7.5 })).toEqual(["slotMinutes"]);
    expect(paths({ parallel: 0 })).toEqual(["parallel"]);
  });

  it("refuses an end time not after the start", () => {
    expect(sessionTemplateProblems({ ...template, endTime: "08:00" })).toEqual([
      { path: "endTime", message: "The end time must be after the start time" },
    ]);
  });

  it("refuses a remainder and suggests the nearest end times that fit", () => {
    expect(sessionTemplateProblems({ ...template, endTime: "12:10" })).toEqual([
      {
        path: "endTime",
        message:
          "The session does not divide into 15-minute slots (10 minutes left over): end at 12:00 or 12:15",
      },
    ]);
  });

  it("refuses repeated or unknown days", () => {
    expect(sessionTemplateProblems({ ...template, daysOfWeek: ["mon", "mon"] })).toEqual([
      { path: "daysOfWeek", message: "Choose each day of the week once" },
    ]);
  });

  it("throws InvalidInput carrying the field problems", () => {
    try {
      validateSessionTemplate({ ...template, parallel: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInput);
      expect((error as InvalidInput).fields).toEqual([
        { path: "parallel", message: "Clinicians on shift must be a whole number from 1 to 20" },
      ]);
    }
  });
});

describe("slotStartMinutes", () => {
  it("lays slots end to end from the start time", () => {
    const starts = slotStartMinutes({ ...template, startTime: "08:00", endTime: "09:00" });
    expect(starts).toEqual([480, 495, 510, 525]);
  });
});
