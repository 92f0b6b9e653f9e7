import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type ApiResponse, createApiClient } from "./api-client.ts";

/**
 * An HTTP client in a process of its own, driven over IPC: the API's process then measures its
 * own CPU per request without the client's share, as Lambda would bill it. One request at a
 * time is all the journey-step benchmark needs.
 */
export interface RemoteCall {
  method: "GET" | "POST";
  path: string;
  token?: string;
  body?: unknown;
  idempotencyKey?: string;
}

export interface RemoteClient {
  call(request: RemoteCall): Promise<ApiResponse>;
  close(): Promise<void>;
}

export function forkHttpClient(baseUrl: string): RemoteClient {
  const child = fork(fileURLToPath(import.meta.url), [baseUrl], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let waiting: ((response: ApiResponse) => void) | undefined;
  child.on("message", (message: ApiResponse) => waiting?.(message));
  return {
    call: (request) =>
      new Promise((resolve, reject) => {
        waiting = resolve;
        child.once("exit", (code) => reject(new Error(`HTTP client process exited (${code})`)));
        child.send(request);
      }).finally(() => {
        waiting = undefined;
        child.removeAllListeners("exit");
      }) as Promise<ApiResponse>,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.disconnect();
      await exited;
    },
  };
}

// In the child: answer each request message with the response.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const api = createApiClient(process.argv[2] as string, 4);
  process.on("message", (request: RemoteCall) => {
    const { method, path, ...options } = request;
    void api
      .call(method, path, options)
      .then((response) => process.send?.(response))
      .catch((error: unknown) =>
        process.send?.({ status: 0, body: String(error), ms: 0, retries: 0 }),
      );
  });
  process.on("disconnect", () => api.close());
}
