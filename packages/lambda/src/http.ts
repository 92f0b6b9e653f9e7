import { Logger } from "@aws-lambda-powertools/logger";
import {
  envNames,
  type FieldError,
  type Principal,
  type RouteDefinition,
} from "@front-door/contracts";
import { DomainError, Forbidden, InvalidInput, Unauthenticated } from "@front-door/domain";
import { isRetryableStoreError } from "@front-door/store/retry";
import middy from "@middy/core";
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import { compressResponse } from "./compression.ts";
import { asOperationOutcome } from "./fhir-errors.ts";
import type { IdempotencyFactory, InTransactionIdempotency } from "./idempotency-types.ts";
import { answerOnce } from "./once-answer.ts";
import { type Claims, principalFromClaims } from "./principal.ts";
import { defaultBodyLimitBytes, readJsonBody } from "./request-body.ts";
import { errorResponse, jsonResponse, securityHeaders } from "./responses.ts";
import {
  TokenKeysUnavailable,
  TokenRejected,
  type TokenVerifier,
  tokenVerifierFor,
} from "./token-verifier.ts";
import type { RequestOf, ResultOf, RouteHandler } from "./types.ts";
import { parseWith } from "./validation.ts";

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResponse = APIGatewayProxyStructuredResultV2;
export type HttpHandler = (event: HttpEvent, context: Context) => Promise<HttpResponse>;

