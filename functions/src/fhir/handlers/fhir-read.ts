import type { routes } from "@front-door/contracts";
import { notFoundOutcome } from "@front-door/fhir";
import type { ResultOf, RouteHandler } from "@front-door/lambda";
import { fhirResourceType } from "./fhir-registry.ts";
import type { FhirDeps } from "./fhir-resource-type.ts";

export type FhirReadDeps = FhirDeps;

type Route = typeof routes.fhirRead;

const fhirJson = { "content-type": "application/fhir+json; charset=utf-8" };

/**
 * GET /api/fhir/{resourceType}/{id}, for every type in the registry. What the caller may not
 * read and what does not exist get the same 404, an OperationOutcome.
 */
export function makeFhirRead(deps: FhirReadDeps): RouteHandler<Route> {
  return async ({ principal, params }) => {
    const resource = await fhirResourceType(params.resourceType)?.read(deps, principal, params.id);
    if (resource) return { body: { ...resource } as ResultOf<Route>["body"], headers: fhirJson };
    const outcome = notFoundOutcome(`There is no ${params.resourceType} with that id you can see`);
    // The route documents this body as its 404 (errors.bodies); the glue sends any body as is.
    return { status: 404, body: outcome as unknown as ResultOf<Route>["body"], headers: fhirJson };
  };
}
