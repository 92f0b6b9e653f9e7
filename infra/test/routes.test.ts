import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { envNames, journeyOf, type RouteDefinition, routeList } from "@front-door/contracts";
import { healthProbePartition } from "@front-door/store/keys";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AttributeType, Table } from "aws-cdk-lib/aws-dynamodb";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RouteFunction } from "../src/route-function.ts";
import { buildTestApp, type TestApp, testEnv } from "./front-door-app.ts";
import {
  actionsOf,
  type CfnResource,
  type CfnValue,
  referencedId,
  resource,
  resourcesOfType,
  statementsForRole,
} from "./template-queries.ts";

let testApp: TestApp;
let template: Template;

beforeAll(() => {
  testApp = buildTestApp();
  template = Template.fromStack(testApp.stateless);
});
afterAll(() => testApp?.cleanUp());

const routeKey = (route: RouteDefinition) => `${route.method} ${route.path}`;

/** Reads that a "read" route may have; anything else from DynamoDB is too much. */
const readActions = new Set([
  "dynamodb:BatchGetItem",
  "dynamodb:GetItem",
  "dynamodb:Query",
  "dynamodb:Scan",
  "dynamodb:ConditionCheckItem",
  "dynamodb:DescribeTable",
  "dynamodb:GetRecords",
  "dynamodb:GetShardIterator",
]);
const writeAction =
  /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWrite|PartiQL|\*)/;

/** Follows a route table entry through the template: route → integration → function → role. */
function deployed(route: RouteDefinition) {
  const matches = resourcesOfType(template, "AWS::ApiGatewayV2::Route").filter(
    ([, apiRoute]) => apiRoute.Properties.RouteKey === routeKey(route),
  );
  expect(matches, `API routes for ${routeKey(route)}`).toHaveLength(1);
  const [, apiRoute] = matches[0] as [string, CfnResource];
  const [prefix, integrationRef] = apiRoute.Properties.Target["Fn::Join"][1] as [string, CfnValue];
  expect(prefix).toBe("integrations/");
  const integration = resource(template, referencedId(integrationRef));
  const functionId = referencedId(integration.Properties.IntegrationUri);
  const fn = resource(template, functionId);
  const roleId = referencedId(fn.Properties.Role);
  return { apiRoute, integration, fn, functionId, statements: statementsForRole(template, roleId) };
}

describe("the route table is deployed as it is written", () => {
  it("has one API route per route-table entry and no other", () => {
    const keys = resourcesOfType(template, "AWS::ApiGatewayV2::Route").map(
      ([, apiRoute]) => apiRoute.Properties.RouteKey,
    );
    expect(keys.sort()).toEqual([...routeList.map(routeKey), "$default"].sort());
  });

  it("sends what no route takes ($default) to a public function with no table or bucket", () => {
    const [[, apiRoute]] = resourcesOfType(template, "AWS::ApiGatewayV2::Route").filter(
      ([, r]) => r.Properties.RouteKey === "$default",
    ) as [[string, CfnResource]];
    expect(apiRoute.Properties.AuthorizationType).toBe("NONE");
    const [, integrationRef] = apiRoute.Properties.Target["Fn::Join"][1] as [string, CfnValue];
    const integration = resource(template, referencedId(integrationRef));
    const fn = resource(template, referencedId(integration.Properties.IntegrationUri));
    const statements = statementsForRole(template, referencedId(fn.Properties.Role));
    const actions = actionsOf(statements);
    expect(actions.filter((a) => a.startsWith("dynamodb:") || a.startsWith("s3:"))).toEqual([]);
    expect(fn.Properties.Environment.Variables).not.toHaveProperty(envNames.tableName);
  });

  it("shares a role only between routes of one journey with the same access", () => {
    const needsOfRole = new Map<string, string>();
    for (const route of routeList) {
      const { fn } = deployed(route);
      const roleId = referencedId(fn.Properties.Role);
      const needs = `${journeyOf(route)} ${route.idempotent ? "write" : route.table} ${route.documents ?? "none"}`;
      expect(needsOfRole.get(roleId) ?? needs, routeKey(route)).toBe(needs);
      needsOfRole.set(roleId, needs);
    }
    expect(new Set(needsOfRole.values()).size).toBe(needsOfRole.size);
  });

  it("gives every route a function of its own", () => {
    const functionIds = new Set(routeList.map((route) => deployed(route).functionId));
    expect(functionIds.size).toBe(routeList.length);
  });

  it("never deploys a local-only /api/dev route", () => {
    for (const [, apiRoute] of resourcesOfType(template, "AWS::ApiGatewayV2::Route")) {
      expect(String(apiRoute.Properties.RouteKey)).not.toMatch(/^[A-Z]+ \/api\/dev/);
    }
    expect(routeList.filter((route) => route.path.startsWith("/api/dev"))).toEqual([]);
  });

  it("gives each journey's functions one log group of their own, with a retention period", () => {
    const logGroupIds = routeList.map((route) => {
      const { fn } = deployed(route);
      const logGroupId = referencedId(fn.Properties.LoggingConfig.LogGroup);
      expect(resource(template, logGroupId).Properties.RetentionInDays).toBeGreaterThan(0);
      return logGroupId;
    });
    // One per journey: the same group within a journey, never one shared across journeys.
    const journeys = routeList.map((route) => journeyOf(route));
    expect(new Set(logGroupIds).size).toBe(new Set(journeys).size);
    const groupOfJourney = new Map<string, string>();
    journeys.forEach((journey, index) => {
      const known = groupOfJourney.get(journey);
      if (known) expect(logGroupIds[index]).toBe(known);
      else groupOfJourney.set(journey, logGroupIds[index] as string);
    });
  });
});