export interface HttpOptions {
  /**
   * Required for routes marked idempotent: `dynamoDbIdempotency(...)` from
   * "@front-door/lambda/idempotency" (Powertools: a record Put before the handler, Updated
   * after), or `idempotencyInTransaction(...)` from "@front-door/lambda/idempotency-in-transaction"
   * for a handler that passes `request.once` to its store write (the record saved by that one
   * transaction). Passed in, not imported here, so functions that create nothing never load
   * either at cold start.
   */
  idempotency?: IdempotencyFactory | InTransactionIdempotency;
  logger?: Logger;
  bodyLimitBytes?: number;
  /**
   * Checks bearer tokens on routes that need sign-in. Default: the issuer named by AUTH_ISSUER,
   * AUTH_JWKS_URL and AUTH_CLIENT_IDS (the stacks and the local runner set them).
   */
  verifyToken?: TokenVerifier;
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
 * authentication (the bearer token checked against the issuer's keys) and authorisation from its
 * claims, JSON body parsing with a size limit, zod validation,
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
  if (route.idempotent && options.idempotency) {
    const saved = typeof options.idempotency === "object" ? "in-transaction" : "powertools";
    const wanted = route.idempotentInTransaction ? "in-transaction" : "powertools";
    if (saved !== wanted) {
      throw new Error(
        `Route ${route.id} keeps its idempotency record ${wanted === "in-transaction" ? "in its own transaction: pass idempotencyInTransaction" : "with Powertools: pass dynamoDbIdempotency"}`,
      );
    }
  }
  if (route.idempotent && route.idempotentByCondition) {
    throw new Error(
      `Route ${route.id} is either idempotent with a record or by condition, not both`,
    );
  }
  // Read at cold start, so a missing variable stops the function there; and again per request
  // (a map lookup), because the local runner hosts every handler in one process and a restart
  // on another port brings another issuer.
  const verifierNow = (): TokenVerifier | undefined =>
    route.access === "public" ? undefined : (options.verifyToken ?? tokenVerifierFromEnv());
  verifierNow();
  const runOnce =
    route.idempotent && typeof options.idempotency === "function"
      ? options.idempotency<ResultOf<R>>(route.id)
      : undefined;
  const inTransaction =
    route.idempotent && typeof options.idempotency === "object" ? options.idempotency : undefined;
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
    if (inTransaction && key) {
      const once = inTransaction.begin({
        routeId: route.id,
        callerKey: `${state.principal?.userId ?? "anonymous"}#${key}`,
        body: state.body ?? null,
        defaultStatus: route.response.status,
      });
      const result = await answerOnce(once, () => handler({ ...request, once }));
      return jsonResponse(result.status ?? route.response.status, result.body, result.headers);
    }
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
      before: async (request) => {
        const state = prepared.get(request.event) as Prepared;
        state.principal = await authorise(route, request.event, verifierNow());
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
      // The Cognito subject (an opaque id, no name): who called, now that no authorizer logs it.
      subject: state?.principal?.userId,
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
    compressResponse(response, event.headers?.["accept-encoding"]);
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
    if (error instanceof TokenKeysUnavailable) {
      // The issuer's signing keys could not be fetched: the token may well be good, so the
      // caller is asked to retry, not to sign in again.
      logger.warn("token signing keys unavailable", { reason: error.message });
      return unavailable();
    }
    if (isRetryableStoreError(error)) {
      // The store's retries ran out (busy, throttled or unreachable): nothing was half-written,
      // because every write is one conditional or transactional call, so the client may retry.
      logger.warn("store unavailable after retries", {
        errorName: error instanceof Error ? error.name : typeof error,
        attempts: (error as { $metadata?: { attempts?: number } }).$metadata?.attempts,
      });
      return unavailable();
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

function unavailable(): HttpResponse {
  const response = errorResponse(
    503,
    "service_unavailable",
    "The service is very busy. Wait a moment and try again.",
  );
  response.headers = { ...response.headers, "retry-after": String(retryAfterSeconds) };
  return response;
}

/**
 * The caller, from claims API Gateway's JWT authorizer already checked (if a route still has
 * one), else from the bearer token, checked here. Public routes never look at a token.
 */
async function authorise(
  route: RouteDefinition,
  event: HttpEvent,
  verifyToken: TokenVerifier | undefined,
): Promise<Principal | undefined> {
  const authorizerClaims = event.requestContext.authorizer?.jwt?.claims as Claims | undefined;
  if (route.access === "public") {
    return authorizerClaims ? principalFromClaims(authorizerClaims) : undefined;
  }
  const claims = authorizerClaims ?? (await claimsFromBearer(event, verifyToken));
  const principal = principalFromClaims(claims);
  if (!principal) throw new Forbidden("Your account is not set up to use this service");
  if (!route.access.includes(principal.role)) {
    throw new Forbidden(`This is only available to: ${route.access.join(", ")}`);
  }
  return principal;
}

async function claimsFromBearer(
  event: HttpEvent,
  verifyToken: TokenVerifier | undefined,
): Promise<Claims> {
  // As API Gateway's identity source read it: the Authorization header, "Bearer " optional.
  const token = bearerToken(event);
  if (!token) throw new Unauthenticated("Sign in to continue");
  try {
    if (!verifyToken) throw new TokenRejected("no issuer is configured");
    return await verifyToken(token);
  } catch (error) {
    if (!(error instanceof TokenRejected)) throw error;
    throw new Unauthenticated("Your sign-in has expired or is not valid. Sign in again");
  }
}

function bearerToken(event: HttpEvent): string | undefined {
  const header = event.headers?.authorization ?? "";
  const token = header.replace(/^Bearer\s+/i, "").trim();
  return token === "" ? undefined : token;
}

/**
 * The issuer from the environment, or undefined where none is set: then only claims from an
 * authorizer count (tests that build events with claims). In Lambda a missing variable stops
 * the cold start instead, with its name.
 */
function tokenVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): TokenVerifier | undefined {
  const names = [envNames.authIssuer, envNames.authJwksUrl, envNames.authClientIds] as const;
  const missing = names.filter((name) => !env[name]);
  if (missing.length === names.length && !env.AWS_LAMBDA_FUNCTION_NAME) return undefined;
  if (missing.length > 0) throw new Error(`Missing environment variables: ${missing.join(", ")}`);
  return tokenVerifierFor({
    issuer: env[envNames.authIssuer] as string,
    jwksUrl: env[envNames.authJwksUrl] as string,
    clientIds: (env[envNames.authClientIds] as string)
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
  });
}

/**
 * The bearer challenge (RFC 6750) on every 401. A token that was sent and still ended in 401 was
 * refused by the token check.
 */
function challenge(event: HttpEvent): Record<string, string> {
  const refused = bearerToken(event) ? ', error="invalid_token"' : "";
  return { "www-authenticate": `Bearer realm="front-door"${refused}` };
}

function idempotencyKey(event: HttpEvent): string | undefined {
  return event.headers?.["idempotency-key"];
}
