import { type ErrorStatus, operationOutcomeOf } from "@front-door/contracts";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

export const fhirContentType = "application/fhir+json; charset=utf-8";

/**
 * The glue's error response (ErrorBody) as a FHIR R4 OperationOutcome, for routes whose
 * errorFormat is "fhir": one issue per field problem, its parameter in `expression`, or one
 * issue for the whole request; the stable error code in `details`. Status and headers (Retry-
 * After, WWW-Authenticate) are kept; only the body and its media type change.
 */
export function asOperationOutcome(
  response: APIGatewayProxyStructuredResultV2,
): APIGatewayProxyStructuredResultV2 {
  let body: unknown = {};
  try {
    body = JSON.parse(response.body ?? "{}");
  } catch {
    // Not the glue's JSON: described by its status alone.
  }
  const outcome = operationOutcomeOf((response.statusCode ?? 500) as ErrorStatus, body);
  return {
    ...response,
    headers: { ...response.headers, "content-type": fhirContentType },
    body: JSON.stringify(outcome),
  };
}
