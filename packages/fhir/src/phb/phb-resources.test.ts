import {
  newPhbCase,
  type PhbAction,
  type PhbActor,
  type PhbCase,
  phbTracker,
  phbTransition,
} from "@front-door/domain";
import { describe, expect, it } from "vitest";
import {
  caseManager,
  ctxAt,
  patient,
  planDraft,
  westYorkshire,
} from "../../../domain/src/phb/phb-fixtures.testing.ts";
import { fhirValidatorErrors } from "../testing/fhir-validator.ts";
import { r4InvariantErrors } from "../testing/r4-invariants.ts";
import { r4SchemaErrors } from "../testing/r4-schema.ts";
import { carePlanOf } from "./care-plan.ts";
import type { PhbForFhir } from "./phb-fhir-input.ts";
import { phbTaskOf } from "./phb-task.ts";

function step(phb: PhbCase, action: PhbAction, actor: PhbActor = caseManager) {
  const result = phbTransition(phb, action, ctxAt(actor));
  if (result.kind !== "changed") throw new Error(JSON.stringify(result.refusal));
  return result.after;
}

const requested = () =>
  newPhbCase(
    {
      routeId: "chc",
      currentSupport: [],
      outcomes: ["Stay at home"],
      holdingPreference: "not-sure",
    },
    westYorkshire,
    new Date("2026-05-01T09:00:00Z"),
  );
const planning = () => {
  let phb = step(requested(), { type: "decide-eligible" });
  phb = step(phb, { type: "record-assessment", date: "2026-05-20", summary: "Help at home" });
  phb = step(phb, { type: "set-budget", annualPence: 6_000_000, basis: "Hours × local rate" });
  return step(phb, { type: "save-plan", plan: planDraft() });
};
const inPlace = () => {
  let phb = step(planning(), { type: "agree-plan", version: 1 }, patient);
  phb = step(phb, { type: "sign-off", version: 1 });
  phb = step(phb, { type: "record-holding", arrangement: { way: "notional" } });
  return step(phb, { type: "mark-in-place", inPlaceOn: "2026-05-31" });
};

/** The case at each stage worth showing, reached through the real stage machine. */
const cases: Record<string, () => PhbCase> = {
  requested,
  "information requested": () =>
    step(requested(), { type: "request-information", question: "Who helps you now?" }),
  "not eligible": () =>
    step(requested(), { type: "decide-not-eligible", reasons: "Not CHC", signpost: "Your GP" }),
  withdrawn: () => step(requested(), { type: "withdraw", reason: "Moved away" }, patient),
  planning,
  "in place": inPlace,
  "being varied": () =>
    step(inPlace(), {
      type: "record-review",
      reviewedOn: "2026-06-01",
      outcome: "vary",
      notes: "More at night",
      plan: planDraft(5_800_000),
    }),
};

function forFhir(phb: PhbCase, actingFor = false): PhbForFhir {
  return {
    id: "7d1c3e1a-5b7f-4a8e-9a51-3f0c8f2b6d10",
    reference: "PHB-7K2Q9D",
    version: 4,
    case: phb,
    icb: { id: "icb-west-yorkshire", name: "NHS West Yorkshire ICB", odsCode: "QWO" },
    person: { nhsNumber: "9990001383", name: "Thomas Whitaker" },
    ...(actingFor ? { actingFor: { nhsNumber: "9434765919", name: "Ann Whitaker" } } : {}),
    nextStep: phbTracker(phb).nextStep,
    createdAt: "2026-05-01T09:00:00.000Z",
    updatedAt: "2026-06-01T10:00:00.000Z",
  };
}

function expectValid(resource: unknown) {
  expect(r4SchemaErrors(resource)).toEqual([]);
  expect(fhirValidatorErrors(resource)).toEqual([]);
  expect(r4InvariantErrors(resource)).toEqual([]);
}

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("a personal health budget as FHIR R4", { timeout: 60_000 }, () => {
  it.each(Object.keys(cases))(
    "%s: the Task (and any CarePlan) pass the R4 schema, value sets and invariants",
    (name) => {
      const phb = (cases[name] as () => PhbCase)();
      for (const actingFor of [false, true]) {
        expectValid(phbTaskOf(forFhir(phb, actingFor)));
        const plan = carePlanOf(forFhir(phb, actingFor));
        if (phb.plans.length > 0) expectValid(plan);
        else expect(plan).toBeUndefined();
      }
    },
  );

  it("maps stages to Task statuses, with the due date while the team still owes a step", () => {
    const task = (phb: PhbCase) => phbTaskOf(forFhir(phb));
    expect(task(requested())).toMatchObject({
      status: "requested",
      restriction: { period: { end: requested().dueBy } },
      businessStatus: { coding: [{ code: "requested" }] },
    });
    expect(task((cases["information requested"] as () => PhbCase)()).status).toBe("on-hold");
    expect(task(planning()).status).toBe("in-progress");
    const refused = task((cases["not eligible"] as () => PhbCase)());
    expect(refused).toMatchObject({ status: "rejected", statusReason: { text: "Not CHC" } });
    expect(refused.restriction).toBeUndefined();
    expect(task(inPlace())).toMatchObject({
      status: "completed",
      output: [{ valueReference: { reference: "CarePlan/7d1c3e1a-5b7f-4a8e-9a51-3f0c8f2b6d10" } }],
    });
    expect(task((cases.withdrawn as () => PhbCase)()).status).toBe("cancelled");
  });

  it("owns the Task by the ICB's ODS code and names the carer who applied as requester", () => {
    const task = phbTaskOf(forFhir(requested(), true));
    expect(task.owner?.identifier).toEqual({
      system: "https://fhir.nhs.uk/Id/ods-organization-code",
      value: "QWO",
    });
    expect(task.for?.identifier?.value).toBe("9990001383");
    expect(task.requester).toMatchObject({ type: "RelatedPerson", display: "Ann Whitaker" });
  });

  it("shows a plan's lines as activities, its outcomes as goals and its co-ordinator", () => {
    const plan = carePlanOf(forFhir(inPlace()));
    expect(plan).toMatchObject({
      status: "active",
      intent: "plan",
      period: { start: "2026-05-31" },
      careTeam: [{ reference: "#care-team" }],
      goal: [{ reference: "#outcome-1" }],
    });
    expect(plan?.activity).toEqual([
      expect.objectContaining({
        detail: expect.objectContaining({
          code: { text: "Personal assistant for personal care" },
          performer: [{ display: "Employed personal assistant" }],
          scheduledString: "2 hours a day, every day",
          status: "scheduled",
        }),
      }),
    ]);
    expect(plan?.contained).toContainEqual(
      expect.objectContaining({
        resourceType: "CareTeam",
        participant: [
          expect.objectContaining({ member: { display: "Jo Bell, West Yorkshire PHB team" } }),
        ],
      }),
    );
  });

  it("keeps showing the agreed plan while a variation is a draft", () => {
    const plan = carePlanOf(forFhir((cases["being varied"] as () => PhbCase)()));
    expect(plan).toMatchObject({ status: "active", meta: { versionId: "1" } });
    expect(carePlanOf(forFhir(planning()))).toMatchObject({ status: "draft", intent: "proposal" });
  });

  it("would be caught by the checks if a Task status slipped outside its value set", () => {
    const wrong = { ...phbTaskOf(forFhir(planning())), status: "planning" };
    expect(fhirValidatorErrors(wrong).length).toBeGreaterThan(0);
  });
});
