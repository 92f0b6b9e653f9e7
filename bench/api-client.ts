import { Agent, request } from "node:http";

export interface ApiResponse {
  status: number;
  body: unknown;
  /** From the request being issued (including any wait for a free connection) to its last byte. */
  ms: number;
  /** Times it was sent again because a reused connection had just been closed by the server. */
  retries: number;
  /** The Retry-After header, when the answer had one (a 503 from a busy store does). */
  retryAfter?: string;
}

class StaleConnection extends Error {
  override name = "StaleConnection";
}

export interface ApiClient {
  call(
    method: "GET" | "POST",
    path: string,
    options: { token?: string; body?: unknown; idempotencyKey?: string; pool?: string },
  ): Promise<ApiResponse>;
  /** Opens a pool's connections before the clock starts (see createApiClient). */
  warm(pool: string): Promise<void>;
  close(): void;
}

/**
 * A JSON client over keep-alive connections to the local runner, with a pool of at most
 * `maxSockets` connections per pool name. All pools together stay below Node's default listen
 * backlog of 511, so the kernel never drops a connection attempt and no figure includes a SYN
 * retry; with thousands of connections at once, some were refused or reset and went
 * unanswered. Requests beyond a pool's connections wait in it, and that wait counts in their
 * latency. Separate pools per kind of request stop one patient's booking queueing behind other
 * patients' holds in this client, which no browser would do.
 *
 * Pools are opened before a timed run (`warm`): while the runner's one event loop is saturated,
 * it accepted connections opened mid-run tens of seconds after the client's handshake had
 * completed (measured with the net.server.socket channel), so a request on a fresh connection
 * timed the runner's accept queue rather than the API.
 */
export function createApiClient(baseUrl: string, maxSockets = 200): ApiClient {
  const agents = new Map<string, Agent>();
  const agentFor = (pool: string) => {
    let agent = agents.get(pool);
    if (!agent) {
      agent = new Agent({ keepAlive: true, maxSockets });
      agents.set(pool, agent);
    }
    return agent;
  };
  const base = new URL(baseUrl);
  return {
    call(method, path, options) {
      const agent = agentFor(options.pool ?? "default");
      const started = performance.now();
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      const headers: Record<string, string> = {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        accept: "application/json",
        ...(payload === undefined
          ? {}
          : {
              "content-type": "application/json",
              "content-length": String(Buffer.byteLength(payload)),
            }),
        ...(options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {}),
      };
      const send = (): Promise<{ status: number; body: unknown; retryAfter?: string }> =>
        new Promise((resolve, reject) => {
          const req = request(
            { agent, host: base.hostname, port: base.port, method, path, headers },
            (res) => {
              const chunks: Buffer[] = [];
              res.on("data", (chunk: Buffer) => chunks.push(chunk));
              res.on("error", reject);
              res.on("end", () => {
                const text = Buffer.concat(chunks).toString("utf8");
                let body: unknown = text;
                try {
                  body = text ? JSON.parse(text) : undefined;
                } catch {
                  // not JSON: keep the text
                }
                const retryAfter = res.headers["retry-after"];
                resolve({
                  status: res.statusCode ?? 0,
                  body,
                  ...(typeof retryAfter === "string" ? { retryAfter } : {}),
                });
              });
            },
          );
          req.on("error", (error: NodeJS.ErrnoException) => {
            // The server closed an idle keep-alive connection as we reused it: nothing reached
            // it, so send again on another, as browsers do (with the same Idempotency-Key).
            if (req.reusedSocket && error.code === "ECONNRESET") reject(new StaleConnection());
            else reject(error);
          });
          req.end(payload);
        });
      return (async () => {
        for (let retries = 0; ; retries++) {
          try {
            const answer = await send();
            return { ...answer, ms: performance.now() - started, retries };
          } catch (error) {
            if (!(error instanceof StaleConnection) || retries >= 3) throw error;
          }
        }
      })();
    },
    async warm(pool) {
      await Promise.all(
        Array.from({ length: maxSockets }, () => this.call("GET", "/api/health", { pool })),
      );
    },
    close: () => {
      for (const agent of agents.values()) agent.destroy();
    },
  };
}
