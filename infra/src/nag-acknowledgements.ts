import { type CfnResource, DefaultStackSynthesizer, Stack, Validations } from "aws-cdk-lib";
import { CfnFunction } from "aws-cdk-lib/aws-lambda";
// cdk-nag's own spelling of a CloudFormation expression in a finding id, so that the ids
// below match the findings exactly (a mismatch fails the nag test, it cannot pass silently).
import { flattenCfnReference } from "cdk-nag/lib/utils/flatten-cfn-reference.js";
import type { IConstruct } from "constructs";
import type { FrontDoor } from "./front-door.ts";

/**
 * Every cdk-nag acknowledgement in the app, each with its reason, in one place. Anything not
 * acknowledged here stops synthesis (see nag-packs.ts). Acknowledgements sit on the narrowest
 * construct that covers them, so a new resource elsewhere is still checked.
 */
export function acknowledgeNagFindings({ stateful, stateless, operations }: FrontDoor): void {
  // --- Stateful stack -------------------------------------------------------------------

  acknowledge(stateful.users.userPool, {
    "AwsSolutions-COG8":
      "Threat protection needs Cognito's Plus plan, billed for every monthly active user with no free tier. Essentials with TOTP MFA required for everyone is the baseline; switch to Plus (featurePlan PLUS, standardThreatProtectionMode ENFORCED) before real patients use the service.",
  });

  acknowledge(stateful.table, {
    "HIPAA.Security-DynamoDBInBackupPlan":
      "Point-in-time recovery (35 days, continuous), deletion protection and a RETAIN removal policy cover recovery for now; an AWS Backup plan adds a vault, a role and per-GB charges, and belongs with the go-live retention policy.",
  });

  acknowledge(stateful.webBuckets, {
    "HIPAA.Security-S3BucketReplicationEnabled":
      "The site bucket holds only the public web build, which is rebuilt from source on every deployment; the log bucket holds access logs. Neither holds patient data, so a replica in a second region would double storage cost and protect nothing.",
    "HIPAA.Security-S3DefaultEncryptionKMS":
      "Both buckets are encrypted with S3-managed keys. CloudFront Origin Access Control cannot decrypt objects under the AWS-managed aws/s3 key, S3 access-log delivery does not support SSE-KMS targets, and a customer-managed key costs a monthly fee; neither bucket holds patient data.",
  });

  acknowledge(stateful.documents, {
    "HIPAA.Security-S3BucketReplicationEnabled":
      "Documents are versioned (old versions kept 30 days), KMS-encrypted, retained on stack deletion and logged; cross-region replication doubles storage and adds a second region's key and bucket to govern. Decide it with the go-live backup and retention policy, alongside the table's backup plan.",
  });

  // --- Stateless stack: every function ----------------------------------------------------

  acknowledge(stateless, {
    "HIPAA.Security-LambdaConcurrency":
      "No reserved concurrency: new accounts have a regional limit as low as 10, so reserving per function can make the deployment fail or starve other functions. The API stage's throttling (1,000 requests/s, burst 2,000; lower on the same-day writes) caps load instead, and at that peak the functions need about 100 concurrent executions of the account's 1,000 (docs/architecture.md).",
    "HIPAA.Security-LambdaDLQ":
      "Route functions are invoked synchronously (by API Gateway, or by CloudFormation for the web upload): the caller receives the error, so a dead-letter queue, which only applies to asynchronous invocations, would never receive anything. Scheduled jobs are invoked asynchronously by EventBridge Scheduler with retries (and, for the jobs that fan out per ICB, by themselves, with bounded retry shares of their own), are idempotent, and count what failed at error level; closing queues catches up the previous days, and the delivery sweep finds every unsettled message in its index, so a lost run is repaired by the next one rather than by replaying a dead letter. Stream consumers are invoked by an event source mapping, which has its own on-failure dead-letter queue (a function DLQ would never receive anything).",
    "HIPAA.Security-LambdaInsideVPC":
      "The functions reach only DynamoDB, CloudWatch, X-Ray and S3 over AWS's TLS endpoints with IAM authentication. A VPC would need NAT gateways or interface endpoints (a fixed hourly charge per AZ) to reach them, for no reduction in exposure.",
    "HIPAA.Security-IAMNoInlinePolicy":
      "Each role's permissions are one inline policy written by CDK's grants for that role alone: it is created and deleted with the role, cannot be attached to anything else, and is reviewed here in code.",
    "HIPAA.Security-CloudWatchLogGroupEncrypted":
      "CloudWatch Logs encrypts every log group at rest with service-managed keys. A customer-managed KMS key adds a monthly fee per key and a key policy for the logs service, and only adds crypto-shredding or key-level access control; revisit with the go-live security review.",
  });

  // --- Stateless stack: the API -----------------------------------------------------------

  for (const { role, needs } of stateless.api.roles.all) {
    acknowledge(role, {
      "AwsSolutions-IAM5[Resource::*]":
        "X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions, so AWS requires Resource '*'. Table grants name the table and each index.",
    });
    if (needs.documents) {
      const documentObjects = nagResource(role, stateless.documentsBucket.arnForObjects("*"));
      acknowledge(role, {
        [`AwsSolutions-IAM5[${documentObjects}]`]: `Documents are objects named by id under the documents bucket, created as people upload: the ${needs.journey} routes with this role may ${needs.documents === "write" ? "read, write and delete" : "read"} them, and nothing outside that bucket; who may reach which document is checked by the function against its record.`,
      });
    }
  }

  for (const { route, httpRoutes } of stateless.api.routes) {
    for (const httpRoute of httpRoutes) {
      acknowledge(httpRoute, {
        "AwsSolutions-APIG4":
          route.access === "public"
            ? `${route.method} ${route.path} is public in the route table (${route.summary}): it needs no sign-in.`
            : `${route.method} ${route.path} needs sign-in (${route.access.join(", ")}), checked by its function rather than a JWT authorizer: the glue verifies the Cognito ID token (issuer, app client, token_use, expiry, RS256 signature against the user pool's JWKS, cached) before any handler code runs, then checks the role. An HTTP API authorizer cannot shape its 401, so it answered {"message":"Unauthorized"} with no WWW-Authenticate or security headers. Unauthenticated requests now reach Lambda; the stage throttle caps them (docs/architecture.md).`,
      });
    }
  }

  acknowledge(stateless.api.unmatched.httpRoute, {
    "AwsSolutions-APIG4":
      "The catch-all $default route answers only what no route takes (404, or 405 with Allow) from a function with no table or bucket access: signing in first would turn those answers into 401s.",
  });

  // --- Stateless stack: scheduled jobs ------------------------------------------------------

  for (const { job, handler, scheduleRole } of stateless.jobs.jobs) {
    acknowledge(handler, {
      "AwsSolutions-IAM5[Resource::*]": `X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions, so AWS requires Resource '*'.${job.sendsMessages ? " This job sends messages: SNS publishing straight to a phone number (when texts are on) has no topic to name either." : ""} Table grants name the table and each index.`,
    });
    const functionArn = Stack.of(handler).resolve(handler.function.functionArn);
    acknowledge(scheduleRole, {
      [`AwsSolutions-IAM5[Resource::${flattenCfnReference(functionArn)}:*]`]:
        "The schedule's role may invoke this one job function, any version or alias of it (the ':*' suffix CDK's LambdaInvoke target adds), and nothing else.",
    });
  }

  // --- Stateless stack: table stream consumers (the outbox's delivery) ----------------------

  for (const { handler, deadLetters } of stateless.streamConsumers.consumers) {
    acknowledge(handler, {
      "AwsSolutions-IAM5[Resource::*]":
        "X-Ray tracing (xray:PutTraceSegments, PutTelemetryRecords) and dynamodb:ListStreams have no resource-level permissions, and SNS publishing straight to a phone number (when texts are on) has no topic to name: AWS requires Resource '*' for these. Table and stream grants name the table, its index and its stream; SES sending names the one verified identity.",
    });
    acknowledge(deadLetters, {
      "AwsSolutions-SQS3":
        "This queue is itself the dead-letter queue of the stream consumer: it holds pointers to stream batches whose retries were spent, kept 14 days for support to replay.",
    });
  }

  // --- Stateless stack: CloudFront --------------------------------------------------------

  acknowledge(stateless.site.distribution, {
    "AwsSolutions-CFR1":
      "No geo restriction: patients abroad or behind a VPN must still reach their own records, and a country block is no access control.",
    "AwsSolutions-CFR2":
      "No AWS WAF for now: a web ACL costs a monthly fee plus one per rule even when idle. Sign-in is Cognito's, API stage throttling caps request rates; add WAF (rate-based rule, managed rule groups) with go-live.",
    "AwsSolutions-CFR4":
      "No custom domain yet: with the default *.cloudfront.net certificate CloudFront fixes the viewer security policy at TLSv1. Adding the service's domain with an ACM certificate and TLSv1.2_2021 clears this.",
    // A CDK warning, not cdk-nag: CDK cannot add the OAC statement to an imported bucket.
    "@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac":
      "Intended: the stateful stack's bucket policy already lets CloudFront read for this account's distributions (see WebBuckets), which avoids a dependency cycle between the stacks.",
  });

  // --- Stateless stack: the web upload (CDK's BucketDeployment) -------------------------

  const { content } = stateless;
  const assetBucketObjects = nagResource(
    content,
    `arn:${Stack.of(content).partition}:s3:::${assetBucketName(content)}/*`,
  );
  const siteBucketObjects = nagResource(content, content.siteBucket.arnForObjects("*"));
  acknowledge(content, {
    "AwsSolutions-IAM5[Action::s3:GetObject*]": bucketDeploymentActions,
    "AwsSolutions-IAM5[Action::s3:GetBucket*]": bucketDeploymentActions,
    "AwsSolutions-IAM5[Action::s3:List*]": bucketDeploymentActions,
    "AwsSolutions-IAM5[Action::s3:DeleteObject*]": bucketDeploymentActions,
    "AwsSolutions-IAM5[Action::s3:Abort*]": bucketDeploymentActions,
    [`AwsSolutions-IAM5[${assetBucketObjects}]`]:
      "Reads the web build's zip from CDK's bootstrap asset bucket; the object key changes with every build, hence /*.",
    [`AwsSolutions-IAM5[${siteBucketObjects}]`]:
      "Writes and prunes every object in the site bucket, which holds nothing but the web build.",
    "AwsSolutions-IAM5[Resource::*]":
      "CDK grants cloudfront:CreateInvalidation and GetInvalidation on '*' so the upload can clear the cache of the distribution it serves.",
  });
  // The upload function is a stack-level singleton, outside the SiteContent construct.
  for (const fn of bucketDeploymentFunctions(stateless)) {
    acknowledge(fn, {
      "AwsSolutions-L1":
        "CDK's BucketDeployment handler: CDK picks its Python runtime, and it only runs during deployments.",
    });
  }

  // --- Operations stack -----------------------------------------------------------------

  acknowledge(operations.topic, {
    "HIPAA.Security-SNSEncryptedKMS":
      "The alarm topic carries alarm names, thresholds and counts, never patient data. CloudWatch cannot publish to a topic under the AWS-managed SNS key, so encryption would need a customer-managed KMS key ($1 a month, and a key policy for CloudWatch) for no data worth protecting. Publishing requires TLS (enforceSSL).",
  });
}

