import type { ErrorCode, FieldError, RouteDefinition } from "@front-door/contracts";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/**
 * Headers on every API response. Patient data must not be cached by browsers or proxies, and
 * API responses are never meant to be rendered or framed.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "same-origin",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

export function jsonResponse(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: body === undefined ? "" : JSON.stringify(body),
  };
}

export function errorResponse(
  statusCode: number,
  code: ErrorCode | string,
  message: string,
  fields?: readonly FieldError[],
): APIGatewayProxyStructuredResultV2 {
  return jsonResponse(statusCode, {
    error: { code, message, ...(fields && fields.length > 0 ? { fields } : {}) },
  });
}

/**
 * The Location of what a route created: its `response.location` path template with the ids
 * filled in (each encoded as a path segment). Throws when the route documents no Location or an
 * id is missing, so a handler cannot send one the OpenAPI document does not describe.
 */
export function locationOf(
  route: Pick<RouteDefinition, "id" | "response">,
  ids: Readonly<Record<string, string>>,
): string {
  const template = route.response.location?.path;
  if (!template) throw new Error(`Route ${route.id} documents no Location`);
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (id === undefined) throw new Error(`Location of ${route.id} needs ${name}`);
    return encodeURIComponent(id);
  });
}
