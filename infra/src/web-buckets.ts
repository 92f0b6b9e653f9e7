import { Aws, Duration, RemovalPolicy } from "aws-cdk-lib";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

/** Private, encrypted, TLS-only, versioned: what every bucket here shares. */
const privateBucket: BucketProps = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  versioned: true,
  removalPolicy: RemovalPolicy.RETAIN,
};

/**
 * The web site's bucket (read only by CloudFront) and the bucket that receives S3 and
 * CloudFront access logs.
 */
export interface WebBucketsProps {
  /** Fixed, so the stateless stack can import the bucket without a cross-stack reference. */
  siteBucketName: string;
}

export class WebBuckets extends Construct {
  readonly site: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: WebBucketsProps) {
    super(scope, id);

    this.accessLogs = new Bucket(this, "AccessLogs", {
      ...privateBucket,
      // CloudFront standard logging still delivers with an ACL, so ACLs must stay enabled.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [
        { expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) },
      ],
    });

    this.site = new Bucket(this, "Site", {
      ...privateBucket,
      bucketName: props.siteBucketName,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: "s3/site/",
      // Every deployment replaces the files; old versions are only for a quick rollback.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
    });

    // Origin Access Control wants a bucket policy naming the distribution, but the
    // distribution lives in the stateless stack, which already depends on this one: naming
    // it here would make the two stacks depend on each other. So the policy lets CloudFront
    // read on behalf of any distribution in this account (AWS:SourceAccount, and SourceArn
    // limited to this account's distributions), and the stateless stack imports the bucket
    // by its fixed name, so CDK neither adds its own statement nor creates an export. The
    // bucket holds only the public web site, which every visitor downloads anyway.
    this.site.addToResourcePolicy(
      new PolicyStatement({
        sid: "AllowCloudFrontOriginAccessControl",
        principals: [new ServicePrincipal("cloudfront.amazonaws.com")],
        actions: ["s3:GetObject"],
        resources: [this.site.arnForObjects("*")],
        conditions: {
          StringEquals: { "AWS:SourceAccount": Aws.ACCOUNT_ID },
          ArnLike: {
            "AWS:SourceArn": `arn:${Aws.PARTITION}:cloudfront::${Aws.ACCOUNT_ID}:distribution/*`,
          },
        },
      }),
    );
  }
}
