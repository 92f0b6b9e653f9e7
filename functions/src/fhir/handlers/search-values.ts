import {
  FhirSearchError,
  type FhirSearchPage,
  type FhirSearchQuery,
} from "./fhir-resource-type.ts";

/** A parameter given at most once: its value, or undefined. Given twice is refused. */
export function single(query: FhirSearchQuery, name: string): string | undefined {
  const values = query.params.get(name) ?? [];
  if (values.length > 1) throw new FhirSearchError(name, `Give ${name} at most once`);
  const value = values[0];
  if (value === "") throw new FhirSearchError(name, `Give ${name} a value`);
  return value;
}

const idPattern = /^[A-Za-z0-9.-]{1,64}$/;

/**
 * A reference parameter's id: `Type/id`, a bare id, or a URL ending in `Type/id`. Another type,
 * or not an id, is refused.
 */
export function referenceId(
  query: FhirSearchQuery,
  name: string,
  type: string,
): string | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const parts = value.split("/");
  const id = parts.at(-1) ?? "";
  const named = parts.length > 1 ? parts.at(-2) : type;
  if (named !== type || !idPattern.test(id)) {
    throw new FhirSearchError(name, `${name} must be a ${type} reference, like ${type}/{id}`);
  }
  return id;
}

/** A token parameter: `code`, or `system|code`. */
export function token(
  query: FhirSearchQuery,
  name: string,
): { system?: string; code: string } | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const bar = value.indexOf("|");
  const token =
    bar === -1 ? { code: value } : { system: value.slice(0, bar), code: value.slice(bar + 1) };
  if (token.code === "" || token.code.includes("|")) {
    throw new FhirSearchError(name, `${name} must be a code, or system|code`);
  }
  return token;
}

/**
 * One page of an ordered, already authorised list of matches: the position is the offset of
 * the page's first match (the search route binds it to the caller and the query).
 */
export function pageOf<T>(
  matches: readonly T[],
  query: FhirSearchQuery,
  toResource: (match: T) => FhirSearchPage["resources"][number],
): FhirSearchPage {
  const offset = query.page === undefined ? 0 : Number(query.page);
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new FhirSearchError("_page", "_page is not a position this search gave");
  }
  const end = offset + query.count;
  return {
    resources: matches.slice(offset, end).map(toResource),
    ...(end < matches.length ? { next: String(end) } : {}),
    total: matches.length,
  };
}
