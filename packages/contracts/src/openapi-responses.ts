import type { ErrorStatus, RouteDefinition } from "./route-definition.ts";

type JsonObject = Record<string, unknown>;

/**
 * The error statuses a route can answer with, from its shape: what the function glue does for
 * it (validation, sign-in, roles, body parsing, idempotency), what API Gateway does in front
 * (throttling), and what the table can do (a retry that runs out). `route.errors` corrects it
 * where the handler knows more. The integration tests check every response against the result,
 * so a status missing here fails a test.
 */
export function errorStatuses(route: RouteDefinition): ErrorStatus[] {
  const signedIn = route.access !== "public";
  const hasInput =
    route.request.params !== undefined ||
    route.request.query !== undefined ||
    route.request.body !== undefined ||
    route.idempotent === true ||
    route.idempotentByCondition === true;
  const derived: Array<[ErrorStatus, boolean]> = [
    [400, hasInput],
    [401, signedIn],
    // Signed in but with the wrong role, or an account without its scope.
    [403, signedIn],
    // A path's id that is not there or not the caller's; or the caller's own record missing.
    [404, route.request.params !== undefined || (signedIn && route.table !== "none")],
    [409, route.table === "write" || route.idempotent === true],
    [413, route.request.body !== undefined],
    [415, route.request.body !== undefined],
    // An Idempotency-Key reused for a different request.
    [422, route.idempotent === true],
    // The API Gateway stage's throttle, on every route.
    [429, true],
    [500, true],
    // The store's retries ran out (conflicts, throttling), or the token issuer's keys could not
    // be fetched to check a sign-in.
    [503, route.table !== "none" || signedIn],
  ];
  const statuses = new Set(derived.filter(([, applies]) => applies).map(([status]) => status));
  for (const status of route.errors?.also ?? []) statuses.add(status);
  for (const status of route.errors?.not ?? []) statuses.delete(status);
  return [...statuses].sort((a, b) => a - b);
}

const errorRef = { $ref: "#/components/schemas/ErrorBody" };
const correlationHeader = { "X-Correlation-Id": { $ref: "#/components/headers/CorrelationId" } };

const errorExample = (code: string, message: string, extra: JsonObject = {}) => ({
  error: { code, message, ...extra },
});

const errorResponses: Record<ErrorStatus, JsonObject> = {
  400: {
    description: "The request is not valid: `error.fields` says which fields and why",
    example: errorExample("validation_failed", "There is a problem with the request", {
      fields: [{ path: "postcode", message: "Enter a full postcode, like LS1 4AP" }],
    }),
  },
  401: {
    description:
      "Not signed in, or the token is not valid (expired, wrong issuer, audience or token_use, bad signature). The service checks the token itself, so this is the service's error body with a bearer challenge",
    headers: { "WWW-Authenticate": { $ref: "#/components/headers/WWWAuthenticate" } },
    example: errorExample("unauthenticated", "Sign in to continue"),
  },
  403: {
    description: "Signed in, but this role may not do this, or the account has no scope set up",
    example: errorExample("forbidden", "This is only available to: patient"),
  },
  404: {
    description: "Not found, or not the caller's to see (the two are not told apart)",
    example: errorExample("not_found", "We could not find that appointment"),
  },
  409: {
    description:
      "The resource's state does not allow this now (`error.code` says why), or a request with the same Idempotency-Key is still running",
  },
  413: {
    description: "The request body is too large",
    example: errorExample("payload_too_large", "The request body must be 32 KB or smaller"),
  },
  415: {
    description: "The request body is not JSON",
    example: errorExample("unsupported_media_type", "Send the request body as application/json"),
  },
  422: {
    description:
      "Well formed, but it cannot be acted on (`error.code` says why), or the Idempotency-Key was used for a different request",
  },
  429: {
    description:
      "Too many requests: API Gateway's throttle answered before the service saw the request. Slow down and try again",
    headers: { "Retry-After": { $ref: "#/components/headers/ThrottleRetryAfter" } },
    content: { "application/json": { schema: { $ref: "#/components/schemas/GatewayMessage" } } },
  },
  500: {
    description: "Something went wrong on the service's side; the message quotes a reference",
  },
  503: {
    description:
      "The service is busy (the table's retries ran out, or the sign-in keys could not be fetched): try again after Retry-After",
    headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } },
  },
};

/** The OpenAPI response object for each error status. */
export function errorResponse(status: ErrorStatus): JsonObject {
  const { example, headers, content, ...rest } = errorResponses[status] as JsonObject & {
    headers?: JsonObject;
    content?: JsonObject;
  };
  // 429 comes from API Gateway, not the service: none of the service's headers or body.
  if (content) return { ...rest, ...(headers ? { headers } : {}), content };
  return {
    ...rest,
    headers: { ...correlationHeader, ...headers },
    content: {
      "application/json": {
        schema: errorRef,
        ...(example ? { example } : {}),
      },
    },
  };
}

const outcomeRef = { $ref: "#/components/schemas/OperationOutcome" };

/** The FHIR issue type (R4 issue-type value set) each error status answers with. */
export const fhirIssueCodes: Record<ErrorStatus, string> = {
  400: "invalid",
  401: "login",
  403: "forbidden",
  404: "not-found",
  409: "conflict",
  413: "too-long",
  415: "not-supported",
  422: "processing",
  429: "throttled",
  500: "exception",
  503: "transient",
};

/**
 * The OpenAPI response object for an error status of a FHIR route (errorFormat "fhir"): an
 * OperationOutcome as application/fhir+json. API Gateway's own answers (429, and in AWS a 401
 * for a missing or refused token) keep its JSON body.
 */
export function fhirErrorResponse(status: ErrorStatus): JsonObject {
  const response = errorResponse(status) as JsonObject & { content: JsonObject };
  const entry = errorResponses[status] as JsonObject & { gatewayToo?: boolean; content?: unknown };
  if (entry.content) return response;
  const example = {
    resourceType: "OperationOutcome",
    issue: [
      {
        severity: "error",
        code: fhirIssueCodes[status],
        diagnostics:
          status === 400 ? "start: Give both ends of the range, like start=ge2026-12-08" : "…",
        ...(status === 400 ? { expression: ["start"] } : {}),
      },
    ],
  };
  return {
    ...response,
    content: {
      "application/fhir+json": { schema: outcomeRef, example },
      ...(entry.gatewayToo
        ? { "application/json": { schema: { $ref: "#/components/schemas/GatewayMessage" } } }
        : {}),
    },
  };
}

export const responseComponents = {
  headers: {
    CorrelationId: {
      description:
        "Ties the response to the service's logs: the caller's X-Correlation-Id when well formed, else the request id",
      schema: { type: "string" },
    },
    RetryAfter: {
      description: "Seconds to wait before trying again",
      required: true,
      schema: { type: "integer", minimum: 0 },
    },
    ThrottleRetryAfter: {
      description:
        "Seconds to wait. API Gateway's throttle sends none today, so a client without it backs off on its own (exponentially, with jitter); it is honoured if a future front (WAF, CloudFront) adds it",
      required: false,
      schema: { type: "integer", minimum: 0 },
    },
    WWWAuthenticate: {
      description:
        'The bearer challenge (RFC 6750): `Bearer realm="front-door"`, with `error="invalid_token"` when a token was sent but refused',
      required: true,
      schema: { type: "string", pattern: '^Bearer realm="front-door"(, error="invalid_token")?$' },
    },
  },
  correlationHeader,
} as const;
