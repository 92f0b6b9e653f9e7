import path from "node:path";
import { envNames, journeyOf, type RouteDefinition, routeList } from "@front-door/contracts";
import { Fn, Stack } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { routeThrottles, stageThrottle } from "./api-throttling.ts";
import { pascalCase } from "./naming.ts";
import { RouteFunction, tableAccessFor } from "./route-function.ts";
import { SharedRouteRoles } from "./shared-route-roles.ts";

/** Served only by the local runner (dev sign-in); must never reach AWS. */
export const localOnlyPathPrefix = "/api/dev";

export interface FrontDoorApiProps {
  table: ITable;
  documentsBucket: IBucket;
  userPool: IUserPool;
  /** The web app client: the functions accept only ID tokens issued to it. */
  client: IUserPoolClient;
  /** functions/src: each route's entry is <functionsDir>/<route.handler>.ts. */
  functionsDir: string;
  projectRoot: string;
  serviceName: string;
}

export interface DeployedRoute {
  route: RouteDefinition;
  handler: RouteFunction;
  httpRoutes: HttpRoute[];
}

/**
 * The HTTP API, built from the route table: one function and one route per entry, throttling and
 * access logs on the stage. No JWT authorizer: the functions check the bearer token themselves
 * (issuer, audience, token_use, expiry, signature against the pool's keys), so that a refused
 * token gets the service's own 401 (error body, bearer challenge, security headers) rather than
 * API Gateway's bare `{"message":"Unauthorized"}`. docs/architecture.md weighs the cost.
 */
