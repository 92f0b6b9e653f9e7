import { describe, expect, it } from "vitest";
import { emptyJourneySections } from "./journey-sections.testing.ts";
import { phbReturnCsv, phbReturnFileName, phbReturnHeader } from "./phb-return-csv.ts";

const row = (way: "notional" | "third-party" | "direct-payment" | "mix", n: number) => ({
  routeId: "chc",
  routeName: "NHS Continuing Healthcare (adults)",
  way,
  inPlaceAtQuarterEnd: n,
  annualPenceAtQuarterEnd: n * 5_000_050,
  newInQuarter: n > 0 ? 1 : 0,
  newAnnualPence: n > 0 ? 5_000_050 : 0,
});

const data = {
  icb: { id: "icb-west-yorkshire", name: "NHS West Yorkshire ICB" },
  phb: {
    ...emptyJourneySections.phb,
    quarterlyReturn: {
      ...emptyJourneySections.phb.quarterlyReturn,
      rows: [row("notional", 0), row("third-party", 0), row("direct-payment", 2), row("mix", 0)],
    },
  },
};

describe("the quarterly PHB return CSV", () => {
  const lines = phbReturnCsv(data).trimEnd().split("\r\n");

  it("has the collection's columns and one row per group and way, zeros included, then a total", () => {
    expect(lines[0]).toBe(phbReturnHeader.join(","));
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines[1]).toBe(
      "icb-west-yorkshire,NHS West Yorkshire ICB,2026-27,Q3,2026-10-01,2026-12-31,NHS Continuing Healthcare (adults),Notional budget,0,0,0,0",
    );
    expect(lines[3]).toBe(
      "icb-west-yorkshire,NHS West Yorkshire ICB,2026-27,Q3,2026-10-01,2026-12-31,NHS Continuing Healthcare (adults),Direct payment,2,100001,1,50000.5",
    );
    expect(lines[5]).toBe(
      "icb-west-yorkshire,NHS West Yorkshire ICB,2026-27,Q3,2026-10-01,2026-12-31,All groups,All ways,2,100001,1,50000.5",
    );
  });

  it("names the file by ICB and quarter", () => {
    expect(phbReturnFileName(data)).toBe("front-door-phb-return-icb-west-yorkshire-2026-27-Q3.csv");
  });
});
