import { describe, expect, it } from "vitest";
import { readHolding, type TypedHolding, teamActionsAt } from "./holding.ts";

const typed: TypedHolding = {
  way: "mix",
  organisation: "Calderdale Carers Trust",
  agreementAccepted: true,
  accountSetUp: false,
  mix: { notional: "10,000", thirdParty: "", directPayment: "15000" },
};

describe("the way of holding the money", () => {
  it("sends a single way as it is", () => {
    expect(readHolding({ ...typed, way: "notional" }, 1)).toEqual({
      arrangement: { way: "notional" },
    });
    expect(readHolding({ ...typed, way: "direct-payment" }, 1)).toEqual({
      arrangement: { way: "direct-payment", agreementAccepted: true, accountSetUp: false },
    });
    expect(readHolding({ ...typed, way: "" }, 1)).toEqual({
      messages: [{ field: "way", message: "Choose how the money is held" }],
    });
  });

  it("sends a mix that adds up to the budget exactly, in pence", () => {
    expect(readHolding(typed, 2_500_000)).toEqual({
      arrangement: {
        way: "mix",
        parts: [
          { way: "notional", annualPence: 1_000_000 },
          { way: "direct-payment", annualPence: 1_500_000 },
        ],
        directPayment: { agreementAccepted: true, accountSetUp: false },
      },
    });
  });

  it("says in pounds when a mix does not add up", () => {
    expect(readHolding(typed, 2_500_001)).toEqual({
      messages: [
        {
          field: "mix-notional",
          message:
            "The parts add up to £25,000.00: they must add up to the budget, £25,000.01, exactly",
        },
      ],
    });
  });

  it("needs two ways in a mix, each a number", () => {
    const one = { ...typed, mix: { notional: "25000", thirdParty: "", directPayment: "" } };
    expect(readHolding(one, 2_500_000)).toEqual({
      messages: [{ field: "mix-notional", message: "Enter amounts for at least two ways" }],
    });
    const bad = { ...typed, mix: { ...typed.mix, thirdParty: "half" } };
    expect(readHolding(bad, 2_500_000)).toMatchObject({
      messages: [{ field: "mix-third-party" }],
    });
  });
});

describe("the team's actions by stage", () => {
  it("offers only what the stage machine allows the team", () => {
    expect(teamActionsAt("requested")).toEqual([
      "decide-eligible",
      "decide-not-eligible",
      "request-information",
      "withdraw",
      "assign",
    ]);
    expect(teamActionsAt("planning")).toEqual([
      "set-budget",
      "save-plan",
      "sign-off",
      "withdraw",
      "assign",
    ]);
    expect(teamActionsAt("in-place")).toContain("record-review");
    expect(teamActionsAt("in-place")).not.toContain("agree-plan");
    expect(teamActionsAt("ended")).toEqual([]);
  });
});
