import { describe, expect, it } from "vitest";
import { isForRole } from "./role-links.ts";

describe("links for a role", () => {
  it("shows the dashboard to analysts only", () => {
    expect(isForRole("icb-analyst", "icb-analyst")).toBe(true);
    expect(isForRole("icb-analyst", "receptionist")).toBe(false);
    expect(isForRole("icb-analyst", undefined)).toBe(false);
  });

  it("shows a staff link to each role it lists and to nobody else", () => {
    expect(isForRole("receptionist clinician", "receptionist")).toBe(true);
    expect(isForRole("receptionist clinician", "clinician")).toBe(true);
    expect(isForRole("receptionist clinician", "patient")).toBe(false);
    expect(isForRole("receptionist clinician", "icb-analyst")).toBe(false);
  });

  it("shows the PHB work queue to the PHB team only", () => {
    expect(isForRole("phb-team", "phb-team")).toBe(true);
    expect(isForRole("phb-team", "icb-analyst")).toBe(false);
    expect(isForRole("phb-team", "patient")).toBe(false);
  });
});
