import { Logger } from "@aws-lambda-powertools/logger";
import { envNames, type RouteDefinition } from "@front-door/contracts";
import { describe, expect, it, vi } from "vitest";
import { http } from "./http.ts";
import { claimsFor, httpEvent, lambdaContext } from "./testing.ts";
import { TokenKeysUnavailable, TokenRejected, type TokenVerifier } from "./token-verifier.ts";

const logger = new Logger({ serviceName: "test", logLevel: "SILENT" });

const route = (access: RouteDefinition["access"]) =>
  ({
    id: "test-me",
    method: "GET",
    path: "/api/test/me",
    handler: "none",
    summary: "test",
    access,
    table: "none",
    request: {},
    response: { status: 200, description: "ok" },
  }) as const satisfies RouteDefinition;

const tom = {
  role: "patient",
  userId: "user-tom",
  patientId: "patient-tom",
  nhsNumber: "9990000026",
} as const;
const echo = vi.fn(async (request: { principal?: unknown }) => ({
  body: { principal: request.principal ?? null },
}));

/** A verifier that knows one good token: "good", Tom's. */
const verifier = (): TokenVerifier & { calls: string[] } => {
  const calls: string[] = [];
  const verify = async (token: string) => {
    calls.push(token);
    if (token === "good") return claimsFor(tom);
    if (token === "keys-down") throw new TokenKeysUnavailable("JWKS timed out");
    throw new TokenRejected("expired");
  };
  return Object.assign(verify, { calls });
};

const get = (headers: Record<string, string> = {}, claims?: Record<string, string>) =>
  httpEvent({ path: "/api/test/me", headers, ...(claims ? { claims } : {}) });

describe("the glue checks the bearer token itself (no authorizer in front)", () => {
  it("takes the caller from a good token, with or without the Bearer prefix", async () => {
    const verifyToken = verifier();
    const handler = http(route(["patient"]), echo, { logger, verifyToken });
    for (const authorization of ["Bearer good", "good"]) {
      const response = await handler(get({ authorization }), lambdaContext());
      expect(response.statusCode).toBe(200);
      expect(JSON.parse(response.body ?? "").principal).toMatchObject({ patientId: "patient-tom" });
    }
    expect(verifyToken.calls).toEqual(["good", "good"]);
  });

  it("answers a refused token with 401 invalid_token, the error body and the security headers", async () => {
    const handler = http(route(["patient"]), echo, { logger, verifyToken: verifier() });
    const response = await handler(get({ authorization: "Bearer expired" }), lambdaContext());
    expect(response.statusCode).toBe(401);
    expect(JSON.parse(response.body ?? "")).toEqual({
      error: {
        code: "unauthenticated",
        message: "Your sign-in has expired or is not valid. Sign in again",
      },
    });
    expect(response.headers).toMatchObject({
      "www-authenticate": 'Bearer realm="front-door", error="invalid_token"',
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "strict-transport-security": expect.stringContaining("max-age="),
    });
  });

  it("answers a missing token with 401 and a bare challenge, without calling the verifier", async () => {
    const verifyToken = verifier();
    const handler = http(route(["patient"]), echo, { logger, verifyToken });
    for (const headers of [{}, { authorization: "Bearer  " }] as Record<string, string>[]) {
      const response = await handler(get(headers), lambdaContext());
      expect(response.statusCode).toBe(401);
      expect(response.headers?.["www-authenticate"]).toBe('Bearer realm="front-door"');
    }
    expect(verifyToken.calls).toEqual([]);
  });

  it("answers 503 with Retry-After when the issuer's keys cannot be fetched", async () => {
    const handler = http(route(["patient"]), echo, { logger, verifyToken: verifier() });
    const response = await handler(get({ authorization: "Bearer keys-down" }), lambdaContext());
    expect(response.statusCode).toBe(503);
    expect(response.headers?.["retry-after"]).toBe("2");
    expect(JSON.parse(response.body ?? "").error.code).toBe("service_unavailable");
  });

  it("still checks the role: a good token for the wrong role is 403", async () => {
    const handler = http(route(["receptionist"]), echo, { logger, verifyToken: verifier() });
    const response = await handler(get({ authorization: "Bearer good" }), lambdaContext());
    expect(response.statusCode).toBe(403);
  });

  it("keeps accepting claims an authorizer already checked, without checking the token again", async () => {
    const verifyToken = verifier();
    const handler = http(route(["patient"]), echo, { logger, verifyToken });
    const response = await handler(
      get({ authorization: "Bearer anything" }, claimsFor(tom)),
      lambdaContext(),
    );
    expect(response.statusCode).toBe(200);
    expect(verifyToken.calls).toEqual([]);
  });

  it("never looks at a token on a public route", async () => {
    const verifyToken = verifier();
    const handler = http(route("public"), echo, { logger, verifyToken });
    const response = await handler(get({ authorization: "Bearer expired" }), lambdaContext());
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body ?? "").principal).toBeNull();
    expect(verifyToken.calls).toEqual([]);
  });

  it("stops a Lambda cold start that lacks the issuer's variables, naming them", () => {
    vi.stubEnv("AWS_LAMBDA_FUNCTION_NAME", "test-me");
    vi.stubEnv(envNames.authIssuer, "https://cognito-idp.eu-west-2.amazonaws.com/pool");
    // Whatever this process was given (a full run's local runner sets them): absent here.
    vi.stubEnv(envNames.authJwksUrl, undefined);
    vi.stubEnv(envNames.authClientIds, undefined);
    try {
      expect(() => http(route(["patient"]), echo, { logger })).toThrow(
        `Missing environment variables: ${envNames.authJwksUrl}, ${envNames.authClientIds}`,
      );
      // A public route needs none of them.
      expect(() => http(route("public"), echo, { logger })).not.toThrow();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
