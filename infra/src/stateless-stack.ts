import type { WebConfig } from "@front-door/contracts";
import {
  CfnOutput,
  CrossStackReferences,
  Lazy,
  ReferenceStrength,
  Stack,
  type StackProps,
} from "aws-cdk-lib";
import type { IUserPool, UserPoolDomain } from "aws-cdk-lib/aws-cognito";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { Bucket, type IBucket } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { FrontDoorApi } from "./front-door-api.ts";
import type { MessagingOptions } from "./messaging.ts";
import { ScheduledJobs } from "./scheduled-jobs.ts";
import { SignInClient, signInRedirectPath } from "./sign-in-client.ts";
import { SiteContent } from "./site-content.ts";
import { SiteDistribution } from "./site-distribution.ts";
import { StreamConsumers } from "./stream-consumers.ts";

export interface StatelessStackProps extends StackProps {
  table: ITable;
  userPool: IUserPool;
  userPoolDomain: UserPoolDomain;
  /** The stateful stack's site bucket, by its fixed name. */
  siteBucketName: string;
  accessLogBucket: IBucket;
  /** The stateful stack's documents bucket, by its fixed name. */
  documentsBucketName: string;
  /** functions/src */
  functionsDir: string;
  /** web/dist */
  webDistDir: string;
  /** Repository root, for bundling. */
  projectRoot: string;
  /** POWERTOOLS_SERVICE_NAME for every function. */
  serviceName: string;
  /** How the outbox's texts and emails are sent. */
  messaging: MessagingOptions;
}

/**
 * Everything that holds no data: functions, HTTP API, CloudFront, the app client and the web
 * upload. Safe to destroy and redeploy; it reads the stateful stack's resources via props.
 */
export class StatelessStack extends Stack {
  readonly api: FrontDoorApi;
  readonly jobs: ScheduledJobs;
  readonly streamConsumers: StreamConsumers;
  readonly site: SiteDistribution;
  readonly signIn: SignInClient;
  readonly content: SiteContent;
  /** Granted to the routes whose `documents` says so. */
  readonly documentsBucket: IBucket;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    // Said explicitly (it is CDK's default): CloudFormation exports, so the stateful stack
    // cannot lose a resource this stack still uses.
    CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);

    // Imported by name, not passed as the Bucket: CDK would otherwise add an OAC statement
    // naming this stack's distribution to the stateful stack's bucket policy, and the two
    // stacks would depend on each other. WebBuckets grants CloudFront access instead.
    const siteBucket = Bucket.fromBucketName(this, "SiteBucket", props.siteBucketName);
    // By name for the same reason: grants go on the functions' roles, never the bucket policy.
    this.documentsBucket = Bucket.fromBucketName(
      this,
      "DocumentsBucket",
      props.documentsBucketName,
    );

    // The authorizer needs the client, the client's callback URL needs the distribution, and
    // the distribution's /api/* origin needs the API. In CloudFormation that is a chain, not a
    // cycle; in construction order the client comes first, with its site URL filled in lazily.
    this.signIn = new SignInClient(this, "SignIn", {
      userPool: props.userPool,
      siteUrl: Lazy.string({ produce: () => this.site.siteUrl }),
    });
    this.api = new FrontDoorApi(this, "Api", {
      table: props.table,
      documentsBucket: this.documentsBucket,
      userPool: props.userPool,
      client: this.signIn.client,
      functionsDir: props.functionsDir,
      projectRoot: props.projectRoot,
      serviceName: props.serviceName,
    });
    this.jobs = new ScheduledJobs(this, "Jobs", {
      table: props.table,
      functionsDir: props.functionsDir,
      projectRoot: props.projectRoot,
      serviceName: props.serviceName,
      messaging: props.messaging,
    });
    this.streamConsumers = new StreamConsumers(this, "StreamConsumers", {
      table: props.table,
      functionsDir: props.functionsDir,
      projectRoot: props.projectRoot,
      serviceName: props.serviceName,
      messaging: props.messaging,
    });
    this.site = new SiteDistribution(this, "Site", {
      siteBucket,
      accessLogBucket: props.accessLogBucket,
      apiDomainName: this.api.domainName,
    });

    const webConfig: WebConfig = {
      auth: {
        mode: "cognito",
        domain: props.userPoolDomain.baseUrl(),
        clientId: this.signIn.client.userPoolClientId,
        redirectPath: signInRedirectPath,
      },
    };
    this.content = new SiteContent(this, "Content", {
      siteBucket,
      distribution: this.site.distribution,
      webDistDir: props.webDistDir,
      webConfig,
    });

    new CfnOutput(this, "SiteUrl", { value: this.site.siteUrl });
    new CfnOutput(this, "ApiUrl", {
      value: `${this.site.siteUrl}/api`,
      description: "The API as the web reaches it (through CloudFront)",
    });
    new CfnOutput(this, "ExecuteApiUrl", {
      value: this.api.url,
      description: "The HTTP API's own endpoint, bypassing CloudFront",
    });
    new CfnOutput(this, "UserPoolClientId", { value: this.signIn.client.userPoolClientId });
  }
}
