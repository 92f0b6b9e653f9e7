import type { Principal, RouteDefinition } from "@front-door/contracts";
import { type HttpHandler, http, type RouteHandler } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { idempotencyInTransaction } from "@front-door/lambda/idempotency-in-transaction";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { checkAgainstOpenApi } from "../contract/openapi-check.ts";
import type { TestTable } from "./support.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies; the assertions check each field read
export type Result = { status: number; body: any; headers: Record<string, unknown> };
export type Call = (options: {
  principal?: Principal;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}) => Promise<Result>;

export interface HandlerDeps {
  db: TestTable["db"];
  tableName: string;
  now: () => Date;
}

/**
 * The idempotency a route's Lambda entry wires: its record in the route's own transaction
 * (`idempotentInTransaction`), else Powertools' — on the given table and client.
 */
export function idempotencyFor(
  route: RouteDefinition,
  t: Pick<TestTable, "client" | "db" | "tableName">,
): Pick<NonNullable<Parameters<typeof http>[2]>, "idempotency"> {
  return route.idempotentInTransaction
    ? { idempotency: idempotencyInTransaction({ db: t.db, tableName: t.tableName }) }
    : { idempotency: dynamoDbIdempotency({ client: t.client, tableName: t.tableName }) };
}

/**
 * A route's handler through the real middleware chain (auth, validation, error mapping,
 * idempotency) on an API Gateway event, against the test's DynamoDB Local table. Each response
 * is checked against the generated OpenAPI document before the test sees it.
 */
export function routeCaller<R extends RouteDefinition>(
  t: TestTable,
  route: R,
  make: (deps: HandlerDeps) => RouteHandler<R>,
  now: () => Date,
): Call {
  // Every response a test sees must be one the OpenAPI document promises.
  const handler = checkedHandler(
    route,
    http(route, make({ db: t.db, tableName: t.tableName, now }), idempotencyFor(route, t)),
  );
  return async ({ principal, params, query, body, headers }) => {
    const event = httpEvent({
      method: route.method,
      path: route.path,
      ...(query ? { query } : {}),
      ...(principal ? { principal } : {}),
      ...(body !== undefined
        ? {
            headers: { "content-type": "application/json", ...headers },
            body: JSON.stringify(body),
          }
        : headers
          ? { headers }
          : {}),
    });
    if (params) event.pathParameters = params;
    const response = await handler(event, lambdaContext());
    return {
      status: response.statusCode ?? 0,
      body: JSON.parse(response.body ?? "null"),
      headers: response.headers ?? {},
    };
  };
}

/** A route's HTTP handler whose every response is checked against the OpenAPI document. */
export function checkedHandler(route: RouteDefinition, handler: HttpHandler): HttpHandler {
  return async (event, context) => {
    const response = await handler(event, context);
    checkAgainstOpenApi(route.method, route.path, {
      status: response.statusCode ?? 0,
      headers: response.headers ?? {},
      body: response.body ?? "",
    });
    return response;
  };
}

/** `http(route, handler, options)`, with every response checked against the OpenAPI document. */
export function checkedHttp<R extends RouteDefinition>(
  route: R,
  handler: RouteHandler<R>,
  options?: Parameters<typeof http>[2],
): HttpHandler {
  return checkedHandler(route, http(route, handler, options));
}
