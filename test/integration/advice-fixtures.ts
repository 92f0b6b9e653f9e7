import type { Principal, RouteDefinition } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import type { AdviceDocumentDeps } from "../../functions/src/advice/handlers/advice-documents.ts";
import { testFiles } from "./document-fixtures.ts";
import { type Call, routeCaller } from "./route-caller.ts";
import type { TestTable } from "./support.ts";

/** Who and what the advice integration tests send: demo patients and Armley's staff. */
export const york: Principal = {
  role: "receptionist",
  userId: "r-york",
  siteId: "site-york-clifton",
};
export const clinician2: Principal = {
  role: "clinician",
  userId: "c2-armley",
  siteId: "site-armley",
};

/** Tuesday 8 December 2026, 10:00 in London: the practice is open. */
export const openNow = new Date("2026-12-08T10:00:00Z");
/** The same Tuesday at 19:00: closed until Wednesday 08:00. */
export const closedNow = new Date("2026-12-08T19:00:00Z");

export const noSigns = { population: "adult", signs: [] } as const;

export const rashRequest = {
  subject: { kind: "self" },
  emergencyCheck: noSigns,
  problems: [
    {
      type: "new-problem",
      answers: { howLong: "days", gettingWorse: false, triedSelfCare: true },
      description: "An itchy rash on my arm for three days",
    },
  ],
};

export const fitNoteRequest = {
  subject: { kind: "self" },
  emergencyCheck: noSigns,
  problems: [
    {
      type: "fit-note",
      answers: { kind: "extend", offSince: "2026-11-30" },
      description: "Please extend my fit note",
    },
  ],
};

/** A clock the test can move, shared by every caller; the test s3rver for documents. */
export function adviceCallers(t: TestTable, clock: { now: Date }) {
  const files = testFiles();
  return <R extends RouteDefinition>(
    route: R,
    make: (deps: AdviceDocumentDeps) => RouteHandler<R>,
  ): Call =>
    routeCaller(
      t,
      route,
      (deps) => make({ ...deps, files }),
      () => clock.now,
    );
}
