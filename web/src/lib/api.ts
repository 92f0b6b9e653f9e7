import { ErrorBody, type ErrorCode, type FieldError } from "@front-door/contracts";
import { clearSession, readSession } from "./session.ts";

/**
 * Codes the client adds for failures that never reached (or made sense of) the API, and for
 * "busy": still throttled (429) or unavailable (503) after waiting and trying again.
 */
export type ClientErrorCode = "network_error" | "unexpected_response" | "busy";

export interface ApiError {
  code: ErrorCode | ClientErrorCode;
  message: string;
  fields: FieldError[];
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ApiError; body?: unknown };

/** Anything with zod's safeParse: the contracts' schemas. */
export interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

const genericMessage = "Sorry, there is a problem with the service. Try again later.";

/** Turns any error response into the one error shape the pages handle. */
export function parseErrorBody(status: number, body: unknown): ApiError {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return { code, message, fields: fields ?? [] };
  }
  // An envelope with a code this client does not know yet still carries a readable message.
  const loose = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return {
    code: status === 401 ? "unauthenticated" : status === 403 ? "forbidden" : "unexpected_response",
    message: typeof loose === "string" ? loose : genericMessage,
    fields: [],
  };
}

export interface RequestOptions<T> {
  method?: "GET" | "POST" | "PUT";
  body?: unknown;
  /** Send the signed-in person's token. */
  auth?: boolean;
  schema: Parser<T>;
  /** Sent as the Idempotency-Key header: keep one per submission so a retry is not a repeat. */
  idempotencyKey?: string;
  /** Sent as If-Match: the version of the thing the page showed, so a stale change is refused. */
  ifMatch?: string;
}

/** Busy answers: API Gateway's throttle (429, no Retry-After) and the service's 503s (with one). */
const busyStatuses = new Set([429, 503]);
/** Tries after the first: enough to ride out a burst, few enough not to add to it. */
export const busyRetries = 2;
const maxWaitMs = 10_000;
export const busyMessage = "The service is very busy right now. Wait a minute, then try again.";

/**
 * How long to wait before trying a busy request again: the Retry-After the service gave
 * (seconds or an HTTP date), capped; else 1 to 2 s, at random so that everyone throttled in the
 * same second does not come back in the same second.
 */
export function busyWaitMs(
  retryAfter: string | null,
  now: number = Date.now(),
  random: () => number = Math.random,
): number {
  if (retryAfter !== null) {
    const text = retryAfter.trim();
    const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), maxWaitMs);
  }
  return 1000 + Math.floor(random() * 1000);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls the API on this origin. Bodies are checked against the shared contract, so a change on
 * either side shows up as an "unexpected_response" rather than a page quietly showing nonsense.
 */
export async function api<T>(path: string, options: RequestOptions<T>): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  if (options.ifMatch) headers["if-match"] = options.ifMatch;
  if (options.auth) {
    const session = readSession(sessionStorage);
    if (!session) {
      return {
        ok: false,
        status: 401,
        error: { code: "unauthenticated", message: "Sign in to continue", fields: [] },
      };
    }
    headers.authorization = `Bearer ${session.token}`;
  }
  let response: Response;
  try {
    // The same request each time, Idempotency-Key included: a retried POST is not a repeat.
    for (let attempt = 0; ; attempt++) {
      response = await fetch(path, {
        method: options.method ?? "GET",
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      if (!busyStatuses.has(response.status) || attempt >= busyRetries) break;
      await wait(busyWaitMs(response.headers.get("retry-after")));
    }
  } catch {
    return {
      ok: false,
      status: 0,
      error: {
        code: "network_error",
        message: "We could not reach the service. Check your connection and try again.",
        fields: [],
      },
    };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // An expired or revoked token: forget it, so the header stops claiming someone is signed in.
    if (response.status === 401 && options.auth) clearSession(sessionStorage);
    if (busyStatuses.has(response.status)) {
      return {
        ok: false,
        status: response.status,
        error: { code: "busy", message: busyMessage, fields: [] },
        body,
      };
    }
    // The raw body too: some errors carry more than the envelope (a taken slot's alternatives).
    return {
      ok: false,
      status: response.status,
      error: parseErrorBody(response.status, body),
      body,
    };
  }
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Response from ${path} does not match the contract`, body);
    return {
      ok: false,
      status: response.status,
      error: { code: "unexpected_response", message: genericMessage, fields: [] },
    };
  }
  return { ok: true, status: response.status, data: parsed.data };
}
