import type * as z from "zod/mini";
import type { Role } from "./roles.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a route's function may do to the table: the CDK grant follows this exactly. */
export type TableAccess = "none" | "read" | "write";

/** A route's access to the documents bucket: the CDK grant follows this exactly. */
export type DocumentAccess = "read" | "write";

export type Schema = z.ZodMiniType;

export interface RouteDefinition {
  /** Stable id: names the Lambda function, its log group and its OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** API Gateway path syntax: /api/things/{thingId}. */
  path: string;
  /** Entry module under functions/src/, without extension. */
  handler: string;
  summary: string;
  /** "public", or the roles allowed to call it. */
  access: "public" | readonly Role[];
  table: TableAccess;
  /**
   * What the route's function may do in the documents bucket: "read" (HEAD, GET, presigned
   * downloads) or "write" (also PUT for presigned uploads, and delete). Absent: no access and
   * no bucket name.
   */
  documents?: DocumentAccess;
  /** A creating POST: honours the Idempotency-Key header. */
  idempotent?: boolean;
  /**
   * A creating POST that is idempotent by its own write condition (repeating one that worked
   * works again, to the same effect), so it keeps no idempotency record: the Idempotency-Key
   * header clients send with every submission is accepted and checked, but not stored. Never
   * together with `idempotent`.
   */
  idempotentByCondition?: boolean;
  request: { params?: Schema; query?: Schema; body?: Schema };
  /** The success response. Errors share ErrorBody. */
  response: { status: 200 | 201 | 202 | 204; schema?: Schema; description: string };
}
