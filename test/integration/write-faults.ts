import { randomUUID } from "node:crypto";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { Principal, RouteDefinition } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import type { FaultKind, FaultRule } from "@front-door/store/faults";
import { expect, it } from "vitest";
import { faultyTable } from "./fault-fixture.ts";
import { type HandlerDeps, type Result, routeCaller } from "./route-caller.ts";
import type { TestTable } from "./support.ts";

/** One request to a write route, as the route caller sends it. */
export interface WriteRequest {
  principal: Principal;
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A write route with a valid request: what the table-driven faults tests run. */
export interface WriteCase {
  name: string;
  route: RouteDefinition;
  // biome-ignore lint/suspicious/noExplicitAny: each case pairs a route with its own handler
  make: (deps: HandlerDeps) => RouteHandler<any>;
  /** Creates what the request needs (through the clean client) and gives the request; fresh each call. */
  prepare: (t: TestTable) => Promise<WriteRequest>;
  /** The status the request answers when nothing goes wrong. */
  status: number;
  /**
   * The route writes in several steps by design (a large publish in batches), each safe to send
   * again: a request cut short may leave its earlier steps, and sending it again finishes it.
   */
  resumable?: true;
}

const writeCommands = [
  "TransactWriteItems",
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "BatchWriteItem",
];
// Idempotency records are the HTTP glue's, not the route's writes: left alone so each run tests
// the route's own writes, and so a 503 is seen to leave the key free for the patient's retry.
const routeWrites = (key: { pk: string }) => !key.pk.startsWith("IDEMPOTENCY#");

type Snapshot = Map<string, Record<string, unknown>>;

async function snapshot(t: TestTable): Promise<Snapshot> {
  const items: Snapshot = new Map();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await t.db.send(
      new ScanCommand({ TableName: t.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    for (const item of page.Items ?? []) {
      const pk = String(item.pk);
      if (!pk.startsWith("IDEMPOTENCY#")) items.set(`${pk}|${String(item.sk)}`, item);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

const isCount = (key: string) => key.includes("#SHARD#");
const kindOf = (key: string, item: Record<string, unknown>) =>
  typeof item.type === "string" ? item.type : (key.split("#")[0] ?? key);

/**
 * What a request changed, in a form two runs on fresh fixtures can be compared by: each item
 * written (added or changed) or removed, by its type (count shards left out: a write picks its shard at
 * random), and every count's numbers summed over its shards, so "counted once" is checked exactly.
 */
export function changes(before: Snapshot, after: Snapshot) {
  const items: string[] = [];
  const counts: Record<string, number> = {};
  for (const [key, item] of after) {
    const old = before.get(key);
    if (isCount(key)) {
      for (const [field, value] of Object.entries(item)) {
        const was = old?.[field] ?? 0;
        if (typeof value === "number" && typeof was === "number" && value !== was) {
          // A bucketed count ("bookingWait:24") by its family: fixtures differ in their dates.
          const family = field.replace(/:.*$/, ":*");
          counts[family] = (counts[family] ?? 0) + value - was;
        }
      }
    } else if (JSON.stringify(old) !== JSON.stringify(item)) {
      // Added or changed alike: a fixture may find an item an earlier run created (settings).
      items.push(`wrote ${kindOf(key, item)}`);
    }
  }
  for (const [key, item] of before) {
    if (!after.has(key)) items.push(`removed ${kindOf(key, item)}`);
  }
  return { items: items.sort(), counts };
}

const faultKindsTried: FaultKind[] = ["conflict", "throttle", "server"];

function callThrough(
  t: TestTable,
  c: WriteCase,
  now: () => Date,
  rules: readonly FaultRule[],
  request: WriteRequest,
) {
  const faulty = faultyTable(t, rules);
  const call = routeCaller(faulty, c.route, c.make, now);
  return { log: faulty.log, answer: call({ ...request, body: request.body ?? {} }) };
}

function expectUnavailable(answer: Result) {
  expect(answer.status).toBe(503);
  expect(answer.headers).toMatchObject({ "retry-after": "2" });
  expect(answer.body).toMatchObject({ error: { code: "service_unavailable" } });
}

/** The request, with an Idempotency-Key of its own when the route keeps one. */
async function prepared(t: TestTable, c: WriteCase): Promise<WriteRequest> {
  const request = await c.prepare(t);
  if (!c.route.idempotent) return request;
  return { ...request, headers: { ...request.headers, "idempotency-key": randomUUID() } };
}

/**
 * For each write route: the request without faults (what it writes); then, for a conflicting,
 * a throttled and a failing (500) DynamoDB, a request whose every attempt fails is a 503 with
 * Retry-After that writes nothing, and the same request sent again, failing once, succeeds
 * with exactly the writes of the fault-free run. Last, when the route writes more than once,
 * each later write failing for good must leave nothing of the earlier ones behind.
 */
export function itSurvivesFaults(
  getTable: () => TestTable,
  cases: readonly WriteCase[],
  now: () => Date,
) {
  for (const c of cases) {
    it(`${c.name}: retried after a fault, 503 with nothing written when faults persist`, async () => {
      const t = getTable();
      const clean = await prepared(t, c);
      const cleanBefore = await snapshot(t);
      const run = callThrough(t, c, now, [], clean);
      const answer = await run.answer;
      expect(answer.status, JSON.stringify(answer.body)).toBe(c.status);
      const expected = changes(cleanBefore, await snapshot(t));
      expect(expected.items.length).toBeGreaterThan(0);
      const writes = run.log.attempts.filter(
        (a) =>
          writeCommands.includes(a.operation) &&
          a.keys.some((key) => key !== undefined && routeWrites(key)),
      ).length;

      for (const kind of faultKindsTried) {
        const request = await prepared(t, c);
        const before = await snapshot(t);
        const failing = callThrough(
          t,
          c,
          now,
          [{ kind, commands: writeCommands, key: routeWrites }],
          request,
        );
        expectUnavailable(await failing.answer);
        expect(changes(before, await snapshot(t)), `${kind}: nothing written`).toEqual({
          items: [],
          counts: {},
        });
        const once = callThrough(
          t,
          c,
          now,
          [{ kind, commands: writeCommands, key: routeWrites, times: 1 }],
          request,
        );
        const retried = await once.answer;
        expect(retried.status, `${kind}: ${JSON.stringify(retried.body)}`).toBe(c.status);
        expect(once.log.injected(kind)).toBe(1);
        expect(changes(before, await snapshot(t)), `${kind}: written once`).toEqual(expected);
      }

      for (let after = 1; after < writes; after += 1) {
        const request = await prepared(t, c);
        const before = await snapshot(t);
        const rule: FaultRule = {
          kind: "conflict",
          commands: writeCommands,
          key: routeWrites,
          after,
        };
        expectUnavailable(await callThrough(t, c, now, [rule], request).answer);
        if (c.resumable) {
          const again = await callThrough(t, c, now, [], request).answer;
          expect(again.status, `write ${after + 1} failed, then sent again`).toBe(c.status);
          expect(changes(before, await snapshot(t)), `finished by sending again`).toEqual(expected);
        } else {
          expect(changes(before, await snapshot(t)), `write ${after + 1} failing`).toEqual({
            items: [],
            counts: {},
          });
        }
      }
    });
  }
}
