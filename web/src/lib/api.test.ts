import { afterEach, describe, expect, it, vi } from "vitest";
import { api, busyMessage, busyRetries, busyWaitMs, parseErrorBody } from "./api.ts";

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

describe("busyWaitMs", () => {
  const now = Date.parse("2026-12-07T08:00:00Z");

  it("honours Retry-After in seconds or as a date, capped at 10 s", () => {
    expect(busyWaitMs("3", now)).toBe(3_000);
    expect(busyWaitMs("Mon, 07 Dec 2026 08:00:05 GMT", now)).toBe(5_000);
    expect(busyWaitMs("120", now)).toBe(10_000);
    expect(busyWaitMs("Mon, 07 Dec 2026 07:59:00 GMT", now)).toBe(0);
  });

  it("waits 1 to 2 s at random without one (API Gateway's own 429) or with nonsense", () => {
    expect(busyWaitMs(null, now, () => 0)).toBe(1_000);
    expect(busyWaitMs(null, now, () => 0.999)).toBe(1_999);
    expect(busyWaitMs("soon", now, () => 0.5)).toBe(1_500);
  });
});

describe("api, when the service is busy", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const schema = {
    safeParse: (input: unknown) => ({ success: true as const, data: input as { ok: boolean } }),
  };

  /** A fetch that answers each call with the next of these responses, and notes each request. */
  function answering(...responses: (() => Response)[]) {
    const requests: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      const next = responses[Math.min(requests.length - 1, responses.length - 1)] as () => Response;
      return next();
    });
    return requests;
  }
  const throttled = () =>
    new Response(JSON.stringify({ message: "Too Many Requests" }), { status: 429 });
  const unavailable = (retryAfter: string) =>
    new Response(JSON.stringify({ error: { code: "service_unavailable", message: "Try again" } }), {
      status: 503,
      headers: { "retry-after": retryAfter },
    });
  const fine = () => new Response(JSON.stringify({ ok: true }), { status: 200 });

  /** Runs the call with fake timers, letting every wait it schedules pass. */
  async function settled<T>(call: Promise<T>): Promise<T> {
    await vi.runAllTimersAsync();
    return call;
  }

  it("waits and tries again, the same request with the same Idempotency-Key, then succeeds", async () => {
    vi.useFakeTimers();
    const requests = answering(throttled, () => unavailable("2"), fine);
    const result = await settled(
      api("/api/same-day/bookings", {
        method: "POST",
        body: { holdId: "h1" },
        idempotencyKey: "key-12345678",
        schema,
      }),
    );
    expect(result).toEqual({ ok: true, status: 200, data: { ok: true } });
    expect(requests).toHaveLength(3);
    for (const { init } of requests) {
      expect((init.headers as Record<string, string>)["idempotency-key"]).toBe("key-12345678");
      expect(init.body).toBe(JSON.stringify({ holdId: "h1" }));
    }
  });

  it("gives up after two more tries and says clearly that the service is busy", async () => {
    vi.useFakeTimers();
    const requests = answering(throttled);
    const result = await settled(api("/api/same-day/slots", { schema }));
    expect(requests).toHaveLength(1 + busyRetries);
    expect(result).toMatchObject({
      ok: false,
      status: 429,
      error: { code: "busy", message: busyMessage, fields: [] },
    });
  });

  it("does not retry other failures", async () => {
    vi.useFakeTimers();
    const requests = answering(
      () =>
        new Response(JSON.stringify({ error: { code: "slot_taken", message: "Taken" } }), {
          status: 409,
        }),
    );
    const result = await settled(api("/api/same-day/holds", { method: "POST", body: {}, schema }));
    expect(requests).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, status: 409, error: { code: "slot_taken" } });
  });
});
