import { Duration } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

/** CloudFront path pattern that goes to the HTTP API; route paths all start with /api/. */
export const apiPathPattern = "/api/*";

/**
 * Folders whose files the web build names by content (web/src/build/content-hash.ts): a browser
 * may keep them for a year. Everything else it must revalidate, so a deploy shows at once.
 */
export const hashedAssetFolders = ["js", "css"] as const;
export const hashedAssetCacheControl = "public, max-age=31536000, immutable";

/**
 * CloudFront Function (viewer response) that sets Cache-Control by path, as the local runner
 * does: S3 objects carry none, and one upload of the whole build cannot set two values.
 */
export const cacheControlFunctionCode = `function handler(event) {
  var response = event.response;
  var headers = response.headers;
  if (response.statusCode < 400 && /^\\/(${hashedAssetFolders.join("|")})\\//.test(event.request.uri)) {
    headers["cache-control"] = { value: "${hashedAssetCacheControl}" };
  } else if (!headers["cache-control"]) {
    headers["cache-control"] = { value: "no-cache" };
  }
  return response;
}`;

export interface SiteDistributionProps {
  /** The web bucket, imported by name (see WebBuckets for why not the Bucket itself). */
  siteBucket: IBucket;
  accessLogBucket: IBucket;
  /** Host name of the HTTP API's execute-api endpoint. */
  apiDomainName: string;
}

/**
 * One origin for the browser: the static site from the private bucket through Origin Access
 * Control, and /api/* passed to the HTTP API uncached, so the web and the API share an origin
 * (no CORS) and the API's Authorization header reaches the JWT authorizer.
 */
export class SiteDistribution extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteDistributionProps) {
    super(scope, id);

    const securityHeaders = new ResponseHeadersPolicy(this, "SecurityHeaders", {
      comment: "Front Door security headers",
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        // The pages carry their full policy in a meta tag (web/src/layout/layout.ts); a header
        // adds what a meta tag cannot say. An origin's own policy (the API's) is left alone.
        contentSecurityPolicy: {
          contentSecurityPolicy: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
          override: false,
        },
      },
    });

    this.distribution = new Distribution(this, "Distribution", {
      comment: "Front Door web site and API",
      defaultRootObject: "index.html",
      // Edge locations in Europe and North America: the users are in England.
      priceClass: PriceClass.PRICE_CLASS_100,
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: props.accessLogBucket,
      logFilePrefix: "cloudfront/",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(props.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        // Compressed (gzip or brotli, as the browser accepts) at the edge: the caching-optimised
        // policy keys on Accept-Encoding, and compress is on (CDK's default, said here).
        compress: true,
        functionAssociations: [
          { eventType: FunctionEventType.VIEWER_REQUEST, function: this.directoryIndex() },
          { eventType: FunctionEventType.VIEWER_RESPONSE, function: this.cacheControl() },
        ],
      },
      additionalBehaviors: {
        [apiPathPattern]: {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Answers depend on who asks: never cache them at the edge.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Every header (Authorization, Idempotency-Key), cookie and query string except
          // Host, which must be the execute-api host name for API Gateway to route it.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });
  }

  /**
   * The web is built as folders (/find/ → find/index.html), and S3 behind Origin Access
   * Control has no index documents: map folder URLs to their index.html at the edge.
   */
  private directoryIndex(): EdgeFunction {
    return new EdgeFunction(this, "DirectoryIndex", {
      comment: "Serve folder/index.html for folder URLs",
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(`function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith("/")) {
    request.uri = uri + "index.html";
  } else if (uri.split("/").pop().indexOf(".") === -1) {
    request.uri = uri + "/index.html";
  }
  return request;
}`),
    });
  }

  private cacheControl(): EdgeFunction {
    return new EdgeFunction(this, "CacheControl", {
      comment: "A year for content-hashed js/ and css/, revalidate the rest",
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(cacheControlFunctionCode),
    });
  }

  get siteUrl(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