const bucketDeploymentActions =
  "CDK's BucketDeployment syncs the web build with 'aws s3 sync --delete': it needs the S3 read, list, delete and multipart-abort action families, on the asset bucket and the site bucket only.";

function acknowledge(scope: IConstruct, reasons: Record<string, string>): void {
  for (const [id, reason] of Object.entries(reasons)) {
    Validations.of(scope).acknowledge({ id, reason });
  }
}

/** A finding id's resource part, spelled as cdk-nag spells it: "Resource::arn:<AWS::Partition>:…". */
function nagResource(scope: IConstruct, arn: string): string {
  return `Resource::${flattenCfnReference(Stack.of(scope).resolve(arn))}`;
}

/** CDK's default bootstrap bucket for file assets, for this stack's account and region. */
function assetBucketName(scope: IConstruct): string {
  const stack = Stack.of(scope);
  const qualifier =
    stack.synthesizer.bootstrapQualifier ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  return `cdk-${qualifier}-assets-${stack.account}-${stack.region}`;
}

function bucketDeploymentFunctions(scope: IConstruct): CfnResource[] {
  return scope.node
    .findAll()
    .filter(
      (c): c is CfnFunction =>
        c instanceof CfnFunction && c.node.path.includes("/Custom::CDKBucketDeployment"),
    );
}
