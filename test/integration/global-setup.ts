import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDynamoDbLocal, useLocalAwsDefaults } from "@front-door/local/dynamodb-local";
import { startS3Local } from "@front-door/local/s3-local";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** DynamoDB Local for the whole integration run; each test file makes its own tables. */
    dynamodbEndpoint: string;
    /** s3rver for the whole run, with `documentsBucket` created; test files use unique keys. */
    s3Endpoint: string;
    documentsBucket: string;
  }
}

const documentsBucket = "front-door-documents-test";

/**
 * One DynamoDB Local, in memory, and one s3rver, in a temporary folder, for every integration
 * test file: starting Java takes ~2.5 s, so it is paid once. Set DYNAMODB_ENDPOINT to use a
 * DynamoDB that is already running instead; S3_ENDPOINT likewise (its bucket must exist).
 */
export default async function setup(project: TestProject) {
  // Before the workers fork, so they inherit fake credentials and a region when none are set.
  useLocalAwsDefaults();
  project.provide("documentsBucket", documentsBucket);
  const stops: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const existingS3 = process.env.S3_ENDPOINT;
    if (existingS3) {
      project.provide("s3Endpoint", existingS3);
    } else {
      const directory = await mkdtemp(join(tmpdir(), "front-door-s3-"));
      stops.push(() => rm(directory, { recursive: true, force: true }));
      const s3 = await startS3Local({ directory, bucket: documentsBucket });
      stops.push(s3.stop);
      project.provide("s3Endpoint", s3.endpoint);
    }
    const existing = process.env.DYNAMODB_ENDPOINT;
    if (existing) {
      project.provide("dynamodbEndpoint", existing);
    } else {
      const dynamodb = await startDynamoDbLocal({ inMemory: true });
      stops.push(dynamodb.stop);
      project.provide("dynamodbEndpoint", dynamodb.endpoint);
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
