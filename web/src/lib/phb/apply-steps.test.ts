import { findPhbOffer, type PhbOffer } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import {
  backHref,
  checkHref,
  nextHref,
  requestOf,
  stepHref,
  stepOfPath,
  stepProblems,
} from "./apply-steps.ts";

const offer = findPhbOffer("icb-west-yorkshire") as PhbOffer;
const now = new Date("2026-12-08T10:00:00Z");
const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe("the order of the apply pages", () => {
  it("goes on to the next page, and back to check your answers after a change", () => {
    expect(nextHref("who", false)).toBe(stepHref("route"));
    expect(nextHref("documents", false)).toBe(checkHref);
    expect(nextHref("route", true)).toBe(checkHref);
    expect(backHref("who", false)).toBe("/personal-health-budgets/");
    expect(backHref("money", false)).toBe(stepHref("outcomes"));
    expect(backHref("money", true)).toBe(checkHref);
    expect(stepHref("outcomes", true)).toBe("/personal-health-budgets/apply/outcomes/?change=1");
  });

  it("sends an API error to the page that asks for the field", () => {
    expect(stepOfPath("forSomeoneElse.nhsNumber")).toBe("who");
    expect(stepOfPath("routeId")).toBe("route");
    expect(stepOfPath("currentSupport.1.providedBy")).toBe("support");
    expect(stepOfPath("outcomes.0")).toBe("outcomes");
    expect(stepOfPath("holdingPreference")).toBe("money");
    expect(stepOfPath("documentIds")).toBe("documents");
    expect(stepOfPath("somethingElse")).toBeUndefined();
  });
});

describe("the application as it is sent", () => {
  it("leaves out blank boxes, sends the documents by id and defaults what was not said", () => {
    const request = requestOf({
      routeId: "chc",
      outcomes: ["Stay at home", "  "],
      currentSupport: [
        { description: "Carers twice a day", providedBy: "Leeds City Council" },
        { description: "", providedBy: " " },
      ],
      documents: [
        {
          documentId: "0b7c1c2e-1111-4a4a-9a9a-222222222222",
          fileName: "letter.pdf",
          contentType: "application/pdf",
          size: 2048,
        },
      ],
    });
    expect(request).toEqual({
      routeId: "chc",
      currentSupport: [{ description: "Carers twice a day", providedBy: "Leeds City Council" }],
      outcomes: ["Stay at home"],
      holdingPreference: "not-sure",
      documentIds: ["0b7c1c2e-1111-4a4a-9a9a-222222222222"],
    });
  });
});

describe("what is wrong on each page, by the server's own rules", () => {
  it("asks for a route, then refuses one this ICB does not offer", () => {
    expect(paths(stepProblems("route", {}, offer, now))).toEqual(["routeId"]);
    expect(stepProblems("route", {}, offer, now)[0]?.message).toBe(
      "Select why you may have a budget",
    );
    expect(paths(stepProblems("route", { routeId: "ehc-plan" }, offer, now))).toEqual(["routeId"]);
    expect(stepProblems("route", { routeId: "mental-health" }, offer, now)).toEqual([]);
  });

  it("checks the cared-for person's NHS number, date of birth and names, and the representative answer", () => {
    const person = {
      nhsNumber: "943 476 5918",
      givenName: "Arthur",
      familyName: "",
      dateOfBirth: "2099-01-01",
      relationship: "Husband",
    };
    expect(paths(stepProblems("who", { forSomeoneElse: person }, offer, now)).sort()).toEqual([
      "forSomeoneElse.dateOfBirth",
      "forSomeoneElse.familyName",
      "forSomeoneElse.isRepresentative",
      "forSomeoneElse.nhsNumber",
    ]);
    const fixed = {
      ...person,
      nhsNumber: "943 476 5919",
      familyName: "Clarke",
      dateOfBirth: "1936-03-14",
      isRepresentative: true,
    };
    expect(stepProblems("who", { forSomeoneElse: fixed }, offer, now)).toEqual([]);
    // Applying for oneself asks nothing more on this page.
    expect(stepProblems("who", {}, offer, now)).toEqual([]);
  });

  it("needs at least one outcome, and only that page says so", () => {
    expect(paths(stepProblems("outcomes", { outcomes: [] }, offer, now))).toEqual(["outcomes"]);
    expect(stepProblems("outcomes", { outcomes: ["Stay at home"] }, offer, now)).toEqual([]);
    expect(stepProblems("money", { holdingPreference: "mix", outcomes: [] }, offer, now)).toEqual(
      [],
    );
  });

  it("needs both halves of a kind of support, and a choice of how to hold the money", () => {
    const half = [{ description: "Carers twice a day", providedBy: "" }];
    expect(paths(stepProblems("support", { currentSupport: half }, offer, now))).toEqual([
      "currentSupport.0.providedBy",
    ]);
    expect(stepProblems("support", { currentSupport: [] }, offer, now)).toEqual([]);
    expect(paths(stepProblems("money", {}, offer, now))).toEqual(["holdingPreference"]);
    expect(stepProblems("money", { holdingPreference: "not-sure" }, offer, now)).toEqual([]);
  });
});
