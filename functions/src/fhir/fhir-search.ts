import { fhirSearch as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeFhirSearch } from "./handlers/fhir-search.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeFhirSearch({ db, tableName, now: () => new Date() }));
