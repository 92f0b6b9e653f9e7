import { fhirDefaultCount, type routes } from "@front-door/contracts";
import { InvalidInput, NotFound } from "@front-door/domain";
import { searchsetBundle } from "@front-door/fhir";
import type { ResultOf, RouteHandler } from "@front-door/lambda";
import { fhirResourceType } from "./fhir-registry.ts";
import { type FhirDeps, FhirSearchError, type FhirSearchPage } from "./fhir-resource-type.ts";
import { openPosition, sealPosition, searchBinding } from "./search-position.ts";

type Route = typeof routes.fhirSearch;

const fhirJson = { "content-type": "application/fhir+json; charset=utf-8" };

/** Parameters every search takes, whatever its type. */
const shared = new Set(["_count", "_page"]);

/**
 * GET /api/fhir/{resourceType}: the type's search, a page at a time, as a searchset Bundle.
 * Strict: an unknown parameter is a 400 naming it; a type's own refusal (a malformed date, a
 * range too wide) likewise. The glue turns both into an OperationOutcome (errorFormat "fhir").
 */
export function makeFhirSearch(deps: FhirDeps): RouteHandler<Route> {
  return async ({ principal, params, rawQuery, headers }) => {
    const type = fhirResourceType(params.resourceType);
    const search = type?.search;
    if (!type || !search) throw new NotFound(`${params.resourceType} cannot be searched`);
    const given = new Map<string, string[]>();
    for (const [name, value] of new URLSearchParams(rawQuery)) {
      given.set(name, [...(given.get(name) ?? []), value]);
    }
    const known = new Set(search.params.map((p) => p.name));
    const unknown = [...given.keys()].filter((name) => !shared.has(name) && !known.has(name));
    if (unknown.length > 0) {
      throw new InvalidInput(
        `${type.type} has no search parameter ${unknown.join(", ")}`,
        unknown.map((name) => ({
          path: name,
          message: `${type.type} has no search parameter ${name} (see /api/fhir/metadata)`,
          code: "not-supported",
        })),
      );
    }
    for (const name of shared) {
      if ((given.get(name)?.length ?? 0) > 1) {
        throw new InvalidInput(`Give ${name} at most once`, [
          { path: name, message: `Give ${name} at most once` },
        ]);
      }
    }
    const count = Number(given.get("_count")?.[0] ?? fhirDefaultCount);
    const own = new Map([...given].filter(([name]) => !shared.has(name)));
    const binding = searchBinding(principal.userId, type.type, own, count);
    const sealed = given.get("_page")?.[0];
    let page: FhirSearchPage;
    try {
      page = await search.run(deps, principal, {
        params: own,
        count,
        ...(sealed !== undefined ? { page: openPosition(sealed, binding) } : {}),
      });
    } catch (error) {
      if (!(error instanceof FhirSearchError)) throw error;
      throw new InvalidInput(error.message, [{ path: error.expression, message: error.message }]);
    }
    const path = `/api/fhir/${type.type}`;
    const query = new URLSearchParams();
    for (const [name, values] of own) for (const value of values) query.append(name, value);
    query.set("_count", String(count));
    const bundle = searchsetBundle({
      base: baseOf(headers, path),
      self: rawQuery ? `${path}?${rawQuery}` : path,
      next: page.next
        ? `${path}?${query.toString()}&_page=${sealPosition(page.next, binding)}`
        : undefined,
      total: page.total,
      resources: page.resources,
    });
    return { body: bundle as ResultOf<Route>["body"], headers: fhirJson };
  };
}

/**
 * Where the entries' fullUrls point: this host's FHIR base when the request says which host it
 * reached (a plain host name), else the absolute path.
 */
function baseOf(headers: Readonly<Record<string, string | undefined>>, path: string): string {
  const base = path.slice(0, path.lastIndexOf("/"));
  const host = headers.host ?? "";
  if (!/^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/.test(host)) return base;
  const local = /^(localhost|127\.0\.0\.1)(:|$)/.test(host);
  const forwarded = headers["x-forwarded-proto"];
  const scheme =
    forwarded === "http" || forwarded === "https" ? forwarded : local ? "http" : "https";
  return `${scheme}://${host}${base}`;
}
