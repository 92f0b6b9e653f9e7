import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import {
  createRouteMatcher,
  type DevInboxResponse,
  operationOutcomeOf,
  type RouteDefinition,
  unmatchedRequest,
  type WebConfig,
} from "@front-door/contracts";
import type { DemoUser } from "@front-door/store";
import { buildHttpApiEvent, newRequestId } from "./api-gateway-event.ts";
import { handleDevIdentityRoute } from "./dev-identity-routes.ts";
import { devInboxPath, handleDevInboxRoute } from "./dev-inbox.ts";
import { type FunctionInvoker, inProcessInvoker } from "./function-threads.ts";
import { BodyTooLarge, errorBody, readBody, sendJson } from "./http-io.ts";
import type { IdentityIssuer } from "./identity.ts";
import type { HttpResult } from "./lambda-invoker.ts";
import { serveStatic, staticSecurityHeaders } from "./static-files.ts";

export interface FrontDoorServerOptions {
  routes: readonly RouteDefinition[];
  /** Folder of handler modules: functions/src, or test fixtures. */
  handlersDir: string;
  /** Built web app: web/dist. */
  webDir: string;
  /** Resolves once the key is loaded; requests that need it wait. */
  identity: Promise<IdentityIssuer>;
  /** The demo sign-ins; may still be loading when the server starts. */
  users: readonly DemoUser[] | Promise<readonly DemoUser[]>;
  /** What each demo patient was sent, for GET /api/dev/inbox; called once `ready` resolves. */
  readInbox?: () => Promise<DevInboxResponse>;
  /** Resolves once the table is there and seeded; API requests wait for it. */
  ready?: Promise<void>;
  /** One line per request when given. Handler errors are always written to stderr. */
  log?: (line: string) => void;
  /** What getRemainingTimeInMillis counts down from. */
  functionTimeoutMs?: number;
  /** Origins pages may connect to besides their own (the local document store), once known. */
  connectOrigins?: () => readonly string[];
  /** Where handlers run: this thread unless given (see function-threads.ts). */
  invoker?: FunctionInvoker;
}

const webConfig: WebConfig = { auth: { mode: "dev" } };

/** What API Gateway answers when the Lambda function fails rather than returning a response. */
const internalError = { message: "Internal Server Error" };

/**
 * The whole local service on one port: dev sign-in routes, the route table's API (as API
 * Gateway would route and invoke it), and the built web app.
 */
export function createRequestListener(options: FrontDoorServerOptions): RequestListener {
  const match = createRouteMatcher(options.routes);
  const invoker = options.invoker ?? inProcessInvoker(options.handlersDir);
  const ready = options.ready ?? Promise.resolve();
  // Startup failures are reported by whoever started us; requests just get a 503.
  ready.catch(() => {});
  options.identity.catch(() => {});
  Promise.resolve(options.users).catch(() => {});

  const api = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const method = req.method ?? "GET";
    const found = match(method, path);
    if (found.kind !== "matched") {
      // The same answer as API Gateway's catch-all route (functions/src/unmatched-request.ts).
      const unmatched = unmatchedRequest(found, method, path);
      const fhir = path.startsWith("/api/fhir/");
      const body = errorBody(unmatched.code, unmatched.message);
      return sendJson(
        res,
        unmatched.status,
        fhir ? operationOutcomeOf(unmatched.status, body) : body,
        {
          ...(unmatched.allow ? { allow: unmatched.allow } : {}),
          ...(fhir ? { "content-type": "application/fhir+json; charset=utf-8" } : {}),
        },
      );
    }
    const { route, pathParameters } = found;
    try {
      await ready;
    } catch {
      return sendJson(res, 503, { message: "Service Unavailable" });
    }
    // No authorizer in front, as in AWS: the function checks the bearer token itself against
    // the dev issuer's keys (AUTH_ISSUER and AUTH_JWKS_URL point at this server).
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      return sendJson(res, 413, errorBody("payload_too_large", "The request body is too large"));
    }
    const requestId = newRequestId();
    const event = buildHttpApiEvent({
      route,
      pathParameters,
      request: {
        method,
        url: req.url ?? path,
        rawHeaders: req.rawHeaders,
        body,
        sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "127.0.0.1",
        protocol: `HTTP/${req.httpVersion}`,
      },
      requestId,
    });
    let result: HttpResult;
    try {
      result = await invoker.invoke(
        route.handler,
        route.id,
        event,
        options.functionTimeoutMs ?? 10_000,
      );
    } catch (error) {
      console.error(`[${route.id}] handler failed:`, error);
      return sendJson(res, 500, internalError, { "apigw-requestid": requestId });
    }
    res.writeHead(result.statusCode, {
      ...result.headers,
      "content-length": result.body.length,
      "apigw-requestid": requestId,
      ...(result.cookies.length > 0 ? { "set-cookie": result.cookies } : {}),
    });
    res.end(result.body);
    return result.statusCode;
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const path = (req.url ?? "/").split("?")[0] as string;
    if (path === "/config.json") {
      return sendJson(res, 200, webConfig, {
        ...staticSecurityHeaders,
        "cache-control": "no-store",
      });
    }
    if (path === devInboxPath && options.readInbox) {
      return handleDevInboxRoute(req, res, ready, options.readInbox);
    }
    if (path === "/.well-known/jwks.json" || path.startsWith("/api/dev/")) {
      const handled = await handleDevIdentityRoute(
        req,
        res,
        path,
        await options.identity,
        await options.users,
      );
      if (handled !== undefined) return handled;
    }
    if (path === "/api" || path.startsWith("/api/")) return api(req, res, path);
    return serveStatic(req, res, options.webDir, options.connectOrigins?.() ?? []);
  };

  return (req, res) => {
    const started = performance.now();
    route(req, res)
      .then((status) => {
        const ms = Math.round(performance.now() - started);
        // The path only: query strings carry postcodes and other personal details.
        options.log?.(`${req.method} ${(req.url ?? "/").split("?")[0]} ${status} ${ms}ms`);
      })
      .catch((error: unknown) => {
        console.error(`${req.method} ${(req.url ?? "/").split("?")[0]} failed:`, error);
        if (!res.headersSent) sendJson(res, 500, internalError);
        else res.destroy();
      });
  };
}
