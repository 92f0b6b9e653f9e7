/** What the main thread and a function thread say to each other (see function-threads.ts). */

export interface ToThread {
  id: number;
  /** The handler module's name under the handlers folder, as a route names it. */
  handler: string;
  functionName: string;
  event: unknown;
  timeoutMs: number;
}

export type FromThread =
  | {
      kind: "result";
      id: number;
      /** Channel messages published since the last message, sent with the result. */
      published: Published[];
      result: {
        statusCode: number;
        headers: Record<string, string>;
        cookies: string[];
        body: Uint8Array;
      };
    }
  /** The handler threw (or could not be loaded): the stack, for the main thread's stderr. */
  | { kind: "failed"; id: number; error: string; published: Published[] }
  /** Channel messages published outside any answer (sent on the next turn of the loop). */
  | { kind: "published"; published: Published[] };

/** A diagnostics channel message, published again on the main thread under the same name. */
export interface Published {
  name: string;
  message: unknown;
}

/** The store's diagnostics channels, forwarded from function threads as they are. */
export const forwardedChannelNames = [
  "front-door:store-retry",
  "front-door:consumed-capacity",
] as const;

/**
 * Where the main thread publishes `{ operation }` for each DynamoDB request a function thread
 * sends: Node's `http.client.request.start` is per thread, so counters in the main thread
 * (the benchmarks') listen here as well.
 */
export const dynamoDbRequestChannelName = "front-door:function-thread-dynamodb-request";
