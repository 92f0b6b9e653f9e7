import type { Principal, RouteDefinition } from "@front-door/contracts";
import type { OnceRecord } from "@front-door/store/idempotency-records";
import type * as z from "zod/mini";

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;

type RequestPart<
  R extends RouteDefinition,
  K extends "params" | "query" | "body",
> = R["request"] extends { [P in K]: infer S } ? Infer<S> : undefined;

/** The principal a route's handler receives: narrowed to the roles the route allows. */
export type PrincipalFor<R extends RouteDefinition> = R["access"] extends "public"
  ? Principal | undefined
  : R["access"] extends readonly (infer Allowed)[]
    ? NarrowedTo<Principal, Allowed>
    : never;

/**
 * Each principal variant whose role overlaps the allowed roles, with its role narrowed to the
 * overlap. (Extract alone cannot split a variant whose role is itself a union, such as staff's
 * "receptionist" | "clinician".)
 */
type NarrowedTo<P, Allowed> = P extends { role: infer Role }
  ? [Extract<Role, Allowed>] extends [never]
    ? never
    : Omit<P, "role"> & { role: Extract<Role, Allowed> }
  : never;

/** What a handler is given: everything already parsed, validated and authorised. */
export interface RequestOf<R extends RouteDefinition> {
  params: RequestPart<R, "params">;
  query: RequestPart<R, "query">;
  body: RequestPart<R, "body">;
  principal: PrincipalFor<R>;
  correlationId: string;
  /** Lower-cased request headers, for the rare handler that needs one. */
  headers: Readonly<Record<string, string | undefined>>;
  /**
   * The query string as sent (API Gateway's rawQueryString), for the rare handler that must see
   * a repeated parameter once per value (FHIR search: start=ge…&start=le…).
   */
  rawQuery: string;
  /**
   * On routes idempotent inside their transaction (idempotencyInTransaction), with an
   * Idempotency-Key: the record to pass to the store write, which saves the answer with it.
   */
  once?: OnceRecord;
}

type ResponseBody<R extends RouteDefinition> = R["response"] extends { schema: infer S }
  ? S extends z.ZodMiniType
    ? z.input<S>
    : unknown
  : unknown;

/** What a handler returns; the glue serialises it and adds the shared headers. */
export interface ResultOf<R extends RouteDefinition> {
  status?: number;
  body: ResponseBody<R>;
  headers?: Record<string, string>;
}

export type RouteHandler<R extends RouteDefinition> = (
  request: RequestOf<R>,
) => Promise<ResultOf<R>>;
