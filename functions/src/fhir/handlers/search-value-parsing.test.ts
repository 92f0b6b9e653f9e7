import { describe, expect, it } from "vitest";
import { FhirSearchError, type FhirSearchQuery } from "./fhir-resource-type.ts";
import {
  alternativesOf,
  dateConditionOf,
  pageOfCandidates,
  referencedIdsOf,
  tokensOf,
} from "./search-value-parsing.ts";

const query = (params: [string, string][], extra: Partial<FhirSearchQuery> = {}) => {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of params) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  return { params: grouped, count: 20, ...extra };
};

const refusedBy = (run: () => unknown, expression: string) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FhirSearchError);
    expect((error as FhirSearchError).expression).toBe(expression);
    return;
  }
  throw new Error("not refused");
};

describe("reading search values", () => {
  it("reads a date range as London days, and a dateTime at its own precision", () => {
    // 8 December is GMT: the London day is the UTC day.
    const december = dateConditionOf(
      query([
        ["date", "ge2026-12-08"],
        ["date", "le2026-12-09"],
      ]),
      "date",
    );
    expect(december?.from).toBe(Date.parse("2026-12-08T00:00:00Z"));
    expect(december?.to).toBe(Date.parse("2026-12-10T00:00:00Z"));
    expect(december?.matches(Date.parse("2026-12-09T23:59:00Z"))).toBe(true);
    expect(december?.matches(Date.parse("2026-12-10T00:00:00Z"))).toBe(false);
    // 1 July is BST: the London day starts at 23:00 UTC the day before.
    const july = dateConditionOf(query([["date", "2026-07-01"]]), "date");
    expect(july?.from).toBe(Date.parse("2026-06-30T23:00:00Z"));
    expect(july?.matches(Date.parse("2026-06-30T23:30:00Z"))).toBe(true);
    const minute = dateConditionOf(query([["date", "gt2026-12-09T09:30+00:00"]]), "date");
    expect(minute?.matches(Date.parse("2026-12-09T09:30:59Z"))).toBe(false);
    expect(minute?.matches(Date.parse("2026-12-09T09:31:00Z"))).toBe(true);
    const before = dateConditionOf(query([["date", "lt2026-12-09T09:30:00Z"]]), "date");
    expect(before?.matches(Date.parse("2026-12-09T09:29:59Z"))).toBe(true);
    expect(before?.matches(Date.parse("2026-12-09T09:30:00Z"))).toBe(false);
    expect(dateConditionOf(query([]), "date")).toBeUndefined();
  });

  it("refuses what is not a date, a prefix it does not support, and a time without a zone", () => {
    for (const bad of [
      "",
      "2026-02-30",
      "sa2026-12-09",
      "ne2026-12-09",
      "2026-12",
      "2026-12-09T09:30",
    ]) {
      refusedBy(() => dateConditionOf(query([["date", bad]]), "date"), "date");
    }
  });

  it("reads tokens, references and alternatives, refusing empty or repeated values", () => {
    expect(
      tokensOf(
        query([["identifier", "https://fhir.nhs.uk/Id/nhs-number|9990001383"]]),
        "identifier",
      ),
    ).toEqual([{ system: "https://fhir.nhs.uk/Id/nhs-number", code: "9990001383" }]);
    expect(tokensOf(query([["status", "booked,|noshow"]]), "status")).toEqual([
      { code: "booked" },
      { code: "noshow" },
    ]);
    expect(
      referencedIdsOf(query([["patient", "Patient/p-1,p-2,Group/g"]]), "patient", "Patient"),
    ).toEqual(["p-1", "p-2", undefined]);
    refusedBy(
      () => referencedIdsOf(query([["patient", "Patient/p_1"]]), "patient", "Patient"),
      "patient",
    );
    refusedBy(() => tokensOf(query([["status", "x|"]]), "status"), "status");
    refusedBy(() => alternativesOf(query([["_id", "a,"]]), "_id"), "_id");
    refusedBy(
      () =>
        alternativesOf(
          query([
            ["_id", "a"],
            ["_id", "b"],
          ]),
          "_id",
        ),
      "_id",
    );
  });

  it("pages through candidates, each page resolving about its own size", async () => {
    const resolved: number[] = [];
    const resolve = async (n: number) => {
      resolved.push(n);
      return n % 2 === 0 ? { resourceType: "Patient" as const, id: `p${n}` } : undefined;
    };
    const candidates = [0, 1, 2, 3, 4, 5, 6];
    const first = await pageOfCandidates(candidates, query([], { count: 2 }), resolve);
    expect(first.resources.map((r) => r.id)).toEqual(["p0", "p2"]);
    expect(resolved).toEqual([0, 1, 2]);
    const second = await pageOfCandidates(
      candidates,
      query([], { count: 2, page: first.next as string }),
      resolve,
    );
    expect(second.resources.map((r) => r.id)).toEqual(["p4", "p6"]);
    expect(second.next).toBeUndefined();
    await expect(pageOfCandidates(candidates, query([], { page: "-1" }), resolve)).rejects.toThrow(
      FhirSearchError,
    );
  });
});
