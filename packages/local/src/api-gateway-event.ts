import { randomBytes, randomUUID } from "node:crypto";
import type { RouteDefinition } from "@front-door/contracts";
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  Context,
} from "aws-lambda";

/** What the runner knows about an incoming HTTP request, independent of node:http. */
export interface IncomingRequest {
  method: string;
  /** Path and query exactly as sent, e.g. /api/sites?postcode=LS1%204AP. */
  url: string;
  /** node:http's rawHeaders: name, value, name, value... with repeats kept. */
  rawHeaders: readonly string[];
  body: Buffer;
  sourceIp: string;
  /** e.g. HTTP/1.1 */
  protocol: string;
}

export type HttpApiEvent = APIGatewayProxyEventV2 | APIGatewayProxyEventV2WithJWTAuthorizer;

/**
 * An API Gateway HTTP API (payload format 2.0) event, built the way API Gateway builds one, so
 * a handler cannot tell the runner from AWS. Claims are passed for routes behind the authorizer.
 */
export function buildHttpApiEvent(input: {
  route: RouteDefinition;
  pathParameters: Record<string, string>;
  request: IncomingRequest;
  claims?: Record<string, unknown>;
  requestId?: string;
  now?: Date;
}): HttpApiEvent {
  const { route, request } = input;
  const now = input.now ?? new Date();
  const queryStart = request.url.indexOf("?");
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? "" : request.url.slice(queryStart + 1);
  const { headers, cookies } = collectHeaders(request.rawHeaders);
  // API Gateway adds these for every request; handlers may log or trust them.
  headers["x-forwarded-for"] = headers["x-forwarded-for"]
    ? `${headers["x-forwarded-for"]}, ${request.sourceIp}`
    : request.sourceIp;
  headers["x-forwarded-proto"] ??= "http";
  headers["x-forwarded-port"] ??= /:(\d+)$/.exec(headers.host ?? "")?.[1] ?? "80";
  const queryStringParameters = parseQuery(rawQueryString);
  const host = headers.host ?? "localhost";
  const domainName = host.replace(/:\d+$/, "");
  const routeKey = `${route.method} ${route.path}`;
  const requestId = input.requestId ?? newRequestId();

  const event: APIGatewayProxyEventV2 = {
    version: "2.0",
    routeKey,
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName,
      domainPrefix: domainName.split(".")[0] ?? domainName,
      http: {
        method: request.method,
        path: rawPath,
        protocol: request.protocol,
        sourceIp: request.sourceIp,
        userAgent: headers["user-agent"] ?? "",
      },
      requestId,
      routeKey,
      stage: "$default",
      time: formatRequestTime(now),
      timeEpoch: now.getTime(),
    },
    ...(Object.keys(input.pathParameters).length > 0
      ? { pathParameters: input.pathParameters }
      : {}),
    isBase64Encoded: false,
  };
  if (request.body.length > 0) {
    const binary = !isTextContentType(headers["content-type"]);
    event.body = request.body.toString(binary ? "base64" : "utf8");
    event.isBase64Encoded = binary;
  }
  if (!input.claims) return event;
  return {
    ...event,
    requestContext: {
      ...event.requestContext,
      authorizer: {
        principalId: "",
        integrationLatency: 0,
        jwt: { claims: flattenClaims(input.claims), scopes: scopesOf(input.claims) },
      },
    },
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/**
 * API Gateway hands every claim to the function as a string: arrays become "[a b]", numbers
 * and booleans their decimal or literal form. Handlers must cope with that, so we do it too.
 */
export function flattenClaims(claims: Record<string, unknown>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(claims)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) flat[name] = `[${value.map(String).join(" ")}]`;
    else if (typeof value === "object") flat[name] = JSON.stringify(value);
    else flat[name] = String(value);
  }
  return flat;
}

/** ID tokens carry no `scope` claim, so this is usually empty, as it is in AWS. */
function scopesOf(claims: Record<string, unknown>): string[] {
  return typeof claims.scope === "string" ? claims.scope.split(" ").filter(Boolean) : [];
}

/**
 * Header names lower-cased, repeats joined with commas; cookies go to their own array and not
 * into headers, as payload format 2.0 does.
 */
function collectHeaders(rawHeaders: readonly string[]) {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] as string).toLowerCase();
    const value = rawHeaders[i + 1] as string;
    if (name === "cookie") {
      cookies.push(...value.split(/;\s*/).filter(Boolean));
      continue;
    }
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return { headers, cookies };
}

function parseQuery(raw: string): Record<string, string> | undefined {
  if (raw === "") return undefined;
  const result: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    result[name] = name in result ? `${result[name]},${value}` : value;
  }
  return result;
}

/** What API Gateway treats as text; anything else arrives base64-encoded. */
export function isTextContentType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  return (
    type.startsWith("text/") ||
    type === "application/json" ||
    type.endsWith("+json") ||
    type === "application/xml" ||
    type.endsWith("+xml") ||
    type === "application/javascript" ||
    type === "application/x-www-form-urlencoded"
  );
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** API Gateway's `time`: 12/Mar/2020:19:03:58 +0000. */
export function formatRequestTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(
    date.getUTCHours(),
  )}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/**
 * Looks like API Gateway's request ids (e.g. "JKJaXmPLvHcESHA="): 10 random bytes, taken from a
 * UUID (Node draws those from a batch of entropy; a call to randomBytes per request showed in
 * the rush's profile).
 */
export function newRequestId(): string {
  return Buffer.from(randomUUID().replaceAll("-", "").slice(0, 20), "hex").toString("base64");
}

/** One log stream per function per process, as a Lambda execution environment has. */
const logStreams = new Map<string, string>();
function logStreamOf(functionName: string): string {
  let stream = logStreams.get(functionName);
  if (!stream) {
    stream = `local/[$LATEST]${randomBytes(16).toString("hex")}`;
    logStreams.set(functionName, stream);
  }
  return stream;
}

/**
 * Enough of a Lambda context for handlers and Powertools: names, ids and the time left. The
 * long-deprecated callback methods are there only because the type demands them.
 */
export function createLambdaContext(functionName: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  const unsupported = () => {
    throw new Error("context.done/succeed/fail are not supported: return or throw instead");
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION ?? "eu-west-2"}:000000000000:function:${functionName}`,
    memoryLimitInMB: "1024",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: logStreamOf(functionName),
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
