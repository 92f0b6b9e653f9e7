import { channel } from "node:diagnostics_channel";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dynamoDbRequestChannelName,
  type FunctionInvoker,
  inProcessInvoker,
  threadedInvoker,
} from "./function-threads.ts";

const fixtures = fileURLToPath(new URL("./test-fixtures/handlers/", import.meta.url));
const event = (rawPath: string, body = "") => ({ rawPath, body });

// A thread's first request starts a worker and loads its modules: seconds on a busy machine.
describe("function threads", { timeout: 30_000 }, () => {
  let invoker: FunctionInvoker;
  let server: Server;
  let target: string;

  beforeAll(async () => {
    invoker = threadedInvoker(fixtures, 2);
    // Stands in for DynamoDB Local: the reporting fixture sends one request here.
    server = createServer((_, res) => res.end("{}"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    target = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    await invoker.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers as the handler does in this thread: status, headers, cookies and body", async () => {
    const threaded = await invoker.invoke("echo", "echo-public", event("/api/x"), 10_000);
    const here = await inProcessInvoker(fixtures).invoke(
      "echo",
      "echo-public",
      event("/api/x"),
      10_000,
    );
    expect(threaded.statusCode).toBe(200);
    expect(threaded.headers).toEqual(here.headers);
    expect(threaded.cookies).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    const body = JSON.parse(threaded.body.toString("utf8"));
    expect(body.event).toEqual(event("/api/x"));
    expect(body.context.functionName).toBe("echo-public");
    expect(body.context.remaining).toBeGreaterThan(0);
    const bytes = await invoker.invoke("binary", "binary", event("/api/binary/bytes"), 10_000);
    expect(bytes.statusCode).toBe(201);
    expect(bytes.body).toEqual(Buffer.from([0, 1, 2, 255]));
  });

  it("shares the process's environment, including variables set after the threads started", async () => {
    const before = process.env.TABLE_NAME;
    process.env.TABLE_NAME = "set-after-start";
    try {
      const answer = await invoker.invoke("echo", "echo", event("/"), 10_000);
      expect(JSON.parse(answer.body.toString("utf8")).env.tableName).toBe("set-after-start");
    } finally {
      if (before === undefined) delete process.env.TABLE_NAME;
      else process.env.TABLE_NAME = before;
    }
  });

  it("spreads requests in flight over the threads, each with its own modules", async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => invoker.invoke("echo", "echo", event("/"), 10_000)),
    );
    expect(answers.every((answer) => answer.statusCode === 200)).toBe(true);
    const threads = new Set(answers.map((answer) => JSON.parse(answer.body.toString()).thread));
    expect(threads.size).toBe(2);
    expect(threads.has(0)).toBe(false);
  });

  it("fails a throwing handler's request with its error, and a missing handler's", async () => {
    await expect(invoker.invoke("throws", "throws", event("/"), 10_000)).rejects.toThrow(
      "fixture failure",
    );
    await expect(invoker.invoke("no-handler", "x", event("/"), 10_000)).rejects.toThrow(
      "does not export a handler",
    );
  });

  it("fails the requests of a thread that dies, and starts it again for the next", async () => {
    await expect(invoker.invoke("exits", "exits", event("/"), 10_000)).rejects.toThrow("exit 3");
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => invoker.invoke("echo", "echo", event("/"), 10_000)),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
  });

  it("publishes the threads' store retries and DynamoDB requests on this thread", async () => {
    const retries: unknown[] = [];
    const requests: unknown[] = [];
    const onRetry = (message: unknown) => retries.push(message);
    const onRequest = (message: unknown) => requests.push(message);
    channel("front-door:store-retry").subscribe(onRetry);
    channel(dynamoDbRequestChannelName).subscribe(onRequest);
    try {
      const answer = await invoker.invoke("reports", "reports", event("/", target), 10_000);
      expect(JSON.parse(answer.body.toString("utf8"))).toEqual({ reported: true });
      // The channel messages were posted before the result, so they have arrived.
      expect(retries).toEqual([{ retry: 1, errorName: "FixtureThrottling" }]);
      expect(requests).toEqual([{ operation: "GetItem" }]);
    } finally {
      channel("front-door:store-retry").unsubscribe(onRetry);
      channel(dynamoDbRequestChannelName).unsubscribe(onRequest);
    }
  });

  it("publishes what a thread's channels carry after its answer, without waiting for another", async () => {
    const late = new Promise<unknown>((resolve) => {
      const onRetry = (message: unknown) => {
        channel("front-door:store-retry").unsubscribe(onRetry);
        resolve(message);
      };
      channel("front-door:store-retry").subscribe(onRetry);
    });
    const answer = await invoker.invoke("reports-later", "reports-later", event("/"), 10_000);
    expect(JSON.parse(answer.body.toString("utf8"))).toEqual({ answered: true });
    await expect(late).resolves.toEqual({ retry: 2, errorName: "FixtureLater" });
  });

  it("refuses requests once closed, and a thread count below 1", async () => {
    const closing = threadedInvoker(fixtures, 1);
    await closing.invoke("echo", "echo", event("/"), 10_000);
    await closing.close();
    await expect(closing.invoke("echo", "echo", event("/"), 10_000)).rejects.toThrow("stopped");
    expect(() => threadedInvoker(fixtures, 0)).toThrow("whole number");
  });
});
