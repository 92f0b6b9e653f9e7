import { existsSync } from "node:fs";
import path from "node:path";
import type { WebConfig } from "@front-door/contracts";
import type { IDistribution } from "aws-cdk-lib/aws-cloudfront";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";

export interface SiteContentProps {
  siteBucket: IBucket;
  distribution: IDistribution;
  /** The built web front end (web/dist). */
  webDistDir: string;
  /** Served at /config.json: how the web signs people in here. */
  webConfig: WebConfig;
}

/**
 * Uploads the built web front end and a generated /config.json to the site bucket, removes
 * files the new build no longer has, and clears CloudFront's cache so the new build shows.
 */
export class SiteContent extends Construct {
  readonly deployment: BucketDeployment;
  readonly siteBucket: IBucket;

  constructor(scope: Construct, id: string, props: SiteContentProps) {
    super(scope, id);
    this.siteBucket = props.siteBucket;

    if (!existsSync(path.join(props.webDistDir, "index.html"))) {
      throw new Error(
        `No web build at ${props.webDistDir}: run "npm run build:web" before synthesising`,
      );
    }

    // The upload function's own log group and a role that may write only to it (instead of
    // AWSLambdaBasicExecutionRole); BucketDeployment adds its S3 and CloudFront grants.
    const logGroup = new LogGroup(this, "Logs", { retention: RetentionDays.ONE_MONTH });
    const role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: "Front Door: uploads the web build to the site bucket",
    });
    logGroup.grantWrite(role);

    this.deployment = new BucketDeployment(this, "Deployment", {
      destinationBucket: props.siteBucket,
      sources: [
        // dev/ holds local-only pages (the dev inbox), whose API exists only in the local runner.
        Source.asset(props.webDistDir, { exclude: ["dev", "dev/**"] }),
        // Last, so it wins over any config.json a local build may have left in web/dist.
        Source.jsonData("config.json", props.webConfig),
      ],
      prune: true,
      distribution: props.distribution,
      distributionPaths: ["/*"],
      role,
      logGroup,
      memoryLimit: 512,
    });
  }
}
