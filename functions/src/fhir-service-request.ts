import { fhirServiceRequest as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeFhirServiceRequest } from "./handlers/fhir-referrals.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeFhirServiceRequest({ db, tableName, now: () => new Date() }),
);
