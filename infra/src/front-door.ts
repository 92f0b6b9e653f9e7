import path from "node:path";
import { fileURLToPath } from "node:url";
import type { App, Environment } from "aws-cdk-lib";
import { type MessagingOptions, messagingOff } from "./messaging.ts";
import { acknowledgeNagFindings } from "./nag-acknowledgements.ts";
import { OperationsStack } from "./operations-stack.ts";
import { StatefulStack } from "./stateful-stack.ts";
import { StatelessStack } from "./stateless-stack.ts";

/** The repository root, whatever directory the CLI or the tests run from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface FrontDoorOptions {
  /** dev, test, prod…: prefixes stack names and the Cognito domain. */
  stage: string;
  env?: Environment;
  /** Defaults to <repo>/web/dist; the tests pass a small fixture instead. */
  webDistDir?: string;
  /** Defaults to <repo>/functions/src. */
  functionsDir?: string;
  /**
   * The site's origins (e.g. "https://d111111abcdef8.cloudfront.net", known after the first
   * deployment, or the service's own domain): browsers upload documents from these only.
   */
  webOrigins?: readonly string[];
  /** How texts and emails are sent; default off (see messaging.ts for the context keys). */
  messaging?: MessagingOptions;
  /** Who is emailed the alarms (SNS; the address must confirm). None: subscribe later. */
  alarmEmail?: string;
}

export interface FrontDoor {
  stateful: StatefulStack;
  stateless: StatelessStack;
  operations: OperationsStack;
}

/** Stage names end up in a Cognito domain and a bucket name: short, lower-case, no dots. */
const stagePattern = /^[a-z][a-z0-9-]{0,15}$/;

/**
 * Both stacks of one stage, with every cdk-nag acknowledgement applied. Used by bin/app.ts and
 * by the infra tests, so the tests check the app that is deployed.
 */
export function buildFrontDoor(app: App, options: FrontDoorOptions): FrontDoor {
  const { stage } = options;
  if (!stagePattern.test(stage)) {
    throw new Error(`Stage "${stage}" must match ${stagePattern}: it is part of a domain name`);
  }
  const prefix = `front-door-${stage}`;
  const stateful = new StatefulStack(app, `${prefix}-stateful`, {
    env: options.env,
    stage,
    ...(options.webOrigins ? { webOrigins: options.webOrigins } : {}),
    description: "Front Door: table, user pool and buckets (retained on delete)",
  });
  const stateless = new StatelessStack(app, `${prefix}-stateless`, {
    env: options.env,
    description: "Front Door: functions, HTTP API, CloudFront and web upload",
    table: stateful.table,
    userPool: stateful.users.userPool,
    userPoolDomain: stateful.users.domain,
    siteBucketName: stateful.siteBucketName,
    accessLogBucket: stateful.webBuckets.accessLogs,
    documentsBucketName: stateful.documentsBucketName,
    functionsDir: options.functionsDir ?? path.join(repoRoot, "functions", "src"),
    webDistDir: options.webDistDir ?? path.join(repoRoot, "web", "dist"),
    projectRoot: repoRoot,
    serviceName: "front-door",
    messaging: options.messaging ?? messagingOff,
  });
  // The site and documents buckets are imported by name, which CloudFormation cannot see:
  // order the stacks by hand.
  stateless.addStackDependency(stateful);
  const operations = new OperationsStack(app, `${prefix}-operations`, {
    env: options.env,
    description: "Front Door: alarms and the topic that tells the people running it",
    table: stateful.table,
    stateless,
    ...(options.alarmEmail ? { alarmEmail: options.alarmEmail } : {}),
  });
  acknowledgeNagFindings({ stateful, stateless, operations });
  return { stateful, stateless, operations };
}
