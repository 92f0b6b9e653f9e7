import { Logger } from "@aws-lambda-powertools/logger";
import { Profile, type RouteDefinition, SitesQuery } from "@front-door/contracts";
import { Conflict, NotFound } from "@front-door/domain";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { http } from "./http.ts";
import { httpEvent, lambdaContext } from "./testing.ts";

const patient = {
  role: "patient" as const,
  userId: "user-1",
  patientId: "patient-1",
  nhsNumber: "9434765919",
  displayName: "Amira Hussain",
};

const profileRoute = {
  id: "test-profile",
  method: "PUT",
  path: "/api/test/profile",
  handler: "none",
  summary: "test",
  access: ["patient"],
  table: "none",
  request: { body: Profile },
  response: { status: 200, description: "ok" },
} as const satisfies RouteDefinition;

const searchRoute = {
  id: "test-search",
  method: "GET",
  path: "/api/test/search",
  handler: "none",
  summary: "test",
  access: "public",
  table: "none",
  request: { query: SitesQuery },
  response: { status: 200, description: "ok" },
} as const satisfies RouteDefinition;

const validProfile = {
  preferredName: "Amira",
  contact: { mobile: "07700 900123" },
  communication: { britishSignLanguage: false, easyRead: false, largePrint: false },
  consent: { sms: true, email: false },
};

let logLines: string[];
let logger: Logger;

beforeEach(() => {
  logLines = [];
  // Powertools writes INFO to stdout and ERROR to stderr: capture both.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      logLines.push(String(chunk));
      return true;
    });
  }
  // Explicit level: other projects' global setups may quieten Powertools through the environment.
  logger = new Logger({ serviceName: "test", logLevel: "INFO" });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const put = (
  body: string,
  headers: Record<string, string> = { "content-type": "application/json" },
) => httpEvent({ method: "PUT", path: profileRoute.path, body, headers, principal: patient });

const parse = (response: { body?: string }) => JSON.parse(response.body ?? "{}");

