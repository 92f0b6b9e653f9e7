import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeFhirQuestionnaireResponse } from "./handlers/fhir-referrals.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.fhirQuestionnaireResponse,
  makeFhirQuestionnaireResponse({ db, tableName, now: () => new Date() }),
);
