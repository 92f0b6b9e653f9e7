import { type Channel, channel } from "node:diagnostics_channel";
import type { ClientRequest } from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import {
  dynamoDbRequestChannelName,
  type FromThread,
  forwardedChannelNames,
  type Published,
  type ToThread,
} from "./function-thread-messages.ts";
import { inProcessInvoker } from "./function-threads.ts";

/**
 * One function thread: like a Lambda execution environment, it imports each handler module once
 * (its own SDK clients, caches and cold start) and runs the invocations the main thread sends.
 */
const port = parentPort;
if (!port) throw new Error("function-thread-worker.ts runs only as a worker thread");
const { handlersDir } = workerData as { handlersDir: string };
const invoker = inProcessInvoker(handlersDir);
const send = (message: FromThread) => port.postMessage(message);

// Channel messages wait for the next answer (one postMessage per request, not one per DynamoDB
// call), or at most until the loop's next turn when no answer comes first.
let published: Published[] = [];
let flushing = false;
const takePublished = () => {
  const taken = published;
  published = [];
  return taken;
};
const publish = (name: string, message: unknown) => {
  published.push({ name, message });
  if (flushing) return;
  flushing = true;
  setImmediate(() => {
    flushing = false;
    if (published.length > 0) send({ kind: "published", published: takePublished() });
  });
};

// The store's own channels go to the main thread as they are; Node's HTTP client channel carries
// live request objects, so only a DynamoDB request's operation goes (what the benchmarks count).
for (const name of forwardedChannelNames) {
  channel(name).subscribe((message) => publish(name, message));
}
const httpRequests: Channel = channel("http.client.request.start");
httpRequests.subscribe((message) => {
  const target = (message as { request: ClientRequest }).request.getHeader("x-amz-target");
  if (typeof target !== "string" || !target.startsWith("DynamoDB_")) return;
  publish(dynamoDbRequestChannelName, { operation: target.slice(target.indexOf(".") + 1) });
});

port.on("message", (message: ToThread) => {
  const { id, handler, functionName, event, timeoutMs } = message;
  invoker
    .invoke(handler, functionName, event, timeoutMs)
    .then(({ statusCode, headers, cookies, body }) => {
      send({
        kind: "result",
        id,
        published: takePublished(),
        result: { statusCode, headers, cookies, body: new Uint8Array(body) },
      });
    })
    .catch((error: unknown) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      send({ kind: "failed", id, error: text, published: takePublished() });
    });
});
