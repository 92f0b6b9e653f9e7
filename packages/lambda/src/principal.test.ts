import { describe, expect, it } from "vitest";
import { claimList, principalFromClaims } from "./principal.ts";

describe("principal from JWT claims", () => {
  it("reads API Gateway's flattened array form and a plain array", () => {
    expect(claimList("[patient]")).toEqual(["patient"]);
    expect(claimList("[a b]")).toEqual(["a", "b"]);
    expect(claimList(["x", "y"])).toEqual(["x", "y"]);
    expect(claimList("solo")).toEqual(["solo"]);
    expect(claimList(undefined)).toEqual([]);
  });

  it("builds each role with its scope", () => {
    expect(
      principalFromClaims({
        sub: "u1",
        "cognito:groups": "[patient]",
        "custom:patient_id": "p1",
        "custom:nhs_number": "9990000018",
        name: "Amira",
      }),
    ).toEqual({
      role: "patient",
      userId: "u1",
      patientId: "p1",
      nhsNumber: "9990000018",
      displayName: "Amira",
    });
    expect(
      principalFromClaims({
        sub: "u2",
        "cognito:groups": "[receptionist]",
        "custom:site_id": "s1",
      }),
    ).toEqual({
      role: "receptionist",
      userId: "u2",
      siteId: "s1",
    });
    expect(
      principalFromClaims({ sub: "u3", "cognito:groups": "[icb-analyst]", "custom:icb_id": "i1" }),
    ).toEqual({
      role: "icb-analyst",
      userId: "u3",
      icbId: "i1",
    });
    expect(
      principalFromClaims({
        sub: "u4",
        "cognito:groups": "[phb-team]",
        "custom:icb_id": "i1",
        "custom:approval_limit_pence": "10000000",
      }),
    ).toEqual({ role: "phb-team", userId: "u4", icbId: "i1", approvalLimitPence: 10_000_000 });
  });

  it.each([
    [
      "no subject",
      { "cognito:groups": "[patient]", "custom:patient_id": "p", "custom:nhs_number": "1" },
    ],
    ["no role group", { sub: "u", "custom:site_id": "s" }],
    ["an unknown group", { sub: "u", "cognito:groups": "[admin]", "custom:site_id": "s" }],
    [
      "two roles",
      {
        sub: "u",
        "cognito:groups": "[receptionist icb-analyst]",
        "custom:site_id": "s",
        "custom:icb_id": "i",
      },
    ],
    [
      "a patient without a patient id",
      { sub: "u", "cognito:groups": "[patient]", "custom:nhs_number": "1" },
    ],
    ["a receptionist without a site", { sub: "u", "cognito:groups": "[receptionist]" }],
    [
      "an analyst without an ICB",
      { sub: "u", "cognito:groups": "[icb-analyst]", "custom:site_id": "s" },
    ],
    [
      "a PHB team member without an ICB",
      { sub: "u", "cognito:groups": "[phb-team]", "custom:approval_limit_pence": "100" },
    ],
    [
      "a PHB team member without an approval limit",
      { sub: "u", "cognito:groups": "[phb-team]", "custom:icb_id": "i" },
    ],
    [
      "a PHB team member whose limit is not whole pence",
      {
        sub: "u",
        "cognito:groups": "[phb-team]",
        "custom:icb_id": "i",
        "custom:approval_limit_pence": "1000.50",
      },
    ],
  ])("refuses %s", (_label, claims) => {
    expect(principalFromClaims(claims)).toBeUndefined();
  });
});