describe.each(routeList.map((route) => [routeKey(route), route] as const))("%s", (_, route) => {
  it(`has no authorizer in front, and ${route.access === "public" ? "no token issuer (public)" : "its function checks tokens against the user pool"}`, () => {
    const { apiRoute, fn } = deployed(route);
    // Tokens are checked by the function's glue, so a 401 is the service's own error body.
    expect(apiRoute.Properties.AuthorizationType).toBe("NONE");
    expect(apiRoute.Properties.AuthorizerId).toBeUndefined();
    const variables = fn.Properties.Environment.Variables as Record<string, CfnValue>;
    const issuerNames = [envNames.authIssuer, envNames.authJwksUrl, envNames.authClientIds];
    for (const name of issuerNames) {
      if (route.access === "public") expect(variables).not.toHaveProperty(name);
      else expect(variables).toHaveProperty(name);
    }
  });

  it("runs on arm64 and Node.js 22 or newer, with tracing, through a Lambda proxy", () => {
    const { fn, integration } = deployed(route);
    expect(integration.Properties.IntegrationType).toBe("AWS_PROXY");
    expect(integration.Properties.PayloadFormatVersion).toBe("2.0");
    expect(fn.Properties.Architectures).toEqual(["arm64"]);
    const major = Number(/^nodejs(\d+)\.x$/.exec(fn.Properties.Runtime)?.[1]);
    expect(major).toBeGreaterThanOrEqual(22);
    expect(fn.Properties.TracingConfig).toEqual({ Mode: "Active" });
  });

  const access = route.idempotent ? "write" : route.table;

  it(`has ${access === "none" ? "no DynamoDB permission" : `${access} access to the table`}`, () => {
    const { statements } = deployed(route);
    const dynamodb = statements.filter((s) =>
      actionsOf([s]).some((a) => a.startsWith("dynamodb:")),
    );
    const actions = actionsOf(dynamodb);
    switch (access) {
      case "none":
        expect(actions).toEqual([]);
        break;
      case "probe":
        // One action, on the table alone, for the health check's one partition key.
        expect(actions).toEqual(["dynamodb:GetItem"]);
        expect(dynamodb).toHaveLength(1);
        expect(dynamodb[0]?.Condition).toEqual({
          "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": [healthProbePartition] },
        });
        expect(JSON.stringify(dynamodb[0]?.Resource)).not.toContain("/index/");
        break;
      case "read":
        expect(actions).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:Query"]));
        expect(actions.filter((action) => !readActions.has(action))).toEqual([]);
        break;
      case "write":
        expect(actions).toEqual(
          expect.arrayContaining(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"]),
        );
        expect(actions).not.toContain("dynamodb:*");
        break;
    }
    if (access !== "write") expect(actions.filter((a) => writeAction.test(a))).toEqual([]);
    // The table and its declared indexes by name: no wildcard resources.
    for (const statement of dynamodb) expect(JSON.stringify(statement.Resource)).not.toContain("*");
  });

  it(`has ${route.documents ? `${route.documents} access to the documents bucket` : "no S3 permission"}`, () => {
    const { statements, fn } = deployed(route);
    const s3 = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith("s3:")));
    const variables = fn.Properties.Environment.Variables as Record<string, unknown>;
    if (!route.documents) {
      expect(s3).toEqual([]);
      expect(variables).not.toHaveProperty(envNames.documentsBucket);
      return;
    }
    expect(variables[envNames.documentsBucket]).toMatch(/^front-door-test-documents-/);
    const expected =
      route.documents === "write"
        ? [
            "s3:DeleteObject",
            "s3:GetObject",
            "s3:GetObjectVersion",
            "s3:ListBucket",
            "s3:PutObject",
          ]
        : ["s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"];
    expect([...new Set(actionsOf(s3))].sort()).toEqual(expected);
    // The documents bucket and its objects only: never another bucket, never "*" alone.
    for (const statement of s3) {
      expect(JSON.stringify(statement.Resource)).toContain("front-door-test-documents-");
    }
  });

  it("has its environment from envNames: the table name only if it uses the table", () => {
    const variables = deployed(route).fn.Properties.Environment.Variables as Record<
      string,
      unknown
    >;
    expect(variables[envNames.serviceName]).toBe("front-door");
    expect(variables.NODE_OPTIONS).toBe("--enable-source-maps");
    if (access === "none") expect(variables).not.toHaveProperty(envNames.tableName);
    else expect(variables[envNames.tableName]).toBeDefined();
    if (route.idempotent) expect(variables[envNames.idempotencyTtlSeconds]).toBeDefined();
  });
});

