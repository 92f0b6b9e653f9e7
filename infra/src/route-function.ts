import {
  type DocumentAccess,
  envNames,
  type RouteDefinition,
  type TableAccess,
} from "@front-door/contracts";
import { healthProbePartition } from "@front-door/store/keys";
import { tableDefinition } from "@front-door/store/table-definition";
import { Duration } from "aws-cdk-lib";
import { type ITable, TableGrants } from "aws-cdk-lib/aws-dynamodb";
import { Grant, type IGrantable, type IRole, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat, SourceMapMode } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

/** cdk-nag's AwsSolutions-L1 wants the newest Node.js runtime this aws-cdk-lib knows. */
export const functionRuntime = Runtime.NODEJS_24_X;

/** "nodejs24.x" → "node24": esbuild emits nothing the runtime cannot run. */
export const esbuildTarget = functionRuntime.name.replace(/^nodejs(\d+)\.x$/, "node$1");

/**
 * The SDK's default credential chain (@aws-sdk/credential-provider-node, which every client
 * imports) tries the environment first, then SSO, profile files, credential_process, a web
 * identity token file, and the container or instance metadata endpoints; it reaches each of
 * those only through `await import(...)`, and only when the links before it found nothing.
 * Lambda puts the function's role credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
 * AWS_SESSION_TOKEN and sets no AWS_PROFILE, so the first link answers and these imports never
 * run. Bundled, they cost every function that uses the SDK 105–135 KB (the SSO, STS, sign-in
 * and OIDC clients among them) to load for nothing. Left external, such an import, if it ever
 * ran, would load the module from the AWS SDK v3 the nodejs24.x runtime ships (Lambda resolves
 * ES module imports through NODE_PATH): the chain still works, only slower. An external that a
 * bundle imported statically would instead load at every cold start, from the runtime's copy:
 * infra/test/function-bundling.test.ts builds every function and fails if one does.
 */
export const lambdaUnreachedCredentialSources = [
  // AWS_PROFILE / ~/.aws/config sso_* settings, and the SSO OIDC token they refresh.
  "@aws-sdk/credential-provider-sso",
  "@aws-sdk/token-providers",
  // Shared config and credentials files, and the console sign-in (login) session they can name.
  "@aws-sdk/credential-provider-ini",
  "@aws-sdk/credential-provider-login",
  // credential_process from a profile.
  "@aws-sdk/credential-provider-process",
  // AWS_WEB_IDENTITY_TOKEN_FILE (EKS, GitHub OIDC).
  "@aws-sdk/credential-provider-web-identity",
  // The SSO, SSO OIDC, STS and sign-in clients that only the branches above create.
  "@aws-sdk/nested-clients",
  // The container (ECS) credentials endpoint and EC2 instance metadata.
  "@aws-sdk/credential-provider-http",
  "@smithy/credential-provider-imds",
] as const;

/**
 * esbuild settings shared by every function and by the benchmarks (bench/bundles.ts), so the
 * figures describe what is deployed.
 */
export const functionBundling = {
  minify: true,
  // Prefer packages' ESM builds, so tree-shaking works.
  mainFields: ["module", "main"],
  // The AWS SDK is bundled rather than taken from the runtime: one minified file initialises in
  // about a third of the time the runtime's many SDK files take (measured by npm run bench), and
  // the version deployed is the version tested. The one exception is the credential chain's
  // branches a function never reaches (lambdaUnreachedCredentialSources, above).
  externalModules: [...lambdaUnreachedCredentialSources] as string[],
  // Some bundled CommonJS dependencies call require(): give ESM one.
  banner:
    "import { createRequire as frontDoorCreateRequire } from 'node:module'; const require = frontDoorCreateRequire(import.meta.url);",
} as const;

/**
 * What functionBundling amounts to as esbuild's own build options (CDK passes the same to the
 * esbuild command line), for the test and the benchmark that build functions as deployed.
 */
export function functionBuildOptions() {
  return {
    bundle: true,
    minify: functionBundling.minify,
    format: "esm" as const,
    platform: "node" as const,
    target: esbuildTarget,
    mainFields: [...functionBundling.mainFields],
    external: [...functionBundling.externalModules],
    banner: { js: functionBundling.banner },
  };
}

/** How long an Idempotency-Key is remembered; matches the function glue's default. */
const idempotencyTtl = Duration.hours(24);

/** What a function is for: a route from the route table, or a scheduled job from the job table. */
export type FunctionWork = Pick<RouteDefinition, "id" | "summary" | "table"> &
  Partial<Pick<RouteDefinition, "method" | "path" | "idempotent" | "documents">>;

export interface RouteFunctionProps {
  route: FunctionWork;
  /** The entry module, functions/src/<route.handler>.ts. */
  entry: string;
  /** Repository root: where esbuild resolves workspaces and the lock file. */
  projectRoot: string;
  table: ITable;
  /** Required when the route has `documents`; granted exactly that. */
  documentsBucket?: IBucket;
  serviceName: string;
  /** Settings of this function's own, beside the house ones. */
  environment?: Record<string, string>;
  /**
   * The log group of the function's journey, shared by that journey's route functions; absent
   * (jobs, stream consumers), the function gets one of its own. Shared because CloudFormation
   * takes at most 500 resources a stack and one log group per route cost 70 of them.
   */
  logGroup?: LogGroup;
  /**
   * A role shared by the journey's routes with the same table and documents access, already
   * granted exactly that (see `SharedRouteRoles`); absent, the function gets a role of its own.
   */
  sharedRole?: IRole;
}

