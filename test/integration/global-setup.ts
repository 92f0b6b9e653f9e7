import { startDynamoDbLocal, useLocalAwsDefaults } from "@front-door/local/dynamodb-local";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** DynamoDB Local for the whole integration run; each test file makes its own tables. */
    dynamodbEndpoint: string;
  }
}

/**
 * One DynamoDB Local, in memory, for every integration test file: starting Java takes ~2.5 s,
 * so it is paid once. Set DYNAMODB_ENDPOINT to use one that is already running instead.
 */
export default async function setup(project: TestProject) {
  // Before the workers fork, so they inherit fake credentials and a region when none are set.
  useLocalAwsDefaults();
  const existing = process.env.DYNAMODB_ENDPOINT;
  if (existing) {
    project.provide("dynamodbEndpoint", existing);
    return;
  }
  const dynamodb = await startDynamoDbLocal({ inMemory: true });
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  return async () => {
    await dynamodb.stop();
  };
}