export class FrontDoorApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  /** Each journey's route functions' log group (the catch-all's is "platform"). */
  readonly journeyLogs: ReadonlyMap<string, LogGroup>;
  /** Host name of the execute-api endpoint, for CloudFront's /api/* origin. */
  readonly domainName: string;
  readonly routes: readonly DeployedRoute[];
  /** The execution roles the route functions share (one per journey and access). */
  readonly roles: SharedRouteRoles;
  /** $default: what no route takes, answered 404, or 405 with Allow, as the local runner does. */
  readonly unmatched: { handler: RouteFunction; httpRoute: HttpRoute };

  constructor(scope: Construct, id: string, props: FrontDoorApiProps) {
    super(scope, id);

    this.httpApi = new HttpApi(this, "HttpApi", {
      description: "Front Door API (reached through CloudFront at /api/*)",
      // Our own $default stage below, because HttpApi's cannot take throttling or logs.
      createDefaultStage: false,
    });

    // What was called and how it went, kept a year as a security record; no request bodies or
    // tokens. With no authorizer the gateway knows no caller: the function's "request handled"
    // line carries the caller's Cognito subject and role, keyed by the correlation id (the
    // gateway's request id unless the caller sent one).
    this.accessLogs = new LogGroup(this, "AccessLogs", { retention: RetentionDays.ONE_YEAR });
    this.stage = new HttpStage(this, "DefaultStage", {
      httpApi: this.httpApi,
      stageName: "$default",
      autoDeploy: true,
      // Sized from the 8am peak (api-throttling.ts); API Gateway answers 429 above it.
      throttle: stageThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
    this.domainName = Fn.select(2, Fn.split("/", this.httpApi.apiEndpoint));

    // What the functions of signed-in routes check tokens against (@front-door/lambda's glue).
    // Cognito's issuer (the `iss` of its tokens); its keys are published under it.
    const issuer = `https://cognito-idp.${Stack.of(props.userPool).region}.amazonaws.com/${props.userPool.userPoolId}`;
    const tokenIssuer = {
      [envNames.authIssuer]: issuer,
      [envNames.authJwksUrl]: `${issuer}/.well-known/jwks.json`,
      [envNames.authClientIds]: props.client.userPoolClientId,
    };

    // One operational log group per journey (same-day, phb, advice, …), kept three months.
    const journeyLogs = new Map<string, LogGroup>();
    this.journeyLogs = journeyLogs;
    const logsOf = (journey: string): LogGroup => {
      let logGroup = journeyLogs.get(journey);
      if (!logGroup) {
        logGroup = new LogGroup(this, `${pascalCase(journey)}Logs`, {
          retention: RetentionDays.THREE_MONTHS,
        });
        journeyLogs.set(journey, logGroup);
      }
      return logGroup;
    };

    const roles = new SharedRouteRoles(this, "RouteRoles", {
      table: props.table,
      documentsBucket: props.documentsBucket,
    });

    this.roles = roles;
    this.routes = routeList.map((route) => {
      if (route.path.startsWith(localOnlyPathPrefix)) {
        throw new Error(`Route ${route.id} (${route.path}) is local-only and must not be deployed`);
      }
      const handler = new RouteFunction(this, pascalCase(route.id), {
        route,
        entry: path.join(props.functionsDir, `${route.handler}.ts`),
        projectRoot: props.projectRoot,
        table: props.table,
        ...(route.documents ? { documentsBucket: props.documentsBucket } : {}),
        serviceName: props.serviceName,
        ...(route.access === "public" ? {} : { environment: tokenIssuer }),
        logGroup: logsOf(journeyOf(route)),
        sharedRole: roles.roleFor({
          journey: journeyOf(route),
          table: tableAccessFor(route),
          ...(route.documents ? { documents: route.documents } : {}),
          logGroup: logsOf(journeyOf(route)),
        }),
      });
      const httpRoutes = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(
          `${pascalCase(route.id)}Integration`,
          handler.function,
        ),
      });
      return { route, handler, httpRoutes };
    });
    this.unmatched = this.answerUnmatched(props, roles, logsOf("platform"));
    this.throttleRoutes();
  }

  private answerUnmatched(
    props: FrontDoorApiProps,
    roles: SharedRouteRoles,
    logGroup: LogGroup,
  ): { handler: RouteFunction; httpRoute: HttpRoute } {
    const handler = new RouteFunction(this, "UnmatchedRequest", {
      route: {
        id: "unmatched-request",
        summary:
          "Whatever no route takes: 405 with Allow for a wrong method on a real path, else 404",
        table: "none",
      },
      entry: path.join(props.functionsDir, "unmatched-request.ts"),
      projectRoot: props.projectRoot,
      table: props.table,
      serviceName: props.serviceName,
      logGroup,
      sharedRole: roles.roleFor({ journey: "platform", table: "none", logGroup }),
    });
    const httpRoute = new HttpRoute(this, "UnmatchedRoute", {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.DEFAULT,
      integration: new HttpLambdaIntegration("UnmatchedIntegration", handler.function),
    });
    return { handler, httpRoute };
  }

  /** Per-route limits where the rush contends (routeThrottles), on the stage's route settings. */
  private throttleRoutes(): void {
    const stage = this.stage.node.defaultChild as CfnStage;
    // RouteSettings is untyped JSON to CDK: written as CloudFormation spells it, keys included.
    const settings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> =
      {};
    for (const { route, httpRoutes } of this.routes) {
      const throttle = routeThrottles.get(route.id);
      if (!throttle) continue;
      settings[`${route.method} ${route.path}`] = {
        ThrottlingRateLimit: throttle.rateLimit,
        ThrottlingBurstLimit: throttle.burstLimit,
      };
      // A route's settings can only name a route that already exists.
      for (const httpRoute of httpRoutes) stage.node.addDependency(httpRoute);
    }
    stage.routeSettings = settings;
  }

  get url(): string {
    return this.stage.url;
  }
}

/** HTTP API access log fields ($context variables for HTTP APIs, not REST APIs). */
const accessLogFields = {
  requestId: "$context.requestId",
  requestTime: "$context.requestTime",
  ip: "$context.identity.sourceIp",
  userAgent: "$context.identity.userAgent",
  routeKey: "$context.routeKey",
  status: "$context.status",
  protocol: "$context.protocol",
  responseLength: "$context.responseLength",
  latencyMs: "$context.responseLatency",
  integrationLatencyMs: "$context.integrationLatency",
  integrationError: "$context.integrationErrorMessage",
};
