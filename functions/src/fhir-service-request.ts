import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeFhirServiceRequest } from "./handlers/fhir-referrals.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.fhirServiceRequest,
  makeFhirServiceRequest({ db, tableName, now: () => new Date() }),
);