/**
 * One route's Lambda function with the house defaults: arm64, current Node.js, a minified ESM
 * bundle with source maps, X-Ray tracing, its journey's log group (or its own), and a role that
 * can write to that log group and touch the table exactly as far as the route table says.
 */
export class RouteFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: IRole;
  readonly tableAccess: TableAccess;

  constructor(scope: Construct, id: string, props: RouteFunctionProps) {
    super(scope, id);
    const { route } = props;
    this.tableAccess = tableAccessFor(route);

    // Operational logs; the audit trail belongs in the table. Retained on stack deletion so
    // a teardown does not erase evidence, and expired by retention either way.
    this.logGroup =
      props.logGroup ?? new LogGroup(this, "Logs", { retention: RetentionDays.THREE_MONTHS });

    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy may create
    // and write any log group in the account, this one only writes to its own.
    const role =
      props.sharedRole ??
      new Role(this, "Role", {
        assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
        description: `Front Door ${route.id}${route.method ? `: ${route.method} ${route.path}` : ""}`,
      });
    this.role = role;

    this.function = new NodejsFunction(this, "Function", {
      entry: props.entry,
      handler: "handler",
      description: (route.method
        ? `${route.method} ${route.path}: ${route.summary}`
        : route.summary
      ).slice(0, 256),
      runtime: functionRuntime,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      // HTTP APIs give up on an integration after 30 s; fail well before that.
      timeout: Duration.seconds(10),
      role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: routeEnvironment(route, this.tableAccess, props),
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      bundling: {
        format: OutputFormat.ESM,
        target: esbuildTarget,
        minify: functionBundling.minify,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        mainFields: [...functionBundling.mainFields],
        externalModules: [...functionBundling.externalModules],
        banner: functionBundling.banner,
      },
    });

    if (props.sharedRole) return;
    this.logGroup.grantWrite(role);
    bindTable(role, props.table, this.tableAccess);
    if (route.documents) {
      if (!props.documentsBucket) throw new Error(`${route.id} needs the documents bucket`);
      bindDocuments(role, props.documentsBucket, route.documents);
    }
  }
}

/**
 * Least privilege on the documents bucket. "read": HEAD and GET objects, and the checked
 * version of one, which presigned download URLs inherit. "write": also PUT (presigned uploads, and the copy out of pending/)
 * and delete (a refused upload). Both may list the bucket only so that a missing object is a
 * 404 rather than a 403. Encryption is the AWS-managed aws/s3 key, which S3 uses on the
 * caller's behalf: no KMS grant to add.
 */
export function bindDocuments(grantee: IGrantable, bucket: IBucket, access: DocumentAccess): void {
  const objectActions =
    access === "write"
      ? ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject"]
      : ["s3:GetObject", "s3:GetObjectVersion"];
  Grant.addToPrincipal({
    grantee,
    actions: objectActions,
    resourceArns: [bucket.arnForObjects("*")],
  });
  Grant.addToPrincipal({
    grantee,
    actions: ["s3:ListBucket"],
    resourceArns: [bucket.bucketArn],
  });
}

/** Idempotent routes store their idempotency records in the table, so they need to write. */
export function tableAccessFor(route: FunctionWork): TableAccess {
  return route.idempotent ? "write" : route.table;
}

/**
 * Least privilege from the route table: no grant at all, the health probe's one key, read
 * only, or read and write.
 *
 * CDK's own table grants add `<table>/index/*`; these name the table, and then each index
 * declared in tableDefinition for the only two things an index answers (Query and Scan), so
 * the policy holds no wildcard and no index the design does not have.
 */
export function bindTable(grantee: IGrantable, table: ITable, access: TableAccess): void {
  if (access === "none") return;
  if (access === "probe") {
    // The health check: GetItem on its one empty partition, no other key and no index.
    Grant.addToPrincipal({
      grantee,
      actions: ["dynamodb:GetItem"],
      resourceArns: [table.tableArn],
      conditions: {
        "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": [healthProbePartition] },
      },
    });
    return;
  }
  const onTable = TableGrants.fromTable(table, undefined, false);
  switch (access) {
    case "read":
      onTable.readData(grantee);
      break;
    case "write":
      onTable.readWriteData(grantee);
      break;
    default: {
      const unreachable: never = access;
      throw new Error(`Unknown table access: ${String(unreachable)}`);
    }
  }
  Grant.addToPrincipal({
    grantee,
    actions: ["dynamodb:Query", "dynamodb:Scan"],
    resourceArns: tableDefinition.globalSecondaryIndexes.map(
      (gsi) => `${table.tableArn}/index/${gsi.indexName}`,
    ),
  });
}

function routeEnvironment(
  route: FunctionWork,
  access: TableAccess,
  props: RouteFunctionProps,
): Record<string, string> {
  const environment: Record<string, string> = {
    ...props.environment,
    [envNames.serviceName]: props.serviceName,
    // Stack traces point at the TypeScript source, through the bundled source map.
    NODE_OPTIONS: "--enable-source-maps",
  };
  // A function that has no grant gets no table name either: nothing to misuse.
  if (access !== "none") environment[envNames.tableName] = props.table.tableName;
  if (route.documents && props.documentsBucket) {
    environment[envNames.documentsBucket] = props.documentsBucket.bucketName;
  }
  if (route.idempotent) {
    environment[envNames.idempotencyTtlSeconds] = String(idempotencyTtl.toSeconds());
  }
  return environment;
}
