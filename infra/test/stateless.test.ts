import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { envNames, jobList, routeList, streamConsumerList, WebConfig } from "@front-door/contracts";
import {
  sameDayBookingCreate,
  sameDayHoldCreate,
  sameDayRequestCreate,
} from "@front-door/contracts/routes";
import { Template } from "aws-cdk-lib/assertions";
import { CachePolicy, OriginRequestPolicy } from "aws-cdk-lib/aws-cloudfront";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeThrottles, stageThrottle } from "../src/api-throttling.ts";
import { signInRedirectPath } from "../src/sign-in-client.ts";
import { apiPathPattern } from "../src/site-distribution.ts";
import { buildTestApp, type TestApp } from "./front-door-app.ts";
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

function only(type: string): [string, CfnResource] {
  const found = resourcesOfType(template, type);
  expect(found, type).toHaveLength(1);
  return found[0] as [string, CfnResource];
}

describe("the web app client", () => {
  it("is a public client using the authorization-code grant (PKCE on the web side)", () => {
    const [, client] = only("AWS::Cognito::UserPoolClient");
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties.AllowedOAuthFlows).toEqual(["code"]);
    expect(client.Properties.AllowedOAuthScopes).toEqual(["openid", "email", "profile"]);
    expect(JSON.stringify(client.Properties.CallbackURLs)).toContain(signInRedirectPath);
  });

  it("cannot write the custom scope attributes, but can read them", () => {
    const [, client] = only("AWS::Cognito::UserPoolClient");
    const written = client.Properties.WriteAttributes as string[];
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((name) => name.startsWith("custom:"))).toEqual([]);
    expect(client.Properties.ReadAttributes).toEqual(
      expect.arrayContaining(["custom:patient_id", "custom:nhs_number", "custom:site_id"]),
    );
  });

  it("has a managed login style, without which managed login shows an error page", () => {
    const [clientId] = only("AWS::Cognito::UserPoolClient");
    const [, branding] = only("AWS::Cognito::ManagedLoginBranding");
    expect(referencedId(branding.Properties.ClientId)).toBe(clientId);
  });
});

describe("the HTTP API", () => {
  it("has no JWT authorizer: signed-in functions check ID tokens from the pool, for the web client", () => {
    expect(resourcesOfType(template, "AWS::ApiGatewayV2::Authorizer")).toEqual([]);
    const [clientId] = only("AWS::Cognito::UserPoolClient");
    const checking = resourcesOfType(template, "AWS::Lambda::Function")
      .map(([, fn]) => fn.Properties.Environment?.Variables as Record<string, CfnValue> | undefined)
      .filter((variables) => variables?.[envNames.authIssuer] !== undefined);
    expect(checking).toHaveLength(routeList.filter((route) => route.access !== "public").length);
    for (const variables of checking as Record<string, CfnValue>[]) {
      expect(referencedId(variables[envNames.authClientIds] as CfnValue)).toBe(clientId);
      // The stateful stack's pool: its issuer URL, and the JWKS Cognito publishes under it.
      const issuer = JSON.stringify(variables[envNames.authIssuer]);
      expect(issuer).toContain("https://cognito-idp.");
      expect(issuer).toMatch(/UserPool/);
      const joined = (value: CfnValue) =>
        (value as { "Fn::Join": [string, CfnValue[]] })["Fn::Join"][1];
      expect(joined(variables[envNames.authJwksUrl] as CfnValue)).toEqual([
        ...joined(variables[envNames.authIssuer] as CfnValue),
        "/.well-known/jwks.json",
      ]);
    }
  });

  it("throttles and logs the default stage to a log group with retention", () => {
    const [, stage] = only("AWS::ApiGatewayV2::Stage");
    expect(stage.Properties.StageName).toBe("$default");
    expect(stage.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: stageThrottle.rateLimit,
      ThrottlingBurstLimit: stageThrottle.burstLimit,
    });
    const logGroup = resource(
      template,
      referencedId(stage.Properties.AccessLogSettings.DestinationArn),
    );
    expect(logGroup.Type).toBe("AWS::Logs::LogGroup");
    expect(logGroup.Properties.RetentionInDays).toBeGreaterThan(0);
    expect(JSON.parse(stage.Properties.AccessLogSettings.Format)).toHaveProperty("requestId");
  });
});

