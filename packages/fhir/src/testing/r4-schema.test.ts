import { describe, expect, it } from "vitest";
import { fhirValidatorErrors } from "./fhir-validator.ts";
import { r4InvariantErrors } from "./r4-invariants.ts";
import { r4SchemaErrors } from "./r4-schema.ts";

/** The three checks the FHIR output is tested with, shown to catch what they are relied on for. */
// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("the FHIR R4 checks", { timeout: 60_000 }, () => {
  const valid = {
    resourceType: "ServiceRequest",
    status: "active",
    intent: "order",
    subject: { reference: "Patient/p1" },
  };

  it("all accept a minimal valid ServiceRequest", () => {
    expect(r4SchemaErrors(valid)).toEqual([]);
    expect(fhirValidatorErrors(valid)).toEqual([]);
    expect(r4InvariantErrors(valid)).toEqual([]);
  });

  it("the invariants refuse what the schema lets through: a period backwards, an unreferenced or missing contained resource, a Task changed before it was made", () => {
    const task = {
      resourceType: "Task",
      status: "requested",
      intent: "order",
      authoredOn: "2026-12-08T10:00:00Z",
      lastModified: "2026-12-08T11:00:00Z",
    };
    expect(r4InvariantErrors(task)).toEqual([]);
    expect(
      r4InvariantErrors({
        ...task,
        restriction: { period: { start: "2027-01-02", end: "2027-01-01" } },
      }),
    ).toEqual(["Task.descendants().ofType(Period): per-1"]);
    expect(r4InvariantErrors({ ...task, lastModified: "2026-12-08T09:00:00Z" })).toEqual([
      "Task: inv-1",
    ]);
    const goal = {
      resourceType: "Goal",
      id: "g1",
      lifecycleStatus: "active",
      description: { text: "Walk" },
      subject: { reference: "Patient/p1" },
    };
    expect(r4InvariantErrors({ ...task, contained: [goal] })).toEqual(["Task: dom-3"]);
    expect(r4InvariantErrors({ ...task, contained: [goal], focus: { reference: "#g1" } })).toEqual(
      [],
    );
    expect(r4InvariantErrors({ ...task, focus: { reference: "#g2" } })).toEqual([
      "Task.descendants().ofType(Reference): ref-1",
    ]);
    expect(
      r4SchemaErrors({ ...task, lastModified: "2026-12-08T09:00:00Z", contained: [goal] }),
    ).toEqual([]);
  });

  it("the invariants check a searchset's entries each as its own resource: a #reference resolves in its own contained, not another entry's", () => {
    const task = { resourceType: "Task", status: "requested", intent: "order" };
    const goal = { resourceType: "Goal", id: "g1", lifecycleStatus: "active" };
    const bundle = (...resources: object[]) => ({
      resourceType: "Bundle",
      type: "searchset",
      entry: resources.map((resource) => ({ resource, search: { mode: "match" } })),
    });
    const good = { ...task, id: "t1", contained: [goal], focus: { reference: "#g1" } };
    expect(r4InvariantErrors(bundle(good))).toEqual([]);
    const dangling = { ...task, id: "t2", focus: { reference: "#g1" } };
    expect(r4InvariantErrors(bundle(good, dangling))).toEqual([
      "entry[1] Task.descendants().ofType(Reference): ref-1",
    ]);
    const backwards = {
      ...task,
      id: "t3",
      restriction: { period: { start: "2027-01-02", end: "2027-01-01" } },
    };
    expect(r4InvariantErrors(bundle(backwards))).toEqual([
      "entry[0] Task.descendants().ofType(Period): per-1",
    ]);
    // The Bundle's own rules still hold: a total and entry.search only on a search.
    expect(r4InvariantErrors({ ...bundle(good), type: "collection", total: 1 })).toEqual([
      "Bundle: bdl-1",
      "Bundle: bdl-2",
    ]);
  });

  it("the schema refuses a missing subject and an unknown element", () => {
    const { subject: _s, ...noSubject } = valid;
    expect(r4SchemaErrors(noSubject).length).toBeGreaterThan(0);
    expect(r4SchemaErrors({ ...valid, colour: "blue" }).length).toBeGreaterThan(0);
  });

  it("the validator refuses codes outside their value sets", () => {
    expect(fhirValidatorErrors({ ...valid, status: "accepted" })).toEqual([
      'ServiceRequest.status: Code "accepted" not found in value set',
    ]);
    expect(fhirValidatorErrors({ ...valid, priority: "soon" }).length).toBe(1);
    expect(
      fhirValidatorErrors({
        resourceType: "QuestionnaireResponse",
        status: "completed",
      }),
    ).toEqual([]);
    expect(
      fhirValidatorErrors({ resourceType: "QuestionnaireResponse", status: "sent" }).length,
    ).toBe(1);
  });
});
