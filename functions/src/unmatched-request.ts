import { createRouteMatcher, routeList, unmatchedRequest } from "@front-door/contracts";
import { asOperationOutcome, errorResponse, securityHeaders } from "@front-door/lambda";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";

const match = createRouteMatcher(routeList);

/**
 * API Gateway's catch-all ($default) route: whatever no route-table entry takes. HTTP APIs
 * would answer a wrong method on a real path 404 {"message":"Not Found"}; this answers as the
 * local runner does, 405 with Allow, or 404, in the error body every route uses (an
 * OperationOutcome under /api/fhir/).
 */
export async function handler(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const method = event.requestContext.http.method;
  const path = event.rawPath;
  const found = match(method, path);
  // A path the table does take, with this method, never reaches $default; be safe regardless.
  const unmatched = unmatchedRequest(
    found.kind === "matched" ? { kind: "no-route" } : found,
    method,
    path,
  );
  const plain = errorResponse(unmatched.status, unmatched.code, unmatched.message);
  // Under /api/fhir/ a FHIR client is calling: it gets an OperationOutcome, as the routes answer.
  const response = path.startsWith("/api/fhir/") ? asOperationOutcome(plain) : plain;
  return {
    ...response,
    headers: {
      ...response.headers,
      ...securityHeaders,
      ...(unmatched.allow ? { allow: unmatched.allow } : {}),
    },
  };
}