describe("the 8am rush at the edge", () => {
  it("sizes the stage for the stated peak, inside the account's quota", () => {
    // docs/architecture.md: about 400 requests a second at the peak; 10,000 and 5,000 the quota.
    expect(stageThrottle.rateLimit).toBeGreaterThanOrEqual(400);
    expect(stageThrottle.rateLimit).toBeLessThanOrEqual(10_000);
    expect(stageThrottle.burstLimit).toBeLessThanOrEqual(5_000);
  });

  it("gives the same-day request, hold and booking limits of their own, below the stage's", () => {
    const [, stage] = only("AWS::ApiGatewayV2::Stage");
    const routeKeys = [sameDayRequestCreate, sameDayHoldCreate, sameDayBookingCreate].map(
      (route) => `${route.method} ${route.path}`,
    );
    expect(Object.keys(stage.Properties.RouteSettings).sort()).toEqual([...routeKeys].sort());
    for (const route of [sameDayRequestCreate, sameDayHoldCreate, sameDayBookingCreate]) {
      const throttle = routeThrottles.get(route.id);
      expect(stage.Properties.RouteSettings[`${route.method} ${route.path}`]).toEqual({
        ThrottlingRateLimit: throttle?.rateLimit,
        ThrottlingBurstLimit: throttle?.burstLimit,
      });
      expect(throttle?.rateLimit).toBeLessThan(stageThrottle.rateLimit);
    }
    // Deployed after the routes it names: CloudFormation refuses settings for a missing route.
    const [stageId] = only("AWS::ApiGatewayV2::Stage");
    const stageResource = resource(template, stageId) as CfnResource & { DependsOn?: string[] };
    const routeIds = resourcesOfType(template, "AWS::ApiGatewayV2::Route")
      .filter(([, r]) => routeKeys.includes(r.Properties.RouteKey as string))
      .map(([id]) => id);
    expect(routeIds).toHaveLength(3);
    expect(stageResource.DependsOn).toEqual(expect.arrayContaining(routeIds));
  });
});

describe("CloudFront", () => {
  const distributionConfig = () =>
    only("AWS::CloudFront::Distribution")[1].Properties.DistributionConfig;

  it("sends /api/* to the HTTP API uncached, with every method and all viewer headers but Host", () => {
    const behaviours = distributionConfig().CacheBehaviors as CfnValue[];
    const api = behaviours.find((b) => b.PathPattern === apiPathPattern);
    expect(api).toBeDefined();
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(["POST", "PUT", "PATCH", "DELETE"]));
    expect(api.CachePolicyId).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
    expect(api.OriginRequestPolicyId).toBe(
      OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
    );
    expect(api.ViewerProtocolPolicy).toBe("https-only");
    const origin = (distributionConfig().Origins as CfnValue[]).find(
      (o) => o.Id === api.TargetOriginId,
    );
    const [apiId] = only("AWS::ApiGatewayV2::Api");
    expect(JSON.stringify(origin.DomainName)).toContain(apiId);
    expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe("https-only");
  });

  it("serves the site from the private bucket through Origin Access Control", () => {
    const config = distributionConfig();
    const origin = (config.Origins as CfnValue[]).find(
      (o) => o.Id === config.DefaultCacheBehavior.TargetOriginId,
    );
    expect(origin.OriginAccessControlId).toBeDefined();
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: "" });
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe("redirect-to-https");
    expect(config.DefaultRootObject).toBe("index.html");
  });

  it("adds security headers to every response and logs access", () => {
    const config = distributionConfig();
    const [policyId, policy] = only("AWS::CloudFront::ResponseHeadersPolicy");
    for (const behaviour of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(referencedId(behaviour.ResponseHeadersPolicyId)).toBe(policyId);
    }
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThan(0);
    expect(headers.FrameOptions.FrameOption).toBe("DENY");
    expect(config.Logging.Bucket).toBeDefined();
  });
});

describe("the web upload", () => {
  it("writes a /config.json that the web's WebConfig schema accepts, in cognito mode", () => {
    const [, deployment] = only("Custom::CDKBucketDeployment");
    const configFiles = (deployment.Properties.SourceObjectKeys as string[])
      .map((key) =>
        path.join(testApp.app.outdir, `asset.${key.replace(/\.zip$/, "")}`, "config.json"),
      )
      .filter((file) => existsSync(file));
    expect(configFiles).toHaveLength(1);
    // Deploy-time values (client id, Cognito domain) are markers until CloudFormation fills them.
    const config = WebConfig.parse(JSON.parse(readFileSync(String(configFiles[0]), "utf8")));
    expect(config.auth).toMatchObject({ mode: "cognito", redirectPath: signInRedirectPath });
    expect(deployment.Properties.Prune).toBe(true);
    expect(deployment.Properties.DistributionPaths).toEqual(["/*"]);
  });
});

describe("outputs", () => {
  it("give the site URL, the API URL and the app client id", () => {
    const outputs = Object.keys(template.toJSON().Outputs ?? {});
    expect(outputs).toEqual(expect.arrayContaining(["SiteUrl", "ApiUrl", "UserPoolClientId"]));
  });
});

