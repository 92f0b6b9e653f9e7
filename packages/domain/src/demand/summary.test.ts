import { describe, expect, it } from "vitest";
import { type DayCounts, datesBetween, figuresOf, summariseDemand } from "./summary.ts";

const row = (over: Partial<DayCounts>): DayCounts => ({
  localDate: "2026-03-29",
  siteId: "site-a",
  service: "same-day-gp",
  published: 0,
  blocked: 0,
  requests: 0,
  diversions: 0,
  booked: 0,
  cancelled: 0,
  didNotAttend: 0,
  unmet: 0,
  ...over,
});

describe("demand against capacity", () => {
  it("defines capacity as published less blocked and utilisation as kept bookings over capacity", () => {
    expect(
      figuresOf([
        row({ published: 48, blocked: 8, booked: 12, cancelled: 2, requests: 30, unmet: 5 }),
      ]),
    ).toEqual({
      demand: 30,
      capacity: 40,
      booked: 10,
      cancelled: 2,
      didNotAttend: 0,
      unmet: 5,
      diversions: 0,
      utilisation: 0.25,
    });
    expect(figuresOf([row({ requests: 3 })]).utilisation).toBeNull();
  });

  it("lists every day in the range, across the clock change, with zeros for quiet days", () => {
    expect(datesBetween("2026-03-28", "2026-03-30")).toEqual([
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
    ]);
    const summary = summariseDemand([row({ requests: 4 })], {
      from: "2026-03-28",
      to: "2026-03-30",
    });
    expect(summary.days.map((d) => d.demand)).toEqual([0, 4, 0]);
  });

  it("filters by site and service and breaks totals down per site and service", () => {
    const rows = [
      row({ siteId: "site-a", requests: 5, published: 10, booked: 5 }),
      row({ siteId: "site-b", requests: 7, published: 10, booked: 10 }),
      row({ siteId: "site-b", service: "physiotherapy", requests: 1 }),
      row({ localDate: "2026-04-10", siteId: "site-a", requests: 100 }),
    ];
    const all = summariseDemand(rows, { from: "2026-03-29", to: "2026-03-29" });
    expect(all.totals.demand).toBe(13);
    expect(all.breakdown.map((b) => `${b.siteId}/${b.service}:${b.demand}`)).toEqual([
      "site-a/same-day-gp:5",
      "site-b/physiotherapy:1",
      "site-b/same-day-gp:7",
    ]);
    const siteB = summariseDemand(
      rows,
      { from: "2026-03-29", to: "2026-03-29" },
      { siteId: "site-b", service: "same-day-gp" },
    );
    expect(siteB.totals).toMatchObject({ demand: 7, capacity: 10, booked: 10, utilisation: 1 });
  });
});
