import { describe, expect, it } from "vitest";
import { parseErrorBody } from "./api.ts";

describe("parseErrorBody", () => {
  it("keeps the code, message and field errors of the API's envelope", () => {
    const body = {
      error: {
        code: "validation_failed",
        message: "Check your answers",
        fields: [
          { path: "contact.mobile", message: "Enter a UK mobile number, like 07700 900123" },
        ],
      },
    };
    expect(parseErrorBody(400, body)).toEqual({
      code: "validation_failed",
      message: "Check your answers",
      fields: [{ path: "contact.mobile", message: "Enter a UK mobile number, like 07700 900123" }],
    });
  });

  it("gives an envelope without fields an empty list", () => {
    expect(parseErrorBody(403, { error: { code: "forbidden", message: "No" } }).fields).toEqual([]);
  });

  it("still shows the message of a code this client does not know", () => {
    expect(
      parseErrorBody(429, { error: { code: "slow_down", message: "Too many requests" } }),
    ).toEqual({
      code: "unexpected_response",
      message: "Too many requests",
      fields: [],
    });
  });

  it("falls back to a generic message when the body is not an envelope", () => {
    const error = parseErrorBody(502, "<html>Bad gateway</html>");
    expect(error.code).toBe("unexpected_response");
    expect(error.message).toMatch(/problem with the service/);
    expect(parseErrorBody(401, undefined).code).toBe("unauthenticated");
  });
});
