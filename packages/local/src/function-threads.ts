import { channel } from "node:diagnostics_channel";
import { SHARE_ENV, Worker } from "node:worker_threads";
import { createLambdaContext } from "./api-gateway-event.ts";
import type { FromThread, ToThread } from "./function-thread-messages.ts";
import { createHandlerLoader, type HttpResult, toHttpResult } from "./lambda-invoker.ts";

export { dynamoDbRequestChannelName } from "./function-thread-messages.ts";

/** Runs a route's handler with an API Gateway event and gives back the HTTP answer. */
export interface FunctionInvoker {
  invoke(
    handler: string,
    functionName: string,
    event: unknown,
    timeoutMs: number,
  ): Promise<HttpResult>;
  close(): Promise<void>;
}

/** Every handler in this thread, as the tests and `npm start` run them by default. */
export function inProcessInvoker(handlersDir: string): FunctionInvoker {
  const loadHandler = createHandlerLoader(handlersDir);
  return {
    async invoke(handler, functionName, event, timeoutMs) {
      const run = await loadHandler(handler);
      return toHttpResult(await run(event, createLambdaContext(functionName, timeoutMs)));
    },
    async close() {},
  };
}

interface Pending {
  resolve(result: HttpResult): void;
  reject(error: Error): void;
}

interface FunctionThread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Handlers run on `threads` worker threads, as Lambda runs concurrent requests in separate
 * execution environments, instead of sharing the HTTP server's one thread. Each thread imports
 * its own handler modules (its own cold start, SDK clients and caches) and shares this process's
 * environment, so the functions' variables set after the threads start still reach them. A
 * request goes to the thread with the fewest in flight. A thread that dies fails its requests
 * (500, as a crashed Lambda would) and is started again for the next one.
 *
 * The store's diagnostics channels, and each DynamoDB request's operation, are published again
 * on this thread (see function-thread-messages.ts), so what counts calls and retries here still
 * sees them.
 */
export function threadedInvoker(handlersDir: string, threads: number): FunctionInvoker {
  if (!Number.isInteger(threads) || threads < 1) {
    throw new Error(`function threads must be a whole number from 1, not ${threads}`);
  }
  const pool: (FunctionThread | undefined)[] = Array.from({ length: threads }, () => undefined);
  let nextId = 0;
  let closed = false;

  const start = (slot: number): FunctionThread => {
    const worker = new Worker(new URL("./function-thread.mjs", import.meta.url), {
      workerData: { handlersDir },
      env: SHARE_ENV,
    });
    const thread: FunctionThread = { worker, pending: new Map() };
    const failAll = (error: Error) => {
      for (const waiting of thread.pending.values()) waiting.reject(error);
      thread.pending.clear();
      if (pool[slot] === thread) pool[slot] = undefined;
    };
    worker.on("message", (message: FromThread) => {
      for (const { name, message: published } of message.published) {
        channel(name).publish(published);
      }
      if (message.kind === "published") return;
      const waiting = thread.pending.get(message.id);
      if (!waiting) return;
      thread.pending.delete(message.id);
      if (message.kind === "failed") {
        waiting.reject(new Error(message.error));
        return;
      }
      const { body, ...rest } = message.result;
      waiting.resolve({
        ...rest,
        body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
      });
    });
    worker.on("error", (error) => failAll(error));
    worker.on("exit", (code) => failAll(new Error(`the function thread stopped (exit ${code})`)));
    pool[slot] = thread;
    return thread;
  };

  const leastBusy = (): FunctionThread => {
    let best: FunctionThread | undefined;
    for (let slot = 0; slot < pool.length; slot += 1) {
      const thread = pool[slot] ?? start(slot);
      if (!best || thread.pending.size < best.pending.size) best = thread;
    }
    return best as FunctionThread;
  };

  return {
    invoke(handler, functionName, event, timeoutMs) {
      if (closed) return Promise.reject(new Error("the function threads have stopped"));
      const thread = leastBusy();
      nextId += 1;
      const id = nextId;
      return new Promise<HttpResult>((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        const message: ToThread = { id, handler, functionName, event, timeoutMs };
        thread.worker.postMessage(message);
      });
    },
    async close() {
      closed = true;
      const running = pool.filter((thread): thread is FunctionThread => thread !== undefined);
      pool.fill(undefined);
      await Promise.all(running.map((thread) => thread.worker.terminate()));
    },
  };
}
