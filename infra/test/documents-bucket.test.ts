import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { StatefulStack } from "../src/stateful-stack.ts";
import { testEnv } from "./front-door-app.ts";
import { type CfnResource, referencedId, resourcesOfType } from "./template-queries.ts";

let template: Template;
let documents: CfnResource;
const webOrigin = "https://d111111abcdef8.cloudfront.net";

beforeAll(() => {
  const stack = new StatefulStack(new App(), "front-door-test-stateful", {
    stage: "test",
    env: testEnv,
    webOrigins: [webOrigin],
  });
  template = Template.fromStack(stack);
  const found = resourcesOfType(template, "AWS::S3::Bucket").filter(([, bucket]) =>
    String(bucket.Properties.BucketName).includes("-documents-"),
  );
  expect(found).toHaveLength(1);
  documents = (found[0] as [string, CfnResource])[1];
});

describe("the documents bucket", () => {
  it("is KMS-encrypted, blocks all public access, is versioned and kept on delete", () => {
    expect(documents.Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [
        { BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" } },
      ],
    });
    expect(documents.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(documents.Properties.VersioningConfiguration).toEqual({ Status: "Enabled" });
    expect(documents.DeletionPolicy).toBe("Retain");
    expect(documents.Properties.LoggingConfiguration.LogFilePrefix).toBe("s3/documents/");
  });

  it("refuses requests without TLS, and older TLS than 1.2", () => {
    const [, policy] = resourcesOfType(template, "AWS::S3::BucketPolicy").find(([, p]) =>
      String(JSON.stringify(p.Properties.Bucket)).includes("Documents"),
    ) as [string, CfnResource];
    const statements = policy.Properties.PolicyDocument.Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: "Deny",
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: "Deny",
        Condition: { NumericLessThan: { "s3:TlsVersion": 1.2 } },
      }),
    );
    // Nothing in the policy allows anyone in: only the functions' own roles reach objects.
    expect(statements.filter((s: { Effect: string }) => s.Effect === "Allow")).toEqual([]);
    expect(referencedId(policy.Properties.Bucket)).toMatch(/^Documents/);
  });

  it("expires uploads nobody attached a day after upload, and abandoned multipart uploads", () => {
    const rules = documents.Properties.LifecycleConfiguration.Rules;
    expect(rules).toContainEqual(
      expect.objectContaining({
        Prefix: "pending/",
        ExpirationInDays: 1,
        Status: "Enabled",
      }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
        Status: "Enabled",
      }),
    );
    // Attached documents (under documents/) have no expiry of their current version.
    for (const rule of rules) {
      if (rule.ExpirationInDays !== undefined) expect(rule.Prefix).toBe("pending/");
    }
  });

  it("lets browsers PUT and GET through presigned URLs from the site's origin only", () => {
    expect(documents.Properties.CorsConfiguration.CorsRules).toEqual([
      {
        AllowedOrigins: [webOrigin],
        AllowedMethods: ["PUT", "GET"],
        AllowedHeaders: ["content-type"],
        MaxAge: 600,
      },
    ]);
  });
});
