import { fhirMetadata as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeFhirMetadata } from "./handlers/fhir-metadata.ts";

export const handler = http(route, makeFhirMetadata());
