import { fhirQuestionnaireResponse as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeFhirQuestionnaireResponse } from "./handlers/fhir-referrals.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeFhirQuestionnaireResponse({ db, tableName, now: () => new Date() }),
);
