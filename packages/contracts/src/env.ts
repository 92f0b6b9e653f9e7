/**
 * Environment variable names shared by the CDK stacks (which set them) and the functions
 * (which read them once at cold start).
 */
export const envNames = {
  tableName: "TABLE_NAME",
  /** Optional: DynamoDB Local, LocalStack or any other endpoint instead of AWS's own. */
  dynamodbEndpoint: "DYNAMODB_ENDPOINT",
  /** Name used in logs and idempotency records. */
  serviceName: "POWERTOOLS_SERVICE_NAME",
  /** Whole seconds an Idempotency-Key is remembered. */
  idempotencyTtlSeconds: "IDEMPOTENCY_TTL_SECONDS",
} as const;
