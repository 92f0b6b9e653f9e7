import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface DynamoDbClientOptions {
  /** DynamoDB Local, LocalStack or another endpoint; AWS's own when absent. */
  endpoint?: string;
  region?: string;
  /** Connections open at once (the SDK's default, 50, when absent): see the local runner. */
  maxSockets?: number;
}

/** A low-level client. Built once per process by whoever owns the process, never by domain code. */
export function createDynamoDbClient(options: DynamoDbClientOptions = {}): DynamoDBClient {
  return new DynamoDBClient({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.region ? { region: options.region } : {}),
    // Emulators answer in milliseconds; a stuck one should fail a request, not hang it.
    maxAttempts: 3,
    ...(options.maxSockets
      ? {
          requestHandler: {
            httpAgent: { maxSockets: options.maxSockets },
            httpsAgent: { maxSockets: options.maxSockets },
          },
        }
      : {}),
  });
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
