import { Logger } from "@aws-lambda-powertools/logger";
import type { FieldError, Principal, RouteDefinition } from "@front-door/contracts";
import { DomainError, Forbidden, InvalidInput, Unauthenticated } from "@front-door/domain";
import { isRetryableStoreError } from "@front-door/store/retry";
import middy from "@middy/core";
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import { asOperationOutcome } from "./fhir-errors.ts";
import type { IdempotencyFactory } from "./idempotency-types.ts";
import { type Claims, principalFromClaims } from "./principal.ts";
import { defaultBodyLimitBytes, readJsonBody } from "./request-body.ts";
import { errorResponse, jsonResponse, securityHeaders } from "./responses.ts";
import type { RequestOf, ResultOf, RouteHandler } from "./types.ts";
import { parseWith } from "./validation.ts";

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResponse = APIGatewayProxyStructuredResultV2;
export type HttpHandler = (event: HttpEvent, context: Context) => Promise<HttpResponse>;

export interface HttpOptions {
  /**
   * Required for routes marked idempotent: `dynamoDbIdempotency(...)` from
   * "@front-door/lambda/idempotency". Passed in, not imported here, so functions that create
   * nothing never load the persistence layer and its SDK client at cold start.
   */
  idempotency?: IdempotencyFactory;
  logger?: Logger;
  bodyLimitBytes?: number;
}

interface Prepared {
  principal: Principal | undefined;
  params: unknown;
  query: unknown;
  body: unknown;
  correlationId: string;
  started: number;
}

/** Seconds a client is asked to wait when the database stayed busy or unreachable. */
export const retryAfterSeconds = 2;

const correlationIdPattern = /^[A-Za-z0-9._-]{1,100}$/;
const idempotencyKeyPattern = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The one middleware chain every HTTP function uses: correlation id and structured logs,
 * authorisation from the JWT claims, JSON body parsing with a size limit, zod validation,
 * idempotency for creating POSTs, typed errors to 4xx, anything else to a generic 500, and
 * security headers on every response. Built once per cold start.
 */
