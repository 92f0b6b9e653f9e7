import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors.ts";
import { toLondon } from "./london-time.ts";
import { maxPublishDays, slotId, slotsForRange } from "./publish-slots.ts";
import type { SessionTemplate } from "./session-template.ts";

const everyDay: SessionTemplate = {
  id: "armley-gp-long-day",
  siteId: "site-armley",
  service: "same-day-gp",
  daysOfWeek: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
  startTime: "08:00",
  endTime: "20:00",
  slotMinutes: 15,
  parallel: 1,
  channel: "in-person",
  sameDayOnly: true,
};

const expectedTimes = Array.from({ length: 48 }, (_, i) => {
  const minutes = 8 * 60 + i * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
});

function thrown(run: () => unknown): InvalidInput {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error("expected InvalidInput");
}

describe("slotsForRange across the clock changes", () => {
  it.each([
    ["the day before spring forward", "2026-03-28", 0],
    ["spring-forward Sunday", "2026-03-29", 60],
    ["the day before fall back", "2026-10-24", 60],
    ["fall-back Sunday", "2026-10-25", 0],
  ])("08:00–20:00 on %s has 48 slots from 08:00 to 19:45 local", (_, date, offset) => {
    const slots = slotsForRange([everyDay], date, date);
    expect(slots).toHaveLength(48);
    expect(slots.map((s) => s.localStart)).toEqual(expectedTimes);
    expect(slots.every((s) => s.localDate === date)).toBe(true);
    expect(slots[47]?.localEnd).toBe("20:00");
    const first = slots[0];
    expect(first && toLondon(first.start).utcOffsetMinutes).toBe(offset);
    // The instants really are 08:00 local: 07:00Z in BST, 08:00Z in GMT.
    expect(first?.start).toBe(`${date}T${offset === 60 ? "07" : "08"}:00:00.000Z`);
    expect(slots[47]?.end).toBe(`${date}T${offset === 60 ? "19" : "20"}:00:00.000Z`);
  });

  it("publishes a week over spring forward with 48 slots a day per clinician", () => {
    const slots = slotsForRange([{ ...everyDay, parallel: 2 }], "2026-03-26", "2026-04-01");
    expect(slots).toHaveLength(7 * 48 * 2);
    const perDay = new Map<string, number>();
    for (const slot of slots) perDay.set(slot.localDate, (perDay.get(slot.localDate) ?? 0) + 1);
    expect([...perDay.values()]).toEqual(Array(7).fill(96));
  });

  it("skips slots whose start the clocks skip, and keeps every slot's real length", () => {
    const night = { ...everyDay, startTime: "00:30", endTime: "03:00", slotMinutes: 30 };
    const spring = slotsForRange([night], "2026-03-29", "2026-03-29");
    expect(spring.map((s) => `${s.localStart}-${s.localEnd}`)).toEqual([
      "00:30-02:00",
      "02:00-02:30",
      "02:30-03:00",
    ]);
    const autumn = slotsForRange([night], "2026-10-25", "2026-10-25");
    expect(autumn.map((s) => s.start)).toEqual([
      "2026-10-24T23:30:00.000Z",
      "2026-10-25T00:00:00.000Z",
      "2026-10-25T00:30:00.000Z",
      "2026-10-25T02:00:00.000Z",
      "2026-10-25T02:30:00.000Z",
    ]);
  });
});

describe("slot ids", () => {
  it("are identical when the same range is published twice", () => {
    const first = slotsForRange([everyDay], "2026-11-23", "2026-11-29");
    const second = slotsForRange([everyDay], "2026-11-23", "2026-11-29");
    expect(second.map((s) => s.id)).toEqual(first.map((s) => s.id));
    expect(new Set(first.map((s) => s.id)).size).toBe(first.length);
  });

  it("do not depend on the range they were published in", () => {
    const week = slotsForRange([everyDay], "2026-11-23", "2026-11-29");
    const day = slotsForRange([everyDay], "2026-11-25", "2026-11-25");
    expect(week.filter((s) => s.localDate === "2026-11-25")).toEqual(day);
  });

  it("differ by clinician column, and spell out what the slot is", () => {
    const slots = slotsForRange([{ ...everyDay, parallel: 2 }], "2026-11-24", "2026-11-24");
    const [a, b] = slots;
    expect(a?.id).toBe("site-armley_same-day-gp_in-person_20261124_0800_1");
    expect(b?.id).toBe("site-armley_same-day-gp_in-person_20261124_0800_2");
    expect(a?.parallelIndex).toBe(1);
    expect(b?.parallelIndex).toBe(2);
  });

  it("differ by channel, service and site", () => {
    const base = {
      siteId: "site-armley",
      service: "same-day-gp",
      channel: "in-person",
      localDate: "2026-11-24",
      localStart: "08:00",
      parallelIndex: 1,
    } as const;
    const ids = new Set([
      slotId(base),
      slotId({ ...base, channel: "telephone" }),
      slotId({ ...base, service: "physiotherapy" }),
      slotId({ ...base, siteId: "site-halifax" }),
      slotId({ ...base, localStart: "08:15" }),
    ]);
    expect(ids.size).toBe(5);
  });
});

describe("slotsForRange input checks", () => {
  it("publishes only on the template's days, carrying its channel and same-day flag", () => {
    const phone = {
      ...everyDay,
      id: "armley-phone-sat",
      daysOfWeek: ["sat" as const],
      channel: "telephone" as const,
      sameDayOnly: false,
      startTime: "09:00",
      endTime: "10:00",
    };
    const slots = slotsForRange([phone], "2026-11-23", "2026-11-29");
    expect(slots).toHaveLength(4);
    expect(slots[0]).toMatchObject({
      localDate: "2026-11-28",
      channel: "telephone",
      sameDayOnly: false,
      templateId: "armley-phone-sat",
    });
  });

  it(`refuses more than ${maxPublishDays} days, naming the "to" field`, () => {
    expect(slotsForRange([everyDay], "2026-11-01", "2026-12-26")).toHaveLength(56 * 48);
    const error = thrown(() => slotsForRange([everyDay], "2026-11-01", "2026-12-27"));
    expect(error.fields).toEqual([
      {
        path: "to",
        message: "Publish at most 8 weeks at a time (56 days); this range is 57 days",
      },
    ]);
  });

  it("refuses a range that ends before it starts, or dates that are not dates", () => {
    expect(thrown(() => slotsForRange([everyDay], "2026-11-02", "2026-11-01")).fields).toEqual([
      { path: "to", message: "The end date must be the same as or after the start date" },
    ]);
    expect(
      thrown(() => slotsForRange([everyDay], "2026-02-30", "1 March")).fields?.map((f) => f.path),
    ).toEqual(["from", "to"]);
  });

  it("names the template a problem belongs to", () => {
    const error = thrown(() =>
      slotsForRange([everyDay, { ...everyDay, endTime: "07:00" }], "2026-11-24", "2026-11-24"),
    );
    expect(error.fields).toEqual([
      { path: "templates.1.endTime", message: "The end time must be after the start time" },
    ]);
  });

  it("refuses two templates that would publish the same slot", () => {
    const morning = { ...everyDay, id: "morning", endTime: "12:00" };
    const overlap = { ...everyDay, id: "late-morning", startTime: "11:00", endTime: "13:00" };
    const error = thrown(() => slotsForRange([morning, overlap], "2026-11-24", "2026-11-24"));
    expect(error.message).toBe(
      "Session templates morning and late-morning overlap: both publish 11:00 on 2026-11-24. Change one of them.",
    );
  });
});