describe("the HTTP middleware chain", () => {
  it("hands the handler a validated body and the principal, and answers JSON with security headers", async () => {
    const seen: unknown[] = [];
    const handler = http(
      profileRoute,
      async (request) => {
        seen.push(request.body, request.principal);
        return { body: { ok: true } };
      },
      { logger },
    );
    const response = await handler(put(JSON.stringify(validProfile)), lambdaContext());
    expect(response.statusCode).toBe(200);
    expect(parse(response)).toEqual({ ok: true });
    expect(seen[0]).toMatchObject({ preferredName: "Amira", consent: { sms: true } });
    expect(seen[1]).toMatchObject({ role: "patient", patientId: "patient-1" });
    expect(response.headers).toMatchObject({
      "content-type": "application/json; charset=utf-8",
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "strict-transport-security": expect.stringContaining("max-age="),
    });
    expect(response.headers?.["x-correlation-id"]).toBeTruthy();
  });

  it("answers 400 with field-level messages and never calls the handler", async () => {
    const handler = http(profileRoute, vi.fn(), { logger });
    const bad = {
      ...validProfile,
      contact: { mobile: "0113 496 0000" },
      consent: { sms: true, email: true },
    };
    const response = await handler(put(JSON.stringify(bad)), lambdaContext());
    expect(response.statusCode).toBe(400);
    const { error } = parse(response);
    expect(error.code).toBe("validation_failed");
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: "contact.mobile", message: "Enter a UK mobile number, like 07700 900123" },
        { path: "contact.email", message: "Enter an email address to get emails" },
      ]),
    );
  });

  it("names missing fields", async () => {
    const handler = http(profileRoute, vi.fn(), { logger });
    const response = await handler(put(JSON.stringify({ contact: {} })), lambdaContext());
    const fields = parse(response).error.fields.map((f: { path: string }) => f.path);
    expect(fields).toEqual(expect.arrayContaining(["communication", "consent"]));
  });

  it("validates the query string of a public route", async () => {
    const handler = http(searchRoute, async (request) => ({ body: request.query }), { logger });
    const ok = await handler(
      httpEvent({ path: searchRoute.path, query: { postcode: "ls1 4ap", service: "podiatry" } }),
      lambdaContext(),
    );
    expect(ok.statusCode).toBe(200);
    const bad = await handler(
      httpEvent({
        path: searchRoute.path,
        query: { postcode: "nonsense", service: "brain-surgery" },
      }),
      lambdaContext(),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      parse(bad)
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["postcode", "service"]);
  });

  it.each([
    ["malformed JSON", "{not json", { "content-type": "application/json" }, 400, "malformed_json"],
    ["an empty body", "", { "content-type": "application/json" }, 400, "validation_failed"],
    [
      "a form post",
      "a=1",
      { "content-type": "application/x-www-form-urlencoded" },
      415,
      "unsupported_media_type",
    ],
    [
      "an oversize body",
      JSON.stringify({ x: "a".repeat(40_000) }),
      { "content-type": "application/json" },
      413,
      "payload_too_large",
    ],
  ])("refuses %s", async (_label, body, headers, status, code) => {
    const handler = http(profileRoute, vi.fn(), { logger });
    const response = await handler(put(body, headers), lambdaContext());
    expect(response.statusCode).toBe(status);
    expect(parse(response).error.code).toBe(code);
  });

  it("answers 401 without claims and 403 for the wrong role or a role without scope", async () => {
    const handler = http(profileRoute, vi.fn(), { logger });
    const body = JSON.stringify(validProfile);
    const headers = { "content-type": "application/json" };
    const anonymous = await handler(
      httpEvent({ method: "PUT", path: profileRoute.path, body, headers }),
      lambdaContext(),
    );
    expect(anonymous.statusCode).toBe(401);
    expect(parse(anonymous).error.code).toBe("unauthenticated");
    expect(anonymous.headers?.["www-authenticate"]).toBe('Bearer realm="front-door"');
    expect(anonymous.headers?.["x-frame-options"]).toBe("DENY");
    // A token sent but refused in front (no claims came with it): the challenge says so.
    const refused = await handler(
      httpEvent({
        method: "PUT",
        path: profileRoute.path,
        body,
        headers: { ...headers, authorization: "Bearer expired" },
      }),
      lambdaContext(),
    );
    expect(refused.statusCode).toBe(401);
    expect(refused.headers?.["www-authenticate"]).toBe(
      'Bearer realm="front-door", error="invalid_token"',
    );
    const receptionist = await handler(
      httpEvent({
        method: "PUT",
        path: profileRoute.path,
        body,
        headers,
        principal: { role: "receptionist", userId: "r", siteId: "s" },
      }),
      lambdaContext(),
    );
    expect(receptionist.statusCode).toBe(403);
    const unscoped = await handler(
      httpEvent({
        method: "PUT",
        path: profileRoute.path,
        body,
        headers,
        claims: { sub: "u", "cognito:groups": "[patient]" },
      }),
      lambdaContext(),
    );
    expect(unscoped.statusCode).toBe(403);
  });

  it("turns typed domain errors into their 4xx and code", async () => {
    const notFound = http(
      profileRoute,
      async () => {
        throw new NotFound("No such thing");
      },
      { logger },
    );
    const conflict = http(
      profileRoute,
      async () => {
        throw new Conflict("Taken", "slot_taken");
      },
      { logger },
    );
    const a = await notFound(put(JSON.stringify(validProfile)), lambdaContext());
    const b = await conflict(put(JSON.stringify(validProfile)), lambdaContext());
    expect([a.statusCode, parse(a).error.code]).toEqual([404, "not_found"]);
    expect([b.statusCode, parse(b).error.code]).toEqual([409, "slot_taken"]);
    expect(b.headers?.["x-content-type-options"]).toBe("nosniff");
  });

  it("turns anything else into a generic 500 that leaks nothing, and logs the stack", async () => {
    const handler = http(
      profileRoute,
      async () => {
        throw new TypeError("secret detail about 9434765919");
      },
      { logger },
    );
    const response = await handler(
      put(JSON.stringify(validProfile), {
        "content-type": "application/json",
        "x-correlation-id": "corr-123",
      }),
      lambdaContext(),
    );
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain("secret");
    expect(parse(response).error).toMatchObject({
      code: "internal_error",
      message: expect.stringContaining("corr-123"),
    });
    const errorLine = logLines
      .map((l) => JSON.parse(l))
      .find((l) => l.message === "unhandled error");
    expect(errorLine).toMatchObject({
      errorName: "TypeError",
      correlationId: "corr-123",
      level: "ERROR",
    });
    expect(errorLine.stack).toContain("http.test.ts");
  });

  it("answers 503 with Retry-After when the store's retries ran out, and a condition that failed stays a 500", async () => {
    const failing = (error: Error) =>
      http(
        profileRoute,
        async () => {
          throw error;
        },
        { logger },
      )(put(JSON.stringify(validProfile)), lambdaContext());
    const busy = Object.assign(new Error("Transaction cancelled [None, TransactionConflict]"), {
      name: "TransactionCanceledException",
      CancellationReasons: [{ Code: "None" }, { Code: "TransactionConflict" }],
      $metadata: { httpStatusCode: 400, attempts: 6 },
    });
    const unreachable = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8000"), {
      code: "ECONNREFUSED",
    });
    for (const error of [busy, unreachable]) {
      const response = await failing(error);
      expect(response.statusCode).toBe(503);
      expect(response.headers?.["retry-after"]).toBe("2");
      expect(response.headers?.["x-content-type-options"]).toBe("nosniff");
      expect(parse(response).error.code).toBe("service_unavailable");
      expect(response.body).not.toContain("127.0.0.1");
    }
    const warning = logLines.map((l) => JSON.parse(l)).find((l) => l.level === "WARN");
    expect(warning).toMatchObject({ errorName: "TransactionCanceledException", attempts: 6 });
    const condition = Object.assign(new Error("Transaction cancelled [ConditionalCheckFailed]"), {
      name: "TransactionCanceledException",
      CancellationReasons: [{ Code: "ConditionalCheckFailed" }],
    });
    expect((await failing(condition)).statusCode).toBe(500);
  });

  it("keeps patient identifiers and free text out of the logs", async () => {
    const handler = http(profileRoute, async () => ({ body: { ok: true } }), { logger });
    const sensitive = {
      ...validProfile,
      preferredName: "Zebedee Quartermaine",
      accessibilityNeeds: "Hearing loop please, left ear",
    };
    const response = await handler(put(JSON.stringify(sensitive)), lambdaContext());
    expect(response.statusCode).toBe(200);
    const failing = http(
      profileRoute,
      async () => {
        throw new Error("boom 9434765919 Zebedee");
      },
      { logger },
    );
    await failing(put(JSON.stringify(sensitive)), lambdaContext());
    const logs = logLines.join("\n");
    expect(logLines.length).toBeGreaterThanOrEqual(3);
    for (const secret of [
      "9434765919",
      "943 476 5919",
      "Zebedee",
      "Quartermaine",
      "Hearing loop",
      "07700",
      "patient-1",
      "Amira",
    ]) {
      expect(logs, secret).not.toContain(secret);
    }
    expect(logs).toContain('"route":"test-profile"');
  });

  it("takes a well-formed correlation id from the caller and refuses a hostile one", async () => {
    const handler = http(searchRoute, async () => ({ body: {} }), { logger });
    const query = { postcode: "LS1 4AP", service: "podiatry" };
    const good = await handler(
      httpEvent({ path: searchRoute.path, query, headers: { "x-correlation-id": "abc-123" } }),
      lambdaContext(),
    );
    expect(good.headers?.["x-correlation-id"]).toBe("abc-123");
    const hostile = await handler(
      httpEvent({
        path: searchRoute.path,
        query,
        headers: { "x-correlation-id": "<script>\nalert(1)" },
      }),
      lambdaContext(),
    );
    expect(hostile.headers?.["x-correlation-id"]).not.toContain("<script>");
  });

  it("refuses to build an idempotent route without a store", () => {
    expect(() => http({ ...profileRoute, idempotent: true }, vi.fn(), { logger })).toThrow(
      /idempotency store/,
    );
  });

  it("runs a route idempotent by condition on every repeat, keeping no record, and checks its key", async () => {
    const createRoute = {
      ...profileRoute,
      method: "POST",
      idempotentByCondition: true,
    } as const satisfies RouteDefinition;
    const run = vi.fn(async () => ({ body: { ok: true } }));
    // Built without an idempotency store: there is nothing to store.
    const handler = http(createRoute, run, { logger });
    const post = (key: string) =>
      httpEvent({
        method: "POST",
        path: createRoute.path,
        principal: patient,
        headers: { "content-type": "application/json", "idempotency-key": key },
        body: JSON.stringify(validProfile),
      });
    expect((await handler(post("key-same-0001"), lambdaContext())).statusCode).toBe(200);
    expect((await handler(post("key-same-0001"), lambdaContext())).statusCode).toBe(200);
    expect(run).toHaveBeenCalledTimes(2);
    const malformed = await handler(post("short"), lambdaContext());
    expect(malformed.statusCode).toBe(400);
    expect(JSON.parse(malformed.body ?? "").error.fields).toEqual([
      {
        path: "Idempotency-Key",
        message: "Idempotency-Key must be 8 to 128 letters, digits or . _ : -",
      },
    ]);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("refuses a route that is idempotent both with a record and by condition", () => {
    expect(() =>
      http({ ...profileRoute, idempotent: true, idempotentByCondition: true }, vi.fn(), {
        logger,
        idempotency: () => async (_call, _context, run) => run(),
      }),
    ).toThrow(/not both/);
  });
  it("insists on the idempotency a route names: Powertools' record or one in its own transaction", () => {
    const powertools = () => async (_call: unknown, _context: unknown, run: () => unknown) => run();
    const inTransaction = { kind: "in-transaction" as const, begin: vi.fn() };
    expect(() =>
      http({ ...profileRoute, idempotent: true, idempotentInTransaction: true }, vi.fn(), {
        logger,
        // biome-ignore lint/suspicious/noExplicitAny: a stand-in runner; only its kind matters
        idempotency: powertools as any,
      }),
    ).toThrow(/in its own transaction/);
    expect(() =>
      http({ ...profileRoute, idempotent: true }, vi.fn(), {
        logger,
        idempotency: inTransaction,
      }),
    ).toThrow(/with Powertools/);
  });

  it("answers a key's stored answer when the record was there, and 422 for a key reused with another body", async () => {
    const route = {
      ...profileRoute,
      method: "POST",
      idempotent: true,
      idempotentInTransaction: true,
    } as const satisfies RouteDefinition;
    const stored = Object.assign(new Error("answered"), {
      name: "AnsweredBefore",
      answer: { status: 200, body: { stored: true } },
      requestHash: "hash-of-first",
    });
    let requestHash = "hash-of-first";
    const begin = vi.fn(() => {
      const unanswered = Promise.reject(stored);
      unanswered.catch(() => {});
      return { unanswered, used: false, requestHash, put: vi.fn(), claimLook: () => undefined };
    });
    // The handler fails (its write would be refused): the stored answer is the answer.
    const run = vi.fn(async () => {
      throw new Conflict("would have been refused", "hold_expired");
    });
    const handler = http(route, run, {
      logger,
      idempotency: { kind: "in-transaction", begin },
    });
    const post = () =>
      httpEvent({
        method: "POST",
        path: route.path,
        principal: patient,
        headers: { "content-type": "application/json", "idempotency-key": "key-once-0001" },
        body: JSON.stringify(validProfile),
      });
    const again = await handler(post(), lambdaContext());
    expect(again.statusCode).toBe(200);
    expect(JSON.parse(again.body ?? "")).toEqual({ stored: true });
    requestHash = "hash-of-another";
    const reused = await handler(post(), lambdaContext());
    expect(reused.statusCode).toBe(422);
    expect(JSON.parse(reused.body ?? "").error.code).toBe("idempotency_key_reused");
  });
});
