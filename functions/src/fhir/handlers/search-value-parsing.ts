import { addDays, isLocalDate, londonToUtc } from "@front-door/domain";
import type { FhirResource as Resource } from "@front-door/fhir";
import {
  FhirSearchError,
  type FhirSearchPage,
  type FhirSearchQuery,
} from "./fhir-resource-type.ts";

/**
 * Reading the values of the patient-level types' search parameters (Patient, Appointment,
 * ServiceRequest). Every malformed value is a FhirSearchError naming its parameter: a 400.
 */

const fhirId = /^[A-Za-z0-9\-.]{1,64}$/;

/** A parameter's alternatives (comma-separated: any may match), given at most once. */
export function alternativesOf(query: FhirSearchQuery, name: string): string[] | undefined {
  const given = query.params.get(name);
  if (!given || given.length === 0) return undefined;
  if (given.length > 1) throw new FhirSearchError(name, `Give ${name} once`);
  const values = (given[0] ?? "").split(",").map((v) => v.trim());
  if (values.some((v) => v === "")) throw new FhirSearchError(name, `${name} has an empty value`);
  return values;
}

/** `_id` values: FHIR ids. */
export function idsOf(query: FhirSearchQuery): string[] | undefined {
  const ids = alternativesOf(query, "_id");
  if (ids?.some((id) => !fhirId.test(id))) throw new FhirSearchError("_id", "Not a FHIR id");
  return ids;
}

/**
 * A reference parameter's ids of one type: `Type/id` or a bare id. A reference to another type
 * matches nothing (undefined in the list), as FHIR has it.
 */
export function referencedIdsOf(
  query: FhirSearchQuery,
  name: string,
  type: string,
): (string | undefined)[] | undefined {
  return alternativesOf(query, name)?.map((value) => {
    const [first, second, ...rest] = value.split("/");
    const id = second === undefined ? first : second;
    if (rest.length > 0 || !id || !fhirId.test(id)) {
      throw new FhirSearchError(name, `Give ${name} as ${type}/<id>`);
    }
    return second === undefined || first === type ? id : undefined;
  });
}

/** A token parameter's values, `system|code`, `|code` or `code`. */
export function tokensOf(
  query: FhirSearchQuery,
  name: string,
): { system?: string; code: string }[] | undefined {
  return alternativesOf(query, name)?.map((value) => {
    const bar = value.indexOf("|");
    if (bar < 0) return { code: value };
    const code = value.slice(bar + 1);
    if (!code) throw new FhirSearchError(name, `${name} needs a code after "|"`);
    const system = value.slice(0, bar);
    return system ? { system, code } : { code };
  });
}

/** `[lo, hi)` in epoch ms: what a date or dateTime value covers at its precision. */
interface Span {
  lo: number;
  hi: number;
}

const dateTimePattern =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function spanOf(name: string, value: string): Span {
  if (isLocalDate(value)) {
    // A date without a time is a London day (the server's local time, as FHIR has it).
    return {
      lo: londonToUtc(value, "00:00").getTime(),
      hi: londonToUtc(addDays(value, 1), "00:00").getTime(),
    };
  }
  const parts = dateTimePattern.exec(value);
  const at = parts && isLocalDate(parts[1] ?? "") ? Date.parse(value) : Number.NaN;
  if (!parts || Number.isNaN(at)) {
    throw new FhirSearchError(
      name,
      `${name} must be a date (2026-12-08) or a date and time with its zone (2026-12-08T09:30:00Z), after ge, le, gt, lt or eq`,
    );
  }
  // Minutes or seconds precision: the value covers that minute or second.
  return { lo: at, hi: at + (parts[4] === undefined ? 60_000 : parts[5] ? 1 : 1_000) };
}

/** A date parameter: every occurrence must hold (ge…&le… is a range). */
export interface DateCondition {
  /** Whether an instant (epoch ms) meets every occurrence. */
  matches(at: number): boolean;
  /** The narrowest `[from, to)` the occurrences allow; an open side is undefined. */
  from?: number;
  to?: number;
}

export function dateConditionOf(query: FhirSearchQuery, name: string): DateCondition | undefined {
  const given = query.params.get(name);
  if (!given || given.length === 0) return undefined;
  let from: number | undefined;
  let to: number | undefined;
  const narrow = (lo: number | undefined, hi: number | undefined) => {
    if (lo !== undefined) from = from === undefined ? lo : Math.max(from, lo);
    if (hi !== undefined) to = to === undefined ? hi : Math.min(to, hi);
  };
  for (const raw of given) {
    const prefixed = /^(eq|ge|le|gt|lt)?(.*)$/.exec(raw.trim());
    const prefix = prefixed?.[1] ?? "eq";
    const span = spanOf(name, prefixed?.[2] ?? "");
    switch (prefix) {
      case "eq":
        narrow(span.lo, span.hi);
        break;
      case "ge":
        narrow(span.lo, undefined);
        break;
      case "gt":
        narrow(span.hi, undefined);
        break;
      case "le":
        narrow(undefined, span.hi);
        break;
      case "lt":
        narrow(undefined, span.lo);
        break;
    }
  }
  const [lo, hi] = [from, to];
  return {
    matches: (at) => (lo === undefined || at >= lo) && (hi === undefined || at < hi),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

/** The position a `next` link carried: how many candidates earlier pages went through. */
export function positionOf(query: FhirSearchQuery): number {
  if (query.page === undefined) return 0;
  if (!/^\d{1,7}$/.test(query.page)) throw new FhirSearchError("page", "Not a page of this search");
  return Number(query.page);
}

/**
 * One page, resolving candidates a batch at a time (each batch as big as the room left on the
 * page, fetched at once) so a page costs about its own size in reads, not the whole list's.
 * `next` is the position after the last candidate looked at, while any remain.
 */
export async function pageOfCandidates<C>(
  candidates: readonly C[],
  query: FhirSearchQuery,
  resolve: (candidate: C) => Promise<Resource | undefined>,
): Promise<FhirSearchPage> {
  let position = positionOf(query);
  const resources: Resource[] = [];
  while (position < candidates.length && resources.length < query.count) {
    const batch = candidates.slice(position, position + (query.count - resources.length));
    position += batch.length;
    for (const resource of await Promise.all(batch.map(resolve))) {
      if (resource) resources.push(resource);
    }
  }
  return position < candidates.length ? { resources, next: String(position) } : { resources };
}