/**
 * One route of each kind of table and bucket access (and each journey's first), bundled as
 * CDK bundles it, in a stack of their own: bundling all ~80 took most of this file's time, and
 * every function gets the same bundling settings from RouteFunction.
 */
const bundleSample = (() => {
  const seen = new Set<string>();
  return routeList.filter((route) => {
    const kind = `${route.idempotent ? "write" : route.table} ${route.documents ?? "none"}`;
    const journey = journeyOf(route);
    if (seen.has(kind) && seen.has(journey)) return false;
    seen.add(kind);
    seen.add(journey);
    return true;
  });
})();

describe("functions are bundled as deployed", () => {
  let sample: { app: App; template: Template };

  beforeAll(() => {
    const app = new App();
    const stack = new Stack(app, "BundleSample", { env: testEnv });
    const table = new Table(stack, "Table", {
      partitionKey: { name: "pk", type: AttributeType.STRING },
      sortKey: { name: "sk", type: AttributeType.STRING },
    });
    const bucket = new Bucket(stack, "Documents");
    const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
    for (const [index, route] of bundleSample.entries()) {
      new RouteFunction(stack, `Sample${index}`, {
        route,
        entry: path.join(repoRoot, "functions", "src", `${route.handler}.ts`),
        projectRoot: repoRoot,
        table,
        ...(route.documents ? { documentsBucket: bucket } : {}),
        serviceName: "front-door",
      });
    }
    sample = { app, template: Template.fromStack(stack) };
  });
  afterAll(() => sample && rmSync(sample.app.outdir, { recursive: true, force: true }));

  it("samples every kind of access and every journey", () => {
    const kinds = new Set(
      routeList.map((r) => `${r.idempotent ? "write" : r.table} ${r.documents ?? "none"}`),
    );
    const sampled = new Set(
      bundleSample.map((r) => `${r.idempotent ? "write" : r.table} ${r.documents ?? "none"}`),
    );
    expect(sampled).toEqual(kinds);
    expect(new Set(bundleSample.map(journeyOf))).toEqual(new Set(routeList.map(journeyOf)));
  });

  it.each(bundleSample.map((route, index) => [routeKey(route), route, index] as const))(
    "%s is a minified ES module with a source map and a require() shim",
    (_, route, index) => {
      const access = route.idempotent ? "write" : route.table;
      const functions = resourcesOfType(sample.template, "AWS::Lambda::Function").filter(([id]) =>
        id.startsWith(`Sample${index}Function`),
      );
      expect(functions, route.id).toHaveLength(1);
      const [, fn] = functions[0] as [string, CfnResource];
      expect(fn.Properties.Handler).toBe("index.handler");
      const assetHash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, "");
      const assetDir = path.join(sample.app.outdir, `asset.${assetHash}`);
      expect(readdirSync(assetDir).sort()).toEqual(["index.mjs", "index.mjs.map"]);
      const bundle = readFileSync(path.join(assetDir, "index.mjs"), "utf8");
      expect(bundle.split("\n")[0]).toContain("createRequire");
      // Minified: long lines, not the source's layout (data files may keep some line breaks).
      expect(bundle.length / bundle.split("\n").length).toBeGreaterThan(200);
      expect(existsSync(path.join(assetDir, "index.mjs.map"))).toBe(true);
      // The SDK is bundled (see functionBundling): nothing is imported from the runtime at load.
      expect(bundle).not.toMatch(/from\s*["']@(aws-sdk|smithy)\//);
      // Functions that never touch the table carry no DynamoDB client at all.
      if (access === "none") expect(bundle).not.toContain("DynamoDBClient");
      // The credential chain's branches Lambda never reaches stay import()s, left out by the CDK
      // bundling as by bench/bundles.ts (lambdaUnreachedCredentialSources).
      else expect(bundle).toMatch(/import\(\s*["']@aws-sdk\/credential-provider-ini["']\s*\)/);
    },
  );
});
