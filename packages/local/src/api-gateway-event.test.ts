import type { RouteDefinition } from "@front-door/contracts";
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";
import { describe, expect, it } from "vitest";
import {
  buildHttpApiEvent,
  createLambdaContext,
  flattenClaims,
  formatRequestTime,
  type IncomingRequest,
} from "./api-gateway-event.ts";

const route: RouteDefinition = {
  id: "thing-put",
  method: "PUT",
  path: "/api/things/{thingId}",
  handler: "thing-put",
  summary: "",
  access: ["patient"],
  table: "write",
  request: {},
  response: { status: 200, description: "" },
};

const request = (overrides: Partial<IncomingRequest> = {}): IncomingRequest => ({
  method: "PUT",
  url: "/api/things/t%201?tag=a&tag=b&q=x%20y",
  rawHeaders: [
    "Host",
    "localhost:3000",
    "Accept",
    "text/html",
    "accept",
    "application/json",
    "Content-Type",
    "application/json",
    "Cookie",
    "session=abc; theme=dark",
    "User-Agent",
    "vitest",
  ],
  body: Buffer.from('{"a":1}'),
  sourceIp: "127.0.0.1",
  protocol: "HTTP/1.1",
  ...overrides,
});

describe("buildHttpApiEvent", () => {
  const now = new Date(Date.UTC(2020, 2, 12, 19, 3, 58));
  const event = buildHttpApiEvent({
    route,
    pathParameters: { thingId: "t 1" },
    request: request(),
    claims: { sub: "u1", "cognito:groups": ["patient"], exp: 1700000000, token_use: "id" },
    requestId: "req-1",
    now,
  }) as APIGatewayProxyEventV2WithJWTAuthorizer;

  it("has payload format 2.0's top-level shape", () => {
    expect(event).toMatchObject({
      version: "2.0",
      routeKey: "PUT /api/things/{thingId}",
      rawPath: "/api/things/t%201",
      rawQueryString: "tag=a&tag=b&q=x%20y",
      pathParameters: { thingId: "t 1" },
      body: '{"a":1}',
      isBase64Encoded: false,
    });
  });

  it("lower-cases headers, joins repeats with commas and moves cookies to their own array", () => {
    expect(event.headers).toEqual({
      host: "localhost:3000",
      accept: "text/html,application/json",
      "content-type": "application/json",
      "user-agent": "vitest",
      "x-forwarded-for": "127.0.0.1",
      "x-forwarded-proto": "http",
      "x-forwarded-port": "3000",
    });
    expect(event.cookies).toEqual(["session=abc", "theme=dark"]);
  });

  it("decodes query parameters and joins repeats with commas", () => {
    expect(event.queryStringParameters).toEqual({ tag: "a,b", q: "x y" });
  });

  it("fills requestContext as API Gateway does", () => {
    expect(event.requestContext).toMatchObject({
      domainName: "localhost",
      http: {
        method: "PUT",
        path: "/api/things/t%201",
        protocol: "HTTP/1.1",
        sourceIp: "127.0.0.1",
        userAgent: "vitest",
      },
      requestId: "req-1",
      routeKey: "PUT /api/things/{thingId}",
      stage: "$default",
      time: "12/Mar/2020:19:03:58 +0000",
      timeEpoch: now.getTime(),
    });
  });

  it("hands over claims as strings, with arrays as [a b]", () => {
    expect(event.requestContext.authorizer.jwt).toEqual({
      claims: { sub: "u1", "cognito:groups": "[patient]", exp: "1700000000", token_use: "id" },
      scopes: [],
    });
  });

  it("leaves out authorizer, cookies, query and path parameters when there are none", () => {
    const bare = buildHttpApiEvent({
      route: { ...route, path: "/api/things", access: "public" },
      pathParameters: {},
      request: request({ url: "/api/things", rawHeaders: ["Host", "x"], body: Buffer.alloc(0) }),
    });
    expect(bare.requestContext).not.toHaveProperty("authorizer");
    expect(bare).not.toHaveProperty("cookies");
    expect(bare).not.toHaveProperty("queryStringParameters");
    expect(bare).not.toHaveProperty("pathParameters");
    expect(bare).not.toHaveProperty("body");
    expect(bare.isBase64Encoded).toBe(false);
  });

  it("base64-encodes bodies that are not text", () => {
    const bytes = Buffer.from([0, 1, 2, 255]);
    const binary = buildHttpApiEvent({
      route,
      pathParameters: {},
      request: request({ rawHeaders: ["Content-Type", "image/png"], body: bytes }),
    });
    expect(binary.isBase64Encoded).toBe(true);
    expect(Buffer.from(binary.body as string, "base64")).toEqual(bytes);
  });
});

describe("flattenClaims", () => {
  it("stringifies as API Gateway does and drops null values", () => {
    expect(
      flattenClaims({ groups: ["a", "b"], n: 5, yes: true, none: null, obj: { x: 1 }, s: "t" }),
    ).toEqual({ groups: "[a b]", n: "5", yes: "true", obj: '{"x":1}', s: "t" });
  });
});

describe("formatRequestTime", () => {
  it("pads and uses UTC", () => {
    expect(formatRequestTime(new Date(Date.UTC(2026, 0, 5, 3, 4, 5)))).toBe(
      "05/Jan/2026:03:04:05 +0000",
    );
  });
});

describe("createLambdaContext", () => {
  it("names the function after the route and counts down its time", () => {
    const context = createLambdaContext("me-get", 10_000);
    expect(context.functionName).toBe("me-get");
    expect(context.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(context.getRemainingTimeInMillis()).toBeGreaterThan(9_000);
    expect(context.getRemainingTimeInMillis()).toBeLessThanOrEqual(10_000);
    expect(() => context.succeed("x")).toThrow(/not supported/);
  });
});
