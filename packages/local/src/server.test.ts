import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RouteDefinition } from "@front-door/contracts";
import { demoUsers } from "@front-door/store";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createIdentityIssuer, type IdentityIssuer } from "./identity.ts";
import { createRequestListener } from "./server.ts";

const fixtures = fileURLToPath(new URL("./test-fixtures/handlers/", import.meta.url));
const route = (
  id: string,
  method: RouteDefinition["method"],
  path: string,
  access: RouteDefinition["access"],
  handler = id,
): RouteDefinition => ({
  id,
  method,
  path,
  handler,
  summary: id,
  access,
  table: "none",
  request: {},
  response: { status: 200, description: id },
});
const routes = [
  route("echo-public", "GET", "/api/public/{thing}", "public", "echo"),
  route("echo-private", "POST", "/api/private", ["patient"], "echo"),
  route("throws", "GET", "/api/throws", "public"),
  route("binary", "GET", "/api/binary/{kind}", "public"),
  route("no-handler", "GET", "/api/no-handler", "public"),
];

let keyDir: string;
let server: Server;
let base: string;
let identity: IdentityIssuer;

beforeAll(async () => {
  keyDir = await mkdtemp(join(tmpdir(), "server-test-"));
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  identity = await createIdentityIssuer({ keyDir, issuer: base });
  server.on(
    "request",
    createRequestListener({
      routes,
      handlersDir: fixtures,
      webDir: join(keyDir, "no-web-build"),
      identity: Promise.resolve(identity),
      users: demoUsers,
    }),
  );
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(keyDir, { recursive: true, force: true });
});

const tokenFor = async (userId: string) => {
  const response = await fetch(`${base}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  return response;
};

describe("dev identity routes", () => {
  it("lists the demo users without their scope", async () => {
    const response = await fetch(`${base}/api/dev/users`);
    const body = await response.json();
    expect(body.users).toHaveLength(demoUsers.length);
    expect(body.users[0]).toEqual({
      id: demoUsers[0]?.id,
      role: demoUsers[0]?.role,
      displayName: demoUsers[0]?.displayName,
      description: demoUsers[0]?.description,
    });
  });

  it("mints a token for a demo user", async () => {
    const response = await tokenFor("user-reception-armley");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      tokenType: "Bearer",
      expiresIn: 3600,
      user: { role: "receptionist" },
    });
    const { payload } = await jwtVerify(body.token, createLocalJWKSet(identity.jwks), {
      issuer: base,
    });
    expect(payload).toMatchObject({ "custom:site_id": "site-armley" });
  });

  it.each([
    ["an unknown user", JSON.stringify({ userId: "user-nobody" })],
    ["no userId", JSON.stringify({})],
    ["a userId that is not a string", JSON.stringify({ userId: 7 })],
  ])("refuses %s with a field error", async (_, body) => {
    const response = await fetch(`${base}/api/dev/token`, { method: "POST", body });
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error.error.code).toBe("validation_failed");
    expect(error.error.fields).toEqual([{ path: "userId", message: expect.any(String) }]);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await fetch(`${base}/api/dev/token`, { method: "POST", body: "{" });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("malformed_json");
  });

  it("publishes the JWKS and the web config", async () => {
    expect(await (await fetch(`${base}/.well-known/jwks.json`)).json()).toEqual(identity.jwks);
    const config = await fetch(`${base}/config.json`);
    expect(await config.json()).toEqual({ auth: { mode: "dev" } });
    expect(config.headers.get("content-security-policy")).toContain("default-src 'self'");
  });
});

describe("API dispatch", () => {
  it("invokes a public route's handler with a payload 2.0 event and a Lambda context", async () => {
    const response = await fetch(`${base}/api/public/x%20y?a=1&a=2`, {
      headers: { cookie: "c=1; d=2", "x-thing": "v" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-fixture")).toBe("echo");
    expect(response.headers.get("apigw-requestid")).toBeTruthy();
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    const { event, context } = await response.json();
    expect(event).toMatchObject({
      version: "2.0",
      routeKey: "GET /api/public/{thing}",
      rawPath: "/api/public/x%20y",
      rawQueryString: "a=1&a=2",
      pathParameters: { thing: "x y" },
      queryStringParameters: { a: "1,2" },
      cookies: ["c=1", "d=2"],
      headers: { "x-thing": "v" },
      requestContext: { stage: "$default", http: { method: "GET", sourceIp: "127.0.0.1" } },
    });
    expect(event.requestContext.authorizer).toBeUndefined();
    expect(context.functionName).toBe("echo-public");
  });

  it.each([
    ["a token it issued", "good"],
    ["no Authorization header", undefined],
    ["a garbage token", "Bearer abc.def.ghi"],
  ])(
    "hands a protected route's request with %s to the function as it came, with no authorizer in front",
    async (_, authorization) => {
      const token =
        authorization === "good"
          ? `Bearer ${(await (await tokenFor("user-patient-tom")).json()).token}`
          : authorization;
      const response = await fetch(`${base}/api/private`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: token } : {}) },
        body: '{"x":1}',
      });
      // The echo fixture shows what the function received: the header, and no claims, because
      // the function's glue checks the token itself (as it does in AWS).
      expect(response.status).toBe(200);
      const { event } = await response.json();
      expect(event.body).toBe('{"x":1}');
      expect(event.requestContext.authorizer).toBeUndefined();
      if (token) expect(event.headers.authorization).toBe(token);
      else expect(event.headers).not.toHaveProperty("authorization");
    },
  );

  it("answers an unknown path with 404 not_found, and a wrong method with 405 and Allow", async () => {
    const unknown = await fetch(`${base}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
    const wrongMethod = await fetch(`${base}/api/private`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    expect((await wrongMethod.json()).error.code).toBe("method_not_allowed");
  });

  it("answers an unknown path under /api/fhir/ with a 404 OperationOutcome, as API Gateway's catch-all does", async () => {
    const unknown = await fetch(`${base}/api/fhir/Encounter/x/y`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    const body = await unknown.json();
    expect(body.resourceType).toBe("OperationOutcome");
    expect(body.issue[0]).toMatchObject({ severity: "error", code: "not-found" });
  });

  it("turns a throwing handler into a 500 that leaks nothing, and logs the error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await fetch(`${base}/api/throws`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text)).toEqual({ message: "Internal Server Error" });
    expect(String(logged.mock.calls[0]?.[1])).toContain("fixture failure");
    const missing = await fetch(`${base}/api/no-handler`);
    expect(missing.status).toBe(500);
    logged.mockRestore();
  });

  it("decodes base64 results and wraps a bare value as JSON", async () => {
    const binary = await fetch(`${base}/api/binary/bytes`);
    expect(binary.status).toBe(201);
    expect(Buffer.from(await binary.arrayBuffer())).toEqual(Buffer.from([0, 1, 2, 255]));
    const plain = await fetch(`${base}/api/binary/plain`);
    expect(plain.headers.get("content-type")).toBe("application/json");
    expect(await plain.json()).toEqual({ hello: "world" });
  });

  it("shows a build hint when the web app has not been built", async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("npm run build:web");
  });
});
