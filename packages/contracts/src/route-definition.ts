import type * as z from "zod/mini";
import type { Role } from "./roles.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * What a route's function may do to the table: the CDK grant follows this exactly. "probe" is
 * the health check's: GetItem on its one fixed, empty partition and nothing else.
 */
export type TableAccess = "none" | "probe" | "read" | "write";

/** A route's access to the documents bucket: the CDK grant follows this exactly. */
export type DocumentAccess = "read" | "write";

export type Schema = z.ZodMiniType;

/** The error statuses an operation may list in the OpenAPI document. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** The success media types: JSON, or FHIR's JSON for the FHIR R4 views. */
export type ResponseMediaType = "application/json" | "application/fhir+json";

export interface RouteDefinition {
  /** Stable id: names the Lambda function, its log group and its OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** API Gateway path syntax: /api/things/{thingId}. */
  path: string;
  /** Entry module under functions/src/, without extension. */
  handler: string;
  summary: string;
  /**
   * What an integrator needs beyond the summary: what the caller gets, what makes it refuse.
   * Optional in the type, but the route table's tests insist every route has one.
   */
  description?: string;
  /**
   * Where the error statuses derived from the route's shape (openapi-responses.ts) are not the
   * truth: statuses it can also return (a 409 from a read), or cannot (never a 404 here).
   */
  errors?: {
    also?: readonly ErrorStatus[];
    not?: readonly ErrorStatus[];
    /** A status whose body may be a richer shape than ErrorBody (a 409 with alternatives). */
    bodies?: Partial<Record<ErrorStatus, Schema>>;
  };
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
   * With `idempotent`: the key's record is saved by the handler's own transaction (its store
   * write takes `request.once`), not by Powertools' Put before and Update after. The HTTP glue
   * insists on the matching mechanism, so a handler that does not save it is never wired so.
   */
  idempotentInTransaction?: boolean;
  /**
   * A creating POST that is idempotent by its own write condition (repeating one that worked
   * works again, to the same effect), so it keeps no idempotency record: the Idempotency-Key
   * header clients send with every submission is accepted and checked, but not stored. Never
   * together with `idempotent`.
   */
  idempotentByCondition?: boolean;
  request: {
    params?: Schema;
    query?: Schema;
    body?: Schema;
    /** An example request body for the document; a test checks it against `body`. */
    bodyExample?: unknown;
  };
  /**
   * "fhir": every error the glue answers (validation, sign-in, roles, 404, 503, 500) is a FHIR
   * OperationOutcome as application/fhir+json, as a FHIR client expects; absent: ErrorBody.
   */
  errorFormat?: "fhir";
  /** The success response. Errors share ErrorBody (or OperationOutcome, see errorFormat). */
  response: {
    status: 200 | 201 | 202 | 204;
    schema?: Schema;
    description: string;
    /** Defaults to application/json. */
    mediaType?: ResponseMediaType;
    /**
     * An example body for the document, as the service would answer with the demo data; a test
     * insists on one wherever there is a schema and checks it against the schema.
     */
    example?: unknown;
    /**
     * A 201 (or 202) whose result has a URL of its own: the Location header points there. `path`
     * is a path template (/api/fhir/Appointment/{id}) filled in by the handler with locationOf.
     */
    location?: { path: string; description: string };
  };
}
