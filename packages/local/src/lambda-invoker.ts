import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Context } from "aws-lambda";

export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * Imports `<handlersDir>/<name>.ts` once and keeps its `handler`, as a warm Lambda would. The
 * import runs the module's cold-start code, which reads process.env: set it before the first call.
 */
export function createHandlerLoader(handlersDir: string): (name: string) => Promise<LambdaHandler> {
  const cache = new Map<string, Promise<LambdaHandler>>();
  return (name) => {
    let loading = cache.get(name);
    if (!loading) {
      loading = import(pathToFileURL(join(handlersDir, `${name}.ts`)).href).then(
        (module: { handler?: unknown }) => {
          if (typeof module.handler !== "function") {
            throw new Error(`functions/src/${name}.ts does not export a handler function`);
          }
          return module.handler as LambdaHandler;
        },
      );
      // A failed cold start is retried on the next request, as Lambda would with a new instance.
      loading.catch(() => cache.delete(name));
      cache.set(name, loading);
    }
    return loading;
  };
}

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  cookies: string[];
  body: Buffer;
}

interface StructuredResult {
  statusCode?: number;
  headers?: Record<string, string | number | boolean>;
  cookies?: string[];
  body?: string;
  isBase64Encoded?: boolean;
}

/**
 * Turns what a handler returned into an HTTP response using API Gateway's payload 2.0 rules:
 * a result with a statusCode is taken as given; anything else is 200 with the value as JSON.
 */
export function toHttpResult(result: unknown): HttpResult {
  if (typeof result === "object" && result !== null && "statusCode" in result) {
    const structured = result as StructuredResult;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(structured.headers ?? {})) {
      headers[name.toLowerCase()] = String(value);
    }
    const body = structured.body ?? "";
    return {
      statusCode: Number(structured.statusCode),
      headers,
      cookies: structured.cookies ?? [],
      body: Buffer.from(body, structured.isBase64Encoded ? "base64" : "utf8"),
    };
  }
  const body = typeof result === "string" ? result : (JSON.stringify(result) ?? "");
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    cookies: [],
    body: Buffer.from(body),
  };
}
