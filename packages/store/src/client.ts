import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  emulatorRetryBudget,
  emulatorTimeouts,
  type RetryPolicy,
  StoreRetryStrategy,
  storeRetryPolicy,
  storeTimeouts,
} from "./retry.ts";

export interface DynamoDbClientOptions {
  /** DynamoDB Local, LocalStack or another endpoint; AWS's own when absent. */
  endpoint?: string;
  region?: string;
  /** Connections open at once (the SDK's default, 50, when absent): see the local runner. */
  maxSockets?: number;
  /** The store's retry policy (retry.ts) unless a test needs it quicker. */
  retry?: Partial<RetryPolicy>;
  /** The store's request timeouts (retry.ts) unless a test needs them shorter. */
  timeouts?: Partial<typeof storeTimeouts>;
}

/** A low-level client. Built once per process by whoever owns the process, never by domain code. */
export function createDynamoDbClient(options: DynamoDbClientOptions = {}): DynamoDBClient {
  const policy = {
    ...storeRetryPolicy,
    ...(options.endpoint ? emulatorRetryBudget : {}),
    ...options.retry,
  };
  const timeouts = {
    ...(options.endpoint ? emulatorTimeouts : storeTimeouts),
    ...options.timeouts,
  };
  const agent = options.maxSockets ? { maxSockets: options.maxSockets } : {};
  return new DynamoDBClient({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.region ? { region: options.region } : {}),
    // Every call, present and future, gets the one policy (retry.ts says why it is safe).
    retryStrategy: new StoreRetryStrategy(policy),
    maxAttempts: policy.maxAttempts,
    requestHandler: {
      // A stuck connection or request fails this attempt (and is retried), never the function.
      connectionTimeout: timeouts.connectionTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      throwOnRequestTimeout: true,
      httpAgent: agent,
      httpsAgent: agent,
    },
  });
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
