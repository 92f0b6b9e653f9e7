import { health as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import type { DatabaseState } from "@front-door/store";
import { describe, expect, it } from "vitest";
import { healthRetryAfterSeconds, makeHealth } from "./health.ts";

function healthWith(states: DatabaseState[], clock: { now: number }) {
  let probes = 0;
  const handler = http(
    route,
    makeHealth({
      probe: async () => states[Math.min(probes++, states.length - 1)] as DatabaseState,
      now: () => clock.now,
      cacheMs: 5_000,
    }),
  );
  const call = async () => {
    const response = await handler(httpEvent({ method: "GET", path: route.path }), lambdaContext());
    return {
      status: response.statusCode,
      headers: response.headers ?? {},
      body: JSON.parse(response.body ?? "null"),
    };
  };
  return { call, probes: () => probes };
}

describe("GET /api/health", () => {
  it("says ok, with the database's state, when the table answers", async () => {
    const clock = { now: Date.parse("2026-12-02T08:00:00Z") };
    const { call } = healthWith([{ state: "ok" }], clock);
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: "ok",
      service: "front-door",
      time: "2026-12-02T08:00:00.000Z",
      database: "ok",
    });
  });

  it("answers 503 with Retry-After when the database is unreachable", async () => {
    const clock = { now: Date.parse("2026-12-02T08:00:00Z") };
    const { call } = healthWith([{ state: "unreachable", reason: "ECONNREFUSED" }], clock);
    const response = await call();
    expect(response.status).toBe(503);
    expect(response.headers["retry-after"]).toBe(String(healthRetryAfterSeconds));
    expect(response.body).toMatchObject({ status: "unavailable", database: "unreachable" });
    // The reason is for the logs, not for whoever asks.
    expect(JSON.stringify(response.body)).not.toContain("ECONNREFUSED");
  });

  it("looks at the table once per interval, however many ask, then looks again", async () => {
    const clock = { now: Date.parse("2026-12-02T08:00:00Z") };
    const { call, probes } = healthWith(
      [{ state: "ok" }, { state: "unreachable", reason: "timeout" }],
      clock,
    );
    const answers = await Promise.all([call(), call(), call()]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    clock.now += 4_999;
    expect((await call()).status).toBe(200);
    expect(probes()).toBe(1);
    clock.now += 1;
    expect((await call()).status).toBe(503);
    expect(probes()).toBe(2);
  });
});
