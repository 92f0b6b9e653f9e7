import { describe, expect, it } from "vitest";
import { landingPath, safeReturnPath, signInHref } from "./return-path.ts";

const origin = "https://front-door.example";

describe("safeReturnPath", () => {
  it("keeps a same-origin path with its query and fragment", () => {
    expect(safeReturnPath("/find/?postcode=LS12+3AB&service=podiatry", origin)).toBe(
      "/find/?postcode=LS12+3AB&service=podiatry",
    );
    expect(safeReturnPath("/profile/#carer", origin)).toBe("/profile/#carer");
  });

  it.each([
    ["missing", null],
    ["empty", ""],
    ["another site", "https://evil.example/"],
    ["protocol-relative", "//evil.example/path"],
    ["backslash trick", "/\\evil.example"],
    ["script URL", "javascript:alert(1)"],
    ["relative path", "profile/"],
    ["the sign-in page itself", "/sign-in/?return=/profile/"],
    ["the sign-in callback", "/signed-in/?code=1"],
  ])("sends a %s return to the home page", (_name, raw) => {
    expect(safeReturnPath(raw, origin)).toBe("/");
  });
});

describe("signInHref", () => {
  it("remembers where the person was", () => {
    expect(signInHref("/find/?postcode=LS1 4AP")).toBe(
      "/sign-in/?return=%2Ffind%2F%3Fpostcode%3DLS1%204AP",
    );
    expect(signInHref("/")).toBe("/sign-in/");
  });
});

describe("landingPath", () => {
  it.each([
    ["patient", "/"],
    ["receptionist", "/staff/day/"],
    ["phb-team", "/phb/team/"],
    ["clinician", "/staff/queue/"],
    ["icb-analyst", "/dashboard/"],
  ] as const)("lands a %s with nowhere to return to on %s", (role, path) => {
    expect(landingPath("/", role)).toBe(path);
  });

  it("returns anyone to the page they came from", () => {
    expect(landingPath("/profile/", "receptionist")).toBe("/profile/");
    expect(landingPath("/find/?postcode=LS1", "icb-analyst")).toBe("/find/?postcode=LS1");
  });
});
