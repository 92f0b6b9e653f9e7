import { DomainError, InvalidInput } from "@front-door/domain";
import type { APIGatewayProxyEventV2 } from "aws-lambda";

/** Bigger than any form the service takes; small enough that parsing is never the cost. */
export const defaultBodyLimitBytes = 32 * 1024;

class PayloadTooLarge extends DomainError {
  readonly status = 413;
  readonly code = "payload_too_large";
}

class UnsupportedMediaType extends DomainError {
  readonly status = 415;
  readonly code = "unsupported_media_type";
}

class MalformedJson extends DomainError {
  readonly status = 400;
  readonly code = "malformed_json";
}

/** Reads a JSON request body: content type, size limit, then syntax, each with its own 4xx. */
export function readJsonBody(event: APIGatewayProxyEventV2, limitBytes: number): unknown {
  const contentType = event.headers["content-type"] ?? "";
  const raw = event.body ?? "";
  const bytes = event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");
  if (bytes.byteLength > limitBytes) {
    throw new PayloadTooLarge(
      `The request body must be ${Math.floor(limitBytes / 1024)} KB or smaller`,
    );
  }
  if (bytes.byteLength === 0) {
    throw new InvalidInput("The request needs a JSON body", [
      { path: "body", message: "body is required" },
    ]);
  }
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType)) {
    throw new UnsupportedMediaType("Send the request body as application/json");
  }
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new MalformedJson("The request body is not valid JSON");
  }
}
