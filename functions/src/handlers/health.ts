import type { routes } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import type { DatabaseState } from "@front-door/store";

export interface HealthDeps {
  /** One cheap look at the table (probeTable); bounded in time by itself. */
  probe: () => Promise<DatabaseState>;
  now: () => number;
  /**
   * How long one answer stands. A monitor, a load balancer and every warm container asking at
   * once cost one read per container per interval, not one per request.
   */
  cacheMs?: number;
  log?: (line: string) => void;
}

/** Seconds a client should wait before asking again when the database is unreachable. */
export const healthRetryAfterSeconds = 5;

export function makeHealth(deps: HealthDeps): RouteHandler<typeof routes.health> {
  const cacheMs = deps.cacheMs ?? 5_000;
  // The promise is cached, not its result: requests that arrive during a probe share it.
  let last: { at: number; state: Promise<DatabaseState> } | undefined;
  const databaseState = () => {
    const now = deps.now();
    if (!last || now - last.at >= cacheMs || now < last.at) {
      last = { at: now, state: deps.probe() };
    }
    return last.state;
  };
  return async () => {
    const database = await databaseState();
    const body = {
      service: "front-door",
      time: new Date(deps.now()).toISOString(),
    };
    if (database.state === "ok") {
      return { body: { status: "ok" as const, ...body, database: "ok" as const } };
    }
    deps.log?.(`Health check: the database is unreachable (${database.reason})`);
    return {
      status: 503,
      headers: {
        "retry-after": String(healthRetryAfterSeconds),
        "cache-control": "no-store",
      },
      body: { status: "unavailable" as const, ...body, database: "unreachable" as const },
    };
  };
}