describe("scheduled jobs, from the job table", () => {
  it.each(jobList.map((job) => [job.id, job] as const))(
    "%s runs on its London-time schedule, invoking its own function with write access",
    (_id, job) => {
      const schedules = resourcesOfType(template, "AWS::Scheduler::Schedule").filter(
        ([, s]) => s.Properties.Description === job.summary,
      );
      expect(schedules).toHaveLength(1);
      const [, schedule] = schedules[0] as [string, CfnResource];
      expect(schedule.Properties.ScheduleExpression).toBe(job.schedule);
      expect(schedule.Properties.ScheduleExpressionTimezone).toBe("Europe/London");
      const functionId = referencedId(schedule.Properties.Target.Arn);
      const fn = resource(template, functionId);
      expect(fn.Properties.Runtime).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
      const roleId = referencedId(fn.Properties.Role);
      const actions = actionsOf(statementsForRole(template, roleId));
      if (job.table === "write") expect(actions).toContain("dynamodb:UpdateItem");
      if (job.table === "none") expect(actions.some((a) => a.startsWith("dynamodb:"))).toBe(false);
      const variables = fn.Properties.Environment.Variables;
      // A job that fans out may invoke itself (its ICB shares), and no other function.
      const invokes = statementsForRole(template, roleId).filter((statement) =>
        actionsOf([statement]).includes("lambda:InvokeFunction"),
      );
      if (job.fanOut) {
        expect(variables[envNames.jobFanOut]).toBe("lambda");
        expect(invokes.map((statement) => referencedId(statement.Resource))).toEqual([functionId]);
      } else {
        expect(variables[envNames.jobFanOut]).toBeUndefined();
        expect(invokes).toEqual([]);
      }
      // The delivery sweep sends as the stream's consumer does: senders off by default.
      if (job.sendsMessages) expect(variables[envNames.smsSender]).toBe("off");
    },
  );
});

describe("table stream consumers, from the stream table", () => {
  it.each(streamConsumerList.map((consumer) => [consumer.id, consumer] as const))(
    "%s reads the table's stream through its filter, with retries and a dead-letter queue",
    (_id, consumer) => {
      const mappings = resourcesOfType(template, "AWS::Lambda::EventSourceMapping").filter(
        ([, m]) =>
          JSON.stringify(m.Properties.FilterCriteria ?? {}).includes(consumer.filter.itemType),
      );
      expect(mappings).toHaveLength(1);
      const [, mapping] = mappings[0] as [string, CfnResource];
      expect(JSON.parse(mapping.Properties.FilterCriteria.Filters[0].Pattern)).toEqual({
        eventName: [consumer.filter.eventName],
        dynamodb: { NewImage: { type: { S: [consumer.filter.itemType] } } },
      });
      expect(mapping.Properties.StartingPosition).toBe("TRIM_HORIZON");
      expect(mapping.Properties.FunctionResponseTypes).toEqual(["ReportBatchItemFailures"]);
      expect(mapping.Properties.BisectBatchOnFunctionError).toBe(true);
      expect(mapping.Properties.MaximumRetryAttempts).toBeGreaterThan(5);
      const queueId = referencedId(mapping.Properties.DestinationConfig.OnFailure.Destination);
      const queue = resource(template, queueId);
      expect(queue.Type).toBe("AWS::SQS::Queue");
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);

      const fn = resource(template, referencedId(mapping.Properties.FunctionName));
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
      // Senders default to off: the deployment claims no delivery it cannot make.
      expect(fn.Properties.Environment.Variables[envNames.smsSender]).toBe("off");
      expect(fn.Properties.Environment.Variables[envNames.emailSender]).toBe("off");
      const actions = actionsOf(statementsForRole(template, referencedId(fn.Properties.Role)));
      expect(actions).toEqual(
        expect.arrayContaining(["dynamodb:UpdateItem", "dynamodb:GetRecords"]),
      );
      expect(actions.filter((a) => a.startsWith("sns:") || a.startsWith("ses:"))).toEqual([]);
    },
  );
});

describe("the stateless stack's size", () => {
  // CloudFormation refuses a stack of more than 500 resources; the route table grows with each
  // journey, so keep room for ten more routes (4 resources each: function, permission,
  // integration, route). When this fails, split the routes into a nested stack per journey.
  it("leaves room for 10 more routes under CloudFormation's 500-resource limit", () => {
    const count = Object.keys(template.toJSON().Resources as object).length;
    expect(count).toBeLessThanOrEqual(500 - 10 * 4);
  });
});
