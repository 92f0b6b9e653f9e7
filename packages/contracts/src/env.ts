/**
 * Environment variable names shared by the CDK stacks (which set them) and the functions
 * (which read them once at cold start).
 */
export const envNames = {
  tableName: "TABLE_NAME",
  /** Optional: DynamoDB Local, LocalStack or any other endpoint instead of AWS's own. */
  dynamodbEndpoint: "DYNAMODB_ENDPOINT",
  /**
   * Optional, set by the local runner only: connections each function's DynamoDB client may
   * hold open at once (the SDK's default is 50). The stacks leave it unset.
   */
  dynamodbMaxSockets: "DYNAMODB_MAX_SOCKETS",
  /**
   * Optional, local runner and tests only: faults to inject into every function's DynamoDB
   * client, e.g. "conflict:0.05,throttle:0.01" (see @front-door/store/faults). The stacks never
   * set it; a value that does not parse stops the function at cold start.
   */
  frontDoorFaults: "FRONT_DOOR_FAULTS",
  /**
   * Optional, local runner benchmarks only: when "1", every function's DynamoDB client asks for
   * ReturnConsumedCapacity and publishes it (see @front-door/store/consumed-capacity). The
   * stacks never set it.
   */
  frontDoorConsumedCapacity: "FRONT_DOOR_CONSUMED_CAPACITY",
  /** The supporting documents bucket; set only on functions whose route has `documents`. */
  documentsBucket: "DOCUMENTS_BUCKET",
  /**
   * Optional: an S3-compatible endpoint (the local runner's s3rver, LocalStack) instead of
   * AWS's own; path-style addressing is used with it.
   */
  s3Endpoint: "S3_ENDPOINT",
  /** Name used in logs and idempotency records. */
  serviceName: "POWERTOOLS_SERVICE_NAME",
  /** Whole seconds an Idempotency-Key is remembered. */
  idempotencyTtlSeconds: "IDEMPOTENCY_TTL_SECONDS",
  /** How the outbox sends texts: "sns", "simulated" (marked sent, nothing leaves) or "off". */
  smsSender: "SMS_SENDER",
  /** Optional alphanumeric sender id for texts (≤ 11 characters), e.g. "NHSFrontDr". */
  smsSenderId: "SMS_SENDER_ID",
  /** How the outbox sends email: "ses", "simulated" or "off". */
  emailSender: "EMAIL_SENDER",
  /** The verified SES identity email is sent from; required when EMAIL_SENDER is "ses". */
  emailFrom: "EMAIL_FROM",
  /**
   * Optional, local runner and tests only: make the simulated senders fail as a busy or broken
   * provider would, e.g. "throttle:0.3,outage:0.05". The stacks never set it.
   */
  senderFaults: "FRONT_DOOR_SENDER_FAULTS",
  /**
   * How a job that fans out per ICB hands on its shares: "lambda" (asynchronous invocations of
   * itself; the stacks set it) or "in-process" (unset: the local runner and tests).
   */
  jobFanOut: "JOB_FAN_OUT",
  /**
   * Who signs the bearer tokens the API accepts: the user pool's issuer URL (the local runner's
   * own URL locally). Set on every function whose route needs sign-in.
   */
  authIssuer: "AUTH_ISSUER",
  /** Where that issuer publishes its signing keys (`${AUTH_ISSUER}/.well-known/jwks.json`). */
  authJwksUrl: "AUTH_JWKS_URL",
  /** Comma-separated app client ids whose ID tokens are accepted (the token's `aud`). */
  authClientIds: "AUTH_CLIENT_IDS",
} as const;
