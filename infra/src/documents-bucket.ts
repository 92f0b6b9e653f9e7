import { Duration, RemovalPolicy } from "aws-cdk-lib";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  type IBucket,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

/** Uploads land here (the store's pendingKey); the lifecycle rule below empties it daily. */
export const pendingDocumentsPrefix = "pending/";

export interface DocumentsBucketProps {
  bucketName: string;
  /** Where S3 server access logs go (the stateful stack's log bucket). */
  accessLogs: IBucket;
  /**
   * Origins the browser uploads and downloads from (the site's URL, e.g. its CloudFront
   * domain): CORS admits these only. Empty: no browser may use presigned URLs yet.
   */
  webOrigins: readonly string[];
}

/**
 * Supporting documents (patients' uploads) for the PHB and advice journeys. Only the functions
 * reach it, and browsers through their presigned URLs: private, KMS-encrypted, TLS-only,
 * versioned, logged. Uploads start under `pending/`, which expires a day after upload, so a
 * file never attached to an application goes by itself; a journey attaching a document copies
 * it to `documents/`, which never expires (see keepDocumentFiles in the store).
 */
export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, "Bucket", {
      bucketName: props.bucketName,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // The AWS-managed aws/s3 key: patient data under KMS with no key to administer; S3
      // Bucket Keys keep the KMS request charges down.
      encryption: BucketEncryption.KMS_MANAGED,
      bucketKeyEnabled: true,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: "s3/documents/",
      removalPolicy: RemovalPolicy.RETAIN,
      cors: props.webOrigins.length
        ? [
            {
              allowedOrigins: [...props.webOrigins],
              allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
              // The upload URL signs content-type; the browser sets content-length itself.
              allowedHeaders: ["content-type"],
              maxAge: 600,
            },
          ]
        : [],
      lifecycleRules: [
        {
          id: "abort-incomplete-uploads",
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        {
          id: "expire-unattached-uploads",
          prefix: pendingDocumentsPrefix,
          expiration: Duration.days(1),
        },
        {
          // Rejected and expired uploads leave versions behind: gone a day later, and their
          // delete markers with them. Attached documents keep 30 days of old versions.
          id: "expire-old-versions",
          noncurrentVersionExpiration: Duration.days(30),
          expiredObjectDeleteMarker: true,
        },
        {
          id: "expire-old-pending-versions",
          prefix: pendingDocumentsPrefix,
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
    });
  }
}
