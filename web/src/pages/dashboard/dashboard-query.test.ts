import { describe, expect, it } from "vitest";
import {
  chartSummary,
  dashboardApiPath,
  dashboardFieldId,
  describeFilter,
  formatRange,
  formatUtilisation,
  readDashboardFilter,
} from "./dashboard-query.ts";

describe("the dashboard filter in the URL", () => {
  it("is the last four weeks, every site and service, on a first visit", () => {
    expect(readDashboardFilter("", "2026-12-07")).toEqual({
      from: "2026-11-10",
      to: "2026-12-07",
      siteId: "",
      service: "",
      quarter: "",
    });
  });

  it("keeps submitted values, even empty dates, for the API to judge", () => {
    expect(
      readDashboardFilter("?from=+2026-12-01+&to=&siteId=site-armley&service=", "2026-12-07"),
    ).toEqual({ from: "2026-12-01", to: "", siteId: "site-armley", service: "", quarter: "" });
  });

  it("asks the API only for the filters chosen", () => {
    expect(
      dashboardApiPath({
        from: "2026-12-01",
        to: "2026-12-07",
        siteId: "",
        service: "",
        quarter: "",
      }),
    ).toBe("/api/icb/dashboard?from=2026-12-01&to=2026-12-07");
    expect(
      dashboardApiPath({
        from: "2026-12-01",
        to: "2026-12-07",
        siteId: "site-armley",
        service: "same-day-gp",
        quarter: "2026-27-Q2",
      }),
    ).toBe(
      "/api/icb/dashboard?from=2026-12-01&to=2026-12-07&siteId=site-armley&service=same-day-gp&quarter=2026-27-Q2",
    );
  });

  it("points the API's error paths at the form's fields", () => {
    expect(dashboardFieldId("to")).toBe("to-day");
    expect(dashboardFieldId("siteId")).toBe("siteId");
    expect(dashboardFieldId("service")).toBe("service");
    expect(dashboardFieldId("from")).toBe("from-day");
    expect(dashboardFieldId("")).toBe("from-day");
  });
});

describe("dashboard wording", () => {
  it("shows utilisation as a whole percentage, and says when there was no capacity", () => {
    expect(formatUtilisation(0.254)).toBe("25%");
    expect(formatUtilisation(1)).toBe("100%");
    expect(formatUtilisation(null)).toBe("No capacity");
  });

  it("writes date ranges the NHS way", () => {
    expect(formatRange("2026-11-10", "2026-12-07")).toBe("10 November to 7 December 2026");
    expect(formatRange("2026-12-20", "2027-01-16")).toBe("20 December 2026 to 16 January 2027");
    expect(formatRange("2026-12-07", "2026-12-07")).toBe("7 December 2026");
    expect(describeFilter(undefined, undefined)).toBe("All sites, all services");
    expect(describeFilter("Armley Neighbourhood Health Centre", "Physiotherapy")).toBe(
      "Armley Neighbourhood Health Centre, Physiotherapy",
    );
  });

  it("summarises the chart for people who cannot see it", () => {
    const zero = {
      demand: 0,
      capacity: 0,
      booked: 0,
      cancelled: 0,
      didNotAttend: 0,
      unmet: 0,
      diversions: 0,
      utilisation: null,
    };
    const days = [
      { date: "2026-12-06", ...zero },
      { date: "2026-12-07", ...zero, demand: 2, capacity: 4, booked: 1, utilisation: 0.25 },
    ];
    const totals = { ...zero, demand: 2, capacity: 4, booked: 1, utilisation: 0.25 };
    expect(chartSummary(days, totals)).toBe(
      "Chart of demand, capacity and booked appointments for each of the 2 days from 6 December to 7 December 2026. In total: demand 2, capacity 4, booked 1. Highest demand: 2 on 7 December 2026. The table after the chart gives every figure.",
    );
    expect(chartSummary(days.slice(0, 1), zero)).toContain("No same-day requests in this period.");
  });
});
