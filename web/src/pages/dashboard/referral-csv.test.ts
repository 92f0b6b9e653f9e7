import type { DashboardResponse } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { emptyJourneySections } from "./journey-sections.testing.ts";
import { ineligibleReasonLabel, referralCsv } from "./referral-csv.ts";

const none = {
  demand: 0,
  capacity: 0,
  booked: 0,
  cancelled: 0,
  didNotAttend: 0,
  unmet: 0,
  diversions: 0,
  utilisation: null,
};

const data: DashboardResponse = {
  icb: { id: "icb-west-yorkshire", name: "NHS West Yorkshire ICB" },
  from: "2026-12-06",
  to: "2026-12-07",
  sites: [{ id: "site-armley", name: "Armley, Leeds" }],
  ...emptyJourneySections,
  days: [],
  breakdown: [],
  totals: none,
  referrals: [
    {
      service: "physiotherapy",
      submitted: 5,
      ineligible: 3,
      ineligibleByReason: { "outside-catchment": 1, "routine-nail-cutting": 2, never: 0 },
      diverted: 1,
      accepted: 4,
      rejected: 1,
      rejectedByReason: { "not-suitable": 1 },
      booked: 3,
      completed: 1,
      withdrawn: 0,
      timeToTriage: { count: 5, median: { withinHours: 4 }, p90: { withinHours: 48 } },
      timeToAppointment: { count: 3, median: { withinHours: 168 }, p90: { longerThanHours: 672 } },
    },
    {
      service: "podiatry",
      submitted: 0,
      ineligible: 0,
      ineligibleByReason: {},
      diverted: 0,
      accepted: 0,
      rejected: 0,
      rejectedByReason: {},
      booked: 0,
      completed: 0,
      withdrawn: 0,
      timeToTriage: { count: 0, median: null, p90: null },
      timeToAppointment: { count: 0, median: null, p90: null },
    },
  ],
};

const names = {
  site: "Armley, Leeds",
  service: "All services",
  serviceName: (code: string) =>
    ({ physiotherapy: "Physiotherapy", podiatry: "Podiatry" })[code] ?? code,
};

/** The file as records keyed by column heading, so each test reads the column it is about. */
function records(csv: string): Record<string, string>[] {
  const parse = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
      .map((m) => m[1] ?? "")
      .slice(0, -1)
      .map((field) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field));
  const [head = "", ...rows] = csv.split("\r\n").filter((line) => line !== "");
  const columns = parse(head);
  return rows.map((row) => {
    const cells = parse(row);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""]));
  });
}

describe("the self-referrals CSV", () => {
  const [physio, podiatry] = records(referralCsv(data, names));

  it("says outcomes and reasons in words, never the internal codes", () => {
    const csv = referralCsv(data, names);
    expect(csv).not.toMatch(/not-suitable|outside-catchment|routine-nail-cutting|needs-gp/);
    expect(Object.keys(physio ?? {})).toEqual(
      expect.arrayContaining([
        "Referrals sent",
        "Not eligible: Outside the area the service covers",
        "Not eligible: Routine nail cutting",
        "Not eligible: Under the service's minimum age",
        "Rejected: Not suitable for this service",
        "Rejected: Needs a GP assessment first",
      ]),
    );
  });

  it("has a number in every count, a reason's column holding 0 where nobody had it", () => {
    expect(physio?.Service).toBe("Physiotherapy");
    expect(physio?.["Referrals sent"]).toBe("5");
    expect(physio?.["Not eligible: Routine nail cutting"]).toBe("2");
    expect(physio?.["Not eligible: Outside the area the service covers"]).toBe("1");
    expect(physio?.["Not eligible: Over the service's maximum age"]).toBe("0");
    expect(physio?.["Rejected: Not suitable for this service"]).toBe("1");
    expect(podiatry?.["Not eligible: Routine nail cutting"]).toBe("0");
    for (const [column, value] of Object.entries(physio ?? {})) {
      if (["Dates", "Site", "Service"].includes(column)) continue;
      expect(value, column).toMatch(/^(\d+)?$/);
    }
  });

  it("gives waits as hours: up to the bucket's end, or more than the last bucket's start", () => {
    expect(physio?.["Time to triage, median, up to (hours)"]).toBe("4");
    expect(physio?.["Time to triage, median, more than (hours)"]).toBe("");
    expect(physio?.["Time to appointment, 90th percentile, up to (hours)"]).toBe("");
    expect(physio?.["Time to appointment, 90th percentile, more than (hours)"]).toBe("672");
    // Nothing counted: no wait, rather than a dash or a word.
    expect(podiatry?.["Time to triage, median, up to (hours)"]).toBe("");
  });

  it("words a service's own rule from its code", () => {
    expect(ineligibleReasonLabel("does-not-smoke")).toBe("Does not smoke");
    expect(ineligibleReasonLabel("needs-gp-review")).toBe("Needs GP review");
  });
});
