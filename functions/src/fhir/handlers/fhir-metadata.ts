import { apiInfo, type routes } from "@front-door/contracts";
import { capabilityStatementOf } from "@front-door/fhir";
import type { ResultOf, RouteHandler } from "@front-door/lambda";
import { fhirResourceTypes } from "./fhir-registry.ts";

type Route = typeof routes.fhirMetadata;

const fhirJson = { "content-type": "application/fhir+json; charset=utf-8" };

/** The CapabilityStatement, from the registry: built once, the same for every caller. */
export function makeFhirMetadata(): RouteHandler<Route> {
  const statement = capabilityStatementOf(
    fhirResourceTypes.map((t) => ({
      type: t.type,
      profile: t.profile,
      searchParams: t.search?.params,
    })),
    apiInfo.version,
  );
  return async () => ({ body: statement as unknown as ResultOf<Route>["body"], headers: fhirJson });
}