export function http<R extends RouteDefinition>(
  route: R,
  handler: RouteHandler<R>,
  options: HttpOptions = {},
): HttpHandler {
  const logger =
    options.logger ??
    new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "front-door" });
  const limit = options.bodyLimitBytes ?? defaultBodyLimitBytes;
  if (route.idempotent && !options.idempotency) {
    throw new Error(`Route ${route.id} is idempotent but has no idempotency store`);
  }
  if (route.idempotent && route.idempotentByCondition) {
    throw new Error(
      `Route ${route.id} is either idempotent with a record or by condition, not both`,
    );
  }
  const runOnce =
    route.idempotent && options.idempotency
      ? options.idempotency<ResultOf<R>>(route.id)
      : undefined;
  const prepared = new WeakMap<object, Prepared>();

  const core = async (event: HttpEvent, context: Context): Promise<HttpResponse> => {
    const state = prepared.get(event);
    if (!state) throw new Error("request was not prepared");
    const request = {
      params: state.params,
      query: state.query,
      body: state.body,
      principal: state.principal,
      correlationId: state.correlationId,
      headers: event.headers,
      rawQuery: event.rawQueryString ?? "",
    } as RequestOf<R>;
    const key = route.idempotent ? idempotencyKey(event) : undefined;
    const result =
      runOnce && key
        ? await runOnce(
            { key: `${state.principal?.userId ?? "anonymous"}#${key}`, body: state.body ?? null },
            context,
            () => handler(request),
          )
        : await handler(request);
    return jsonResponse(result.status ?? route.response.status, result.body, result.headers);
  };

  return middy<HttpEvent, HttpResponse>(core)
    .use({
      // Outermost: the correlation id goes on every log line and every response.
      before: (request) => {
        const header = request.event.headers?.["x-correlation-id"];
        const correlationId =
          header && correlationIdPattern.test(header)
            ? header
            : request.event.requestContext.requestId;
        prepared.set(request.event, {
          principal: undefined,
          params: undefined,
          query: undefined,
          body: undefined,
          correlationId,
          started: performance.now(),
        });
        logger.addContext(request.context);
        logger.appendKeys({ correlationId, route: route.id });
      },
      after: (request) => finish(request.event, request.response),
      onError: (request) => finish(request.event, request.response),
    })
    .use({
      after: (request) => withHeaders(request.event, request.response),
      onError: (request) => withHeaders(request.event, request.response),
    })
    .use({
      onError: (request) => {
        const response = toErrorResponse(request.error, request.event);
        request.response = route.errorFormat === "fhir" ? asOperationOutcome(response) : response;
      },
    })
    .use({
      before: (request) => {
        const state = prepared.get(request.event) as Prepared;
        state.principal = authorise(route, request.event);
        const fields: FieldError[] = [];
        const parts = [
          ["params", route.request.params, request.event.pathParameters ?? {}],
          ["query", route.request.query, request.event.queryStringParameters ?? {}],
        ] as const;
        for (const [part, schema, input] of parts) {
          if (!schema) continue;
          const parsed = parseWith(schema, input, part);
          if (parsed.ok) state[part] = parsed.value;
          else fields.push(...parsed.fields);
        }
        if (route.request.body) {
          const parsed = parseWith(route.request.body, readJsonBody(request.event, limit), "body");
          if (parsed.ok) state.body = parsed.value;
          else fields.push(...parsed.fields);
        }
        // Checked on routes idempotent by condition too: the same header means the same thing
        // on every creating POST, even where nothing is stored under it.
        if (route.idempotent || route.idempotentByCondition) {
          const key = request.event.headers?.["idempotency-key"];
          if (key !== undefined && !idempotencyKeyPattern.test(key)) {
            fields.push({
              path: "Idempotency-Key",
              message: "Idempotency-Key must be 8 to 128 letters, digits or . _ : -",
            });
          }
        }
        if (fields.length > 0)
          throw new InvalidInput("There is a problem with the request", fields);
      },
    });

  function finish(event: HttpEvent, response: HttpResponse | undefined): void {
    const state = prepared.get(event);
    // Route id and status only: never the path, query, body or anything that names a patient.
    logger.info("request handled", {
      method: event.requestContext.http.method,
      status: response?.statusCode,
      role: state?.principal?.role,
      durationMs: state ? Math.round((performance.now() - state.started) * 10) / 10 : undefined,
    });
    logger.resetKeys();
  }

  function withHeaders(event: HttpEvent, response: HttpResponse | undefined): void {
    if (!response) return;
    const correlationId = prepared.get(event)?.correlationId;
    response.headers = {
      ...securityHeaders,
      ...(correlationId ? { "x-correlation-id": correlationId } : {}),
      ...response.headers,
    };
  }

  function toErrorResponse(error: unknown, event: HttpEvent): HttpResponse {
    if (error instanceof DomainError) {
      const response = errorResponse(error.status, error.code, error.message, error.fields);
      if (error.status === 401) response.headers = { ...response.headers, ...challenge(event) };
      return response;
    }
    // Matched by name so this module need not import the idempotency package.
    const name = error instanceof Error ? error.name : "";
    if (name === "IdempotencyAlreadyInProgressError") {
      return errorResponse(
        409,
        "idempotency_in_progress",
        "A request with this Idempotency-Key is still being processed. Try again in a moment.",
      );
    }
    if (name === "IdempotencyValidationError") {
      return errorResponse(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was already used for a different request. Use a new key.",
      );
    }
    if (isRetryableStoreError(error)) {
      // The store's retries ran out (busy, throttled or unreachable): nothing was half-written,
      // because every write is one conditional or transactional call, so the client may retry.
      logger.warn("store unavailable after retries", {
        errorName: error instanceof Error ? error.name : typeof error,
        attempts: (error as { $metadata?: { attempts?: number } }).$metadata?.attempts,
      });
      const response = errorResponse(
        503,
        "service_unavailable",
        "The service is very busy. Wait a moment and try again.",
      );
      response.headers = { ...response.headers, "retry-after": String(retryAfterSeconds) };
      return response;
    }
    // The message may carry request data, so log the error's name and where it came from only.
    const stack = error instanceof Error ? (error.stack ?? "").split("\n").slice(1).join("\n") : "";
    logger.error("unhandled error", {
      errorName: error instanceof Error ? error.name : typeof error,
      stack,
    });
    const reference = prepared.get(event)?.correlationId ?? event.requestContext.requestId;
    return errorResponse(
      500,
      "internal_error",
      `Sorry, something went wrong on our side. Try again later. If it keeps happening, quote reference ${reference}.`,
    );
  }
}

function authorise(route: RouteDefinition, event: HttpEvent): Principal | undefined {
  const claims = event.requestContext.authorizer?.jwt?.claims as Claims | undefined;
  if (route.access === "public") return claims ? principalFromClaims(claims) : undefined;
  if (!claims) {
    throw new Unauthenticated(
      event.headers?.authorization
        ? "Your sign-in has expired or is not valid. Sign in again"
        : "Sign in to continue",
    );
  }
  const principal = principalFromClaims(claims);
  if (!principal) throw new Forbidden("Your account is not set up to use this service");
  if (!route.access.includes(principal.role)) {
    throw new Forbidden(`This is only available to: ${route.access.join(", ")}`);
  }
  return principal;
}

/**
 * The bearer challenge (RFC 6750) on every 401. A token that was sent but yielded no claims was
 * refused by the token check in front (API Gateway's authorizer, or the local runner's).
 */
function challenge(event: HttpEvent): Record<string, string> {
  const refused = event.headers?.authorization ? ', error="invalid_token"' : "";
  return { "www-authenticate": `Bearer realm="front-door"${refused}` };
}

function idempotencyKey(event: HttpEvent): string | undefined {
  return event.headers?.["idempotency-key"];
}
