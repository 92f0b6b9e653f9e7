import type { Principal, RouteDefinition } from "@front-door/contracts";
import { http, type RouteHandler } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
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
 * A route's handler through the real middleware chain (auth, validation, error mapping,
 * idempotency) on an API Gateway event, against the test's DynamoDB Local table.
 */
export function routeCaller<R extends RouteDefinition>(
  t: TestTable,
  route: R,
  make: (deps: HandlerDeps) => RouteHandler<R>,
  now: () => Date,
): Call {
  const handler = http(route, make({ db: t.db, tableName: t.tableName, now }), {
    idempotency: dynamoDbIdempotency({ client: t.client, tableName: t.tableName }),
  });
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
