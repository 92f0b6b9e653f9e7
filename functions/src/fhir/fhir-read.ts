import { fhirRead as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeFhirRead } from "./handlers/fhir-read.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeFhirRead({ db, tableName, now: () => new Date() }));
