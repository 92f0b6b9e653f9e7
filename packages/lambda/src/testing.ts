import { randomUUID } from "node:crypto";
import { claimNames, type Principal } from "@front-door/contracts";
import type { Context } from "aws-lambda";
import type { HttpEvent } from "./http.ts";

/**
 * Builders for tests: an API Gateway HTTP API (payload 2.0) event and a Lambda context,
 * shaped as API Gateway sends them (claims flattened to strings).
 */
export function httpEvent(options: {
  method?: string;
  path?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
  principal?: Principal;
  claims?: Record<string, string>;
}): HttpEvent {
  const method = options.method ?? "GET";
  const path = options.path ?? "/";
  const query = options.query ?? {};
  const claims = options.claims ?? (options.principal ? claimsFor(options.principal) : undefined);
  const requestId = randomUUID();
  return {
    version: "2.0",
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: { host: "localhost", ...lowerCase(options.headers ?? {}) },
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    body: options.body,
    isBase64Encoded: options.isBase64Encoded ?? false,
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName: "localhost",
      domainPrefix: "localhost",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "vitest" },
      requestId,
      routeKey: `${method} ${path}`,
      stage: "$default",
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
      ...(claims
        ? { authorizer: { principalId: "", integrationLatency: 0, jwt: { claims, scopes: [] } } }
        : {}),
    },
  } as HttpEvent;
}

export function claimsFor(principal: Principal): Record<string, string> {
  const claims: Record<string, string> = {
    [claimNames.subject]: principal.userId,
    [claimNames.groups]: `[${principal.role}]`,
  };
  if (principal.displayName) claims[claimNames.displayName] = principal.displayName;
  switch (principal.role) {
    case "patient":
      claims[claimNames.patientId] = principal.patientId;
      claims[claimNames.nhsNumber] = principal.nhsNumber;
      break;
    case "receptionist":
    case "clinician":
      claims[claimNames.siteId] = principal.siteId;
      break;
    case "icb-analyst":
      claims[claimNames.icbId] = principal.icbId;
      break;
    case "phb-team":
      claims[claimNames.icbId] = principal.icbId;
      claims[claimNames.approvalLimitPence] = String(principal.approvalLimitPence);
      break;
  }
  return claims;
}

export function lambdaContext(functionName = "test"): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:eu-west-2:000000000000:function:${functionName}`,
    memoryLimitInMB: "256",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
