import type { Principal, RouteDefinition } from "@front-door/contracts";
import { routes } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import {
  makeMyPhbAction,
  makeMyPhbApplication,
  makeMyPhbApplications,
  makeMyPhbApply,
  makeMyPhbDraft,
  makeMyPhbDraftSave,
} from "../../functions/src/phb/handlers/phb-patient.ts";
import {
  makePhbAction,
  makePhbApplication,
  makePhbQueue,
} from "../../functions/src/phb/handlers/phb-team.ts";
import { testFiles } from "./document-fixtures.ts";
import { type Call, type HandlerDeps, routeCaller } from "./route-caller.ts";
import type { TestTable } from "./support.ts";

export { amira, analyst, clinician, edith, receptionist, tom } from "./referral-fixtures.ts";

/** West Yorkshire's PHB team: a case manager (£100,000 a year) and a decision-maker (£500,000). */
export const caseManager: Principal = {
  role: "phb-team",
  userId: "phb-cm-wy",
  icbId: "icb-west-yorkshire",
  approvalLimitPence: 10_000_000,
};
export const secondCaseManager: Principal = { ...caseManager, userId: "phb-cm2-wy" };
export const decisionMaker: Principal = {
  role: "phb-team",
  userId: "phb-dm-wy",
  icbId: "icb-west-yorkshire",
  approvalLimitPence: 50_000_000,
};
export const otherIcbTeam: Principal = {
  role: "phb-team",
  userId: "phb-dm-hny",
  icbId: "icb-humber-north-yorkshire",
  approvalLimitPence: 50_000_000,
};

/** Tuesday 8 December 2026, 10:00 in London; tests move it on for reviews. */
export const clock = { now: new Date("2026-12-08T10:00:00Z") };

export function phbCalls(t: TestTable, files = testFiles()) {
  const call = <R extends RouteDefinition>(
    route: R,
    make: (deps: HandlerDeps) => RouteHandler<R>,
  ): Call => routeCaller(t, route, make, () => clock.now);
  return {
    draft: call(routes.myPhbDraft, makeMyPhbDraft),
    saveDraft: call(routes.myPhbDraftSave, makeMyPhbDraftSave),
    apply: call(routes.myPhbApply, (deps) => makeMyPhbApply({ ...deps, files })),
    mine: call(routes.myPhbApplications, makeMyPhbApplications),
    myOne: call(routes.myPhbApplication, makeMyPhbApplication),
    myAct: call(routes.myPhbAction, (deps) => makeMyPhbAction({ ...deps, files })),
    queue: call(routes.phbQueue, makePhbQueue),
    teamOne: call(routes.phbApplication, makePhbApplication),
    teamAct: call(routes.phbAction, makePhbAction),
  };
}

export const application = {
  routeId: "chc",
  currentSupport: [{ description: "Carers twice a day", providedBy: "Leeds City Council" }],
  outcomes: ["Stay in my own home", "Get to the allotment on Saturdays"],
  holdingPreference: "direct-payment",
};

export const plan = (annualCostPence: number) => ({
  lines: [
    {
      what: "Personal assistant for personal care",
      provider: "Employed personal assistant",
      frequency: "3 hours a day, every day",
      unitCostPence: 1_500,
      annualCostPence,
    },
  ],
  outcomes: ["Stay in my own home"],
  risks: "Personal assistant off sick",
  contingency: "Agency cover through the third-party organisation",
  careCoordinator: "Jo Bell",
  reviewDates: [],
});
