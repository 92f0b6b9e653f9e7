import { Agent, request } from "node:http";

export interface ApiResponse {
  status: number;
  body: unknown;
  /** From the request being issued (including any wait for a free connection) to its last byte. */
  ms: number;
}

export interface ApiClient {
  call(
    method: "GET" | "POST",
    path: string,
    options: { token: string; body?: unknown; idempotencyKey?: string },
  ): Promise<ApiResponse>;
  close(): void;
}

/**
 * A JSON client over keep-alive connections to the local runner. At most `maxSockets` are open
 * (below Node's default listen backlog of 511, so the kernel never drops a connection attempt
 * and no figure includes a SYN retry); further requests wait in the agent for a free one, and
 * that wait is counted in their latency, as a browser's wait for the API would be.
 */
export function createApiClient(baseUrl: string, maxSockets = 256): ApiClient {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const base = new URL(baseUrl);
  return {
    call(method, path, options) {
      const started = performance.now();
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      const headers: Record<string, string> = {
        authorization: `Bearer ${options.token}`,
        accept: "application/json",
        ...(payload === undefined
          ? {}
          : {
              "content-type": "application/json",
              "content-length": String(Buffer.byteLength(payload)),
            }),
        ...(options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {}),
      };
      return new Promise((resolve, reject) => {
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
              resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started });
            });
          },
        );
        req.on("error", reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
