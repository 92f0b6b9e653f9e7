import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { CachePolicy } from "aws-cdk-lib/aws-cloudfront";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { describe, expect, it } from "vitest";
import { hashedFolders } from "../../web/src/build/content-hash.ts";
import {
  cacheControlFunctionCode,
  hashedAssetCacheControl,
  hashedAssetFolders,
  SiteDistribution,
} from "../src/site-distribution.ts";
import { testEnv } from "./front-door-app.ts";
import type { CfnValue } from "./template-queries.ts";

/** The distribution alone, in a stack of its own: seconds, not the whole app's minutes. */
function distributionTemplate(): Template {
  const stack = new Stack(new App(), "Site", { env: testEnv });
  new SiteDistribution(stack, "Site", {
    siteBucket: new Bucket(stack, "SiteBucket"),
    accessLogBucket: new Bucket(stack, "Logs"),
    apiDomainName: "api.example.com",
  });
  return Template.fromStack(stack);
}

type Handler = (event: CfnValue) => { headers: Record<string, { value: string }> };
const handler = new Function(`${cacheControlFunctionCode}; return handler;`)() as Handler;
const respond = (uri: string, statusCode = 200, headers = {}) =>
  handler({ request: { uri }, response: { statusCode, headers } }).headers["cache-control"]?.value;

describe("the site's CloudFront distribution", () => {
  const template = distributionTemplate();
  const config = Object.values(template.findResources("AWS::CloudFront::Distribution"))[0]
    ?.Properties.DistributionConfig;

  it("compresses the site at the edge, with the caching-optimised policy keyed on Accept-Encoding", () => {
    expect(config.DefaultCacheBehavior.Compress).toBe(true);
    expect(config.DefaultCacheBehavior.CachePolicyId).toBe(
      CachePolicy.CACHING_OPTIMIZED.cachePolicyId,
    );
  });

  it("sets Cache-Control on the site's responses with a viewer-response function", () => {
    const events = (config.DefaultCacheBehavior.FunctionAssociations as CfnValue[]).map(
      (association) => association.EventType,
    );
    expect(events).toEqual(expect.arrayContaining(["viewer-request", "viewer-response"]));
  });
});

describe("the Cache-Control function", () => {
  it("lets browsers keep content-hashed files a year, the folders the web build hashes", () => {
    expect([...hashedAssetFolders]).toEqual([...hashedFolders]);
    expect(respond("/js/home-WWDVWPSA.js")).toBe(hashedAssetCacheControl);
    expect(respond("/js/chunks/chunk-4QHSR6M7.js")).toBe(hashedAssetCacheControl);
    expect(respond("/css/main-LDCD6O2C.css")).toBe(hashedAssetCacheControl);
  });

  it("makes pages and unhashed files revalidate, and never keeps an error for a year", () => {
    expect(respond("/index.html")).toBe("no-cache");
    expect(respond("/find/index.html")).toBe("no-cache");
    expect(respond("/assets/images/favicon.ico")).toBe("no-cache");
    expect(respond("/config.json")).toBe("no-cache");
    expect(respond("/js/missing.js", 404)).toBe("no-cache");
    expect(respond("/x", 200, { "cache-control": { value: "max-age=60" } })).toBe("max-age=60");
  });
});
