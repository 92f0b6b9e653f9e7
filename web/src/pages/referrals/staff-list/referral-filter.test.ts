import { describe, expect, it } from "vitest";
import {
  describeReferralFilter,
  filterFieldId,
  readReferralFilter,
  referralsApiPath,
  serviceOptions,
  stageOptions,
} from "./referral-filter.ts";

describe("referral queue filter", () => {
  it("reads the stage and service from the URL, trimmed, and blank when missing", () => {
    expect(readReferralFilter("")).toEqual({ stage: "", service: "" });
    expect(readReferralFilter("?stage=+accepted+&service=physiotherapy")).toEqual({
      stage: "accepted",
      service: "physiotherapy",
    });
  });

  it("asks the API for exactly what the URL asked, leaving blanks to the API's default", () => {
    expect(referralsApiPath({ stage: "", service: "" })).toBe("/api/staff/referrals");
    expect(referralsApiPath({ stage: "awaiting-information", service: "" })).toBe(
      "/api/staff/referrals?stage=awaiting-information",
    );
    // Nonsense goes to the API too (encoded): it says what is wrong, by field.
    expect(referralsApiPath({ stage: "a&b", service: "podiatry" })).toBe(
      "/api/staff/referrals?stage=a%26b&service=podiatry",
    );
  });

  it("offers the open stages by default, every stage but a draft, and self-referral services only", () => {
    expect(stageOptions[0]).toEqual({ value: "", text: "Still to act on" });
    expect(stageOptions.map((o) => o.value)).not.toContain("draft");
    expect(stageOptions.map((o) => o.value)).toContain("entered-in-error");
    const services = serviceOptions.map((o) => o.value);
    expect(services).toContain("physiotherapy");
    expect(services).toContain("talking-therapies");
    expect(services).not.toContain("same-day-gp");
  });

  it("describes the filter in words", () => {
    expect(describeReferralFilter({ stage: "", service: "" })).toBe(
      "Still to act on, all services",
    );
    expect(describeReferralFilter({ stage: "accepted", service: "audiology" })).toBe(
      "Accepted, Hearing tests and hearing aids (audiology)",
    );
  });

  it("puts the API's field errors on the matching select", () => {
    expect(filterFieldId("service")).toBe("service");
    expect(filterFieldId("stage")).toBe("stage");
    expect(filterFieldId("")).toBe("stage");
  });
});
