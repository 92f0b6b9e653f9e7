import { describe, expect, it } from "vitest";
import {
  approvalLimitOf,
  checkTypedLine,
  planTotal,
  signOffFor,
  spendingRulesFor,
  type TypedLine,
} from "./plan-check.ts";

const rules = spendingRulesFor("icb-west-yorkshire");
const carer: TypedLine = {
  what: "Personal assistant for personal care",
  provider: "Employed directly",
  frequency: "3 hours a day, 7 days a week",
  unitCost: "15.50",
  annualCost: "16,972.50",
};

describe("plan lines as the team types them", () => {
  it("turns an allowed line into pence for the API", () => {
    expect(checkTypedLine(carer, rules)).toEqual({
      line: {
        what: "Personal assistant for personal care",
        provider: "Employed directly",
        frequency: "3 hours a day, 7 days a week",
        unitCostPence: 1550,
        annualCostPence: 1_697_250,
      },
      messages: [],
    });
  });

  it("refuses a line the spending rules forbid and says why", () => {
    const { line, messages } = checkTypedLine({ ...carer, what: "Wine with meals" }, rules);
    expect(line).toBeUndefined();
    expect(messages).toEqual([
      {
        field: "what",
        message: "A personal health budget cannot be spent on alcohol.",
        refused: true,
      },
    ]);
  });

  it("names each empty or non-numeric field", () => {
    const { messages } = checkTypedLine(
      { what: " ", provider: "", frequency: "weekly", unitCost: "lots", annualCost: "-5" },
      rules,
    );
    expect(messages.map((m) => m.field)).toEqual(["unitCost", "what", "provider", "annualCost"]);
    expect(messages.find((m) => m.field === "annualCost")?.message).toBe(
      "Enter an amount greater than 0",
    );
  });

  it("adds the lines up against the budget", () => {
    const line = { ...carer, unitCostPence: 1, annualCostPence: 2_000_000 } as never;
    expect(planTotal([line], 2_500_000)).toEqual({
      totalPence: 2_000_000,
      overBudget: false,
      text: "£20,000.00 a year of the £25,000.00 budget: £5,000.00 left",
    });
    expect(planTotal([line, line], 2_500_000).overBudget).toBe(true);
    expect(planTotal([line, line], 2_500_000).text).toContain("£15,000.00 over");
  });
});

describe("approval limits", () => {
  it("reads the limit from the token's claim", () => {
    expect(approvalLimitOf("10000000")).toBe(10_000_000);
    expect(approvalLimitOf(500)).toBe(500);
    expect(approvalLimitOf("ten")).toBeUndefined();
    expect(approvalLimitOf(undefined)).toBeUndefined();
  });

  it("sends a plan above the member's limit to a decision-maker", () => {
    expect(signOffFor(10_000_000, "icb-west-yorkshire", 10_000_000)).toEqual({
      kind: "may-sign-off",
    });
    expect(signOffFor(10_000_000, "icb-west-yorkshire", 10_000_001)).toEqual({
      kind: "needs-decision-maker",
      limitText: "£100,000.00",
    });
    expect(signOffFor(undefined, "icb-west-yorkshire", 1).kind).toBe("needs-decision-maker");
  });
});
