import { describe, expect, it } from "vitest";
import { offerSteps } from "./offer-steps.ts";
import { documentSize, forWhom, pounds, routeName, stageTagClass } from "./phb-labels.ts";
import { contactRows } from "./profile-rows.ts";
import { timelineLabel } from "./timeline-labels.ts";

describe("words and amounts on the PHB pages", () => {
  it("shows whole pence as pounds with commas and two decimals", () => {
    expect(pounds(123_456)).toBe("£1,234.56");
    expect(pounds(5)).toBe("£0.05");
    expect(pounds(1_000_000_000)).toBe("£10,000,000.00");
  });

  it("names routes from any ICB's offer, and file sizes as people read them", () => {
    expect(routeName("chc")).toBe("NHS Continuing Healthcare (adults)");
    expect(routeName("ehc-plan")).toBe("Education, health and care plans (0 to 25)");
    expect(routeName("unknown-route")).toBe("unknown-route");
    expect(documentSize(300)).toBe("1 KB");
    expect(documentSize(240 * 1024)).toBe("240 KB");
    expect(documentSize(2.5 * 1024 * 1024)).toBe("2.5 MB");
  });

  it("says who the budget is for, and colours the stage by whose move it is", () => {
    expect(forWhom({})).toBe("You");
    expect(forWhom({ forSomeoneElse: { name: "Arthur Clarke", relationship: "Husband" } })).toBe(
      "Arthur Clarke (your husband)",
    );
    expect(stageTagClass("planning", "you")).toContain("yellow");
    expect(stageTagClass("withdrawn", "nobody")).toContain("grey");
    expect(stageTagClass("in-place", "team")).toContain("green");
  });

  it("gives honest timescales: 28 days to decide, then the ICB's own targets", () => {
    const steps = offerSteps({
      icbName: "NHS West Yorkshire ICB",
      timescales: { eligibilityDecisionDays: 28, stageTargets: { needsAssessment: 42 } },
    });
    expect(steps[0]).toContain("within 28 days");
    expect(steps[1]).toContain("within 42 days");
    // No target given: no promise made.
    expect(steps[2]).not.toContain("days");
  });

  it("shows the profile's contact details, saying when needs are none", () => {
    const rows = contactRows({
      contact: { mobile: "+447700900456" },
      communication: { britishSignLanguage: true, easyRead: false, largePrint: true },
      consent: { sms: true, email: false },
    });
    expect(rows).toEqual([
      { key: "Mobile", value: "07700 900456" },
      { key: "Email", value: "Not given" },
      { key: "Communication needs", value: "British Sign Language, Large print" },
    ]);
  });

  it("names timeline entries in the applicant's words", () => {
    expect(timelineLabel("set-budget")).toBe("Indicative budget set");
    expect(timelineLabel("some-new-action")).toBe("some new action");
  });
});
