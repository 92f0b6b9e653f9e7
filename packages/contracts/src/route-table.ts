export type * from "./route-definition.ts";

import { ErrorBody } from "./errors.ts";
import type { RouteDefinition } from "./route-definition.ts";
import { adviceRoutes } from "./routes/advice.ts";
import { coreRoutes } from "./routes/core.ts";
import { documentRoutes } from "./routes/documents.ts";
import { fhirRoutes } from "./routes/fhir.ts";
import { phbRoutes } from "./routes/phb.ts";
import { sameDayPatientRoutes } from "./routes/same-day-patient.ts";
import { selfReferralRoutes } from "./routes/self-referral.ts";
import { staffRoutes } from "./routes/staff.ts";

/**
 * The one route table. The CDK stack builds one function per entry with exactly these grants
 * and authorizer settings; the local runner dispatches to the same handler modules; the
 * OpenAPI document is generated from it. Add a route here and the tests say what else is due.
 *
 * Each route is also its own export (routes/index.ts): a function's entry imports only its
 * route, so its bundle carries that route's schemas and not the whole table's.
 */
export const routes = {
  ...coreRoutes,
  ...sameDayPatientRoutes,
  ...staffRoutes,
  ...selfReferralRoutes,
  ...documentRoutes,
  ...adviceRoutes,
  ...phbRoutes,
  ...fhirRoutes,
} as const satisfies Record<string, RouteDefinition>;

export type RouteKey = keyof typeof routes;
export const routeList: readonly RouteDefinition[] = Object.values(routes);

export const errorResponseSchema = ErrorBody;
