import { fhirServiceRequest as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeFhirServiceRequest } from "./handlers/fhir-referrals.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeFhirServiceRequest({ db, tableName, now: () => new Date() }),
);
