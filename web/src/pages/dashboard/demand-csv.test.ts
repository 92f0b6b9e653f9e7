import type { DashboardResponse } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  csvField,
  csvText,
  demandCsv,
  demandCsvFileName,
  referralCsvFileName,
} from "./demand-csv.ts";
import { emptyJourneySections } from "./journey-sections.testing.ts";

describe("CSV fields", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvField("Armley Neighbourhood Health Centre")).toBe(
      "Armley Neighbourhood Health Centre",
    );
    expect(csvField(12)).toBe("12");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvField("Leeds, Armley")).toBe('"Leeds, Armley"');
    expect(csvField('The "Old" Surgery')).toBe('"The ""Old"" Surgery"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("stops a spreadsheet running text as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+44")).toBe("'+44");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("=1,2")).toBe(`"'=1,2"`);
    // Numbers are numbers, even negative ones.
    expect(csvField(-1)).toBe("-1");
  });

  it("joins rows with CRLF and ends with one", () => {
    expect(
      csvText([
        ["a", 1],
        ["b, c", null],
      ]),
    ).toBe('a,1\r\n"b, c",\r\n');
  });
});

const figures = {
  demand: 3,
  capacity: 4,
  booked: 1,
  cancelled: 0,
  didNotAttend: 0,
  unmet: 1,
  diversions: 1,
  utilisation: 0.25,
};
const none = { ...figures, demand: 0, capacity: 0, booked: 0, unmet: 0, diversions: 0 };
const data: DashboardResponse = {
  icb: { id: "icb-west-yorkshire", name: "NHS West Yorkshire ICB" },
  from: "2026-12-06",
  to: "2026-12-07",
  sites: [{ id: "site-armley", name: "Armley, Leeds" }],
  referrals: [],
  ...emptyJourneySections,
  days: [
    { date: "2026-12-06", ...none, utilisation: null },
    { date: "2026-12-07", ...figures },
  ],
  breakdown: [
    { siteId: "site-armley", siteName: "Armley, Leeds", service: "same-day-gp", ...figures },
  ],
  totals: figures,
};

describe("the demand CSV", () => {
  it("has each day, each site and service, and the total, every row saying what it covers", () => {
    const lines = demandCsv(data, {
      site: "All sites",
      service: "All services",
      serviceName: (code) => (code === "same-day-gp" ? "Same-day GP appointment" : code),
    }).split("\r\n");
    expect(lines).toEqual([
      "Section,Date,Site,Service,Demand,Capacity,Booked,Utilisation (booked / capacity),Cancelled,Did not attend,Unmet,Diversions",
      "Day,2026-12-06,All sites,All services,0,0,0,,0,0,0,0",
      "Day,2026-12-07,All sites,All services,3,4,1,0.25,0,0,1,1",
      'Site and service,2026-12-06 to 2026-12-07,"Armley, Leeds",Same-day GP appointment,3,4,1,0.25,0,0,1,1',
      "Total,2026-12-06 to 2026-12-07,All sites,All services,3,4,1,0.25,0,0,1,1",
      "",
    ]);
  });

  it("is named for the ICB, any filter and the dates", () => {
    expect(demandCsvFileName(data)).toBe(
      "front-door-demand-icb-west-yorkshire-2026-12-06-to-2026-12-07.csv",
    );
    expect(demandCsvFileName({ ...data, siteId: "site-armley", service: "same-day-gp" })).toBe(
      "front-door-demand-icb-west-yorkshire-site-armley-same-day-gp-2026-12-06-to-2026-12-07.csv",
    );
    expect(referralCsvFileName({ ...data, siteId: "site-armley" })).toBe(
      "front-door-self-referrals-icb-west-yorkshire-site-armley-2026-12-06-to-2026-12-07.csv",
    );
  });
});
