import { fhirQuestionnaireResponse as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeFhirQuestionnaireResponse } from "./handlers/fhir-referrals.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeFhirQuestionnaireResponse({ db, tableName, now: () => new Date() }),
);
