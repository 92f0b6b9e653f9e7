import { claimNames, roles } from "@front-door/contracts";
import { tableDefinition } from "@front-door/store/table-definition";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { StatefulStack } from "../src/stateful-stack.ts";
import { testEnv } from "./front-door-app.ts";
import { type CfnResource, type CfnValue, resourcesOfType } from "./template-queries.ts";

let template: Template;

beforeAll(() => {
  // The stateful stack alone: nothing to bundle, and nothing here depends on the other stack.
  const stack = new StatefulStack(new App(), "front-door-test-stateful", {
    stage: "test",
    env: testEnv,
  });
  template = Template.fromStack(stack);
});

function only(type: string): CfnResource {
  const found = resourcesOfType(template, type);
  expect(found, type).toHaveLength(1);
  return (found[0] as [string, CfnResource])[1];
}

const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: "HASH" },
  { AttributeName: sortKey, KeyType: "RANGE" },
];

describe("the table", () => {
  it("is the single table of tableDefinition: keys, indexes, TTL and stream", () => {
    const table = only("AWS::DynamoDB::Table").Properties;
    expect(table.KeySchema).toEqual(
      keySchema(tableDefinition.partitionKey, tableDefinition.sortKey),
    );
    expect(table.GlobalSecondaryIndexes).toEqual(
      tableDefinition.globalSecondaryIndexes.map((gsi) => ({
        IndexName: gsi.indexName,
        KeySchema: keySchema(gsi.partitionKey, gsi.sortKey),
        Projection:
          gsi.projection === "INCLUDE"
            ? { ProjectionType: gsi.projection, NonKeyAttributes: [...gsi.nonKeyAttributes] }
            : { ProjectionType: gsi.projection },
      })),
    );
    // The slot lists' index projects only what they show and decide on (docs/data-model.md).
    expect(table.GlobalSecondaryIndexes.map((gsi: { IndexName: string }) => gsi.IndexName)).toEqual(
      ["gsi1", "gsi2"],
    );
    expect(table.GlobalSecondaryIndexes[1].Projection.ProjectionType).toBe("INCLUDE");
    expect(table.TimeToLiveSpecification).toEqual({
      AttributeName: tableDefinition.timeToLiveAttribute,
      Enabled: true,
    });
    expect(table.StreamSpecification).toEqual({ StreamViewType: tableDefinition.stream });
    const keyNames = new Set([
      tableDefinition.partitionKey,
      tableDefinition.sortKey,
      ...tableDefinition.globalSecondaryIndexes.flatMap((gsi) => [gsi.partitionKey, gsi.sortKey]),
    ]);
    expect(table.AttributeDefinitions).toEqual(
      [...keyNames].map((name) => ({ AttributeName: name, AttributeType: "S" })),
    );
  });

  it("is on demand, encrypted, recoverable to any point, and hard to delete", () => {
    const table = only("AWS::DynamoDB::Table");
    expect(table.Properties.BillingMode).toBe("PAY_PER_REQUEST");
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true });
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe("Retain");
  });
});

describe("the user pool", () => {
  it("has exactly one group per role, named as the role", () => {
    const groups = resourcesOfType(template, "AWS::Cognito::UserPoolGroup").map(
      ([, group]) => group.Properties.GroupName,
    );
    expect(groups.sort()).toEqual([...roles].sort());
  });

  it("has a custom attribute for every custom: claim the functions read", () => {
    const schema = only("AWS::Cognito::UserPool").Properties.Schema as CfnValue[];
    const customClaims = Object.values(claimNames).filter((claim) => claim.startsWith("custom:"));
    expect(customClaims.length).toBeGreaterThan(0);
    for (const claim of customClaims) {
      expect(schema).toContainEqual(
        expect.objectContaining({
          Name: claim.slice("custom:".length),
          AttributeDataType: "String",
        }),
      );
    }
  });

  it("lets only administrators create users, with strong passwords and MFA", () => {
    const pool = only("AWS::Cognito::UserPool");
    expect(pool.Properties.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
    expect(pool.Properties.MfaConfiguration).toBe("ON");
    expect(pool.Properties.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(pool.Properties.DeletionProtection).toBe("ACTIVE");
    expect(pool.DeletionPolicy).toBe("Retain");
  });

  it("has a Cognito domain for managed login", () => {
    expect(only("AWS::Cognito::UserPoolDomain").Properties.ManagedLoginVersion).toBe(2);
  });
});

describe("the buckets", () => {
  it("are private, encrypted and versioned", () => {
    const buckets = resourcesOfType(template, "AWS::S3::Bucket");
    expect(buckets).toHaveLength(3);
    for (const [, bucket] of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toBeDefined();
      expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: "Enabled" });
      expect(bucket.DeletionPolicy).toBe("Retain");
    }
  });

  it("refuse requests without TLS", () => {
    const policies = resourcesOfType(template, "AWS::S3::BucketPolicy");
    expect(policies).toHaveLength(3);
    for (const [, policy] of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({
          Effect: "Deny",
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        }),
      );
    }
  });

  it("let CloudFront read the site bucket only for this account's distributions", () => {
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Allow",
            Principal: { Service: "cloudfront.amazonaws.com" },
            Action: "s3:GetObject",
            Condition: {
              StringEquals: { "AWS:SourceAccount": Match.anyValue() },
              ArnLike: { "AWS:SourceArn": Match.anyValue() },
            },
          }),
        ]),
      },
    });
  });

  it("send the site bucket's access logs to the log bucket", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      LoggingConfiguration: { DestinationBucketName: Match.anyValue() },
    });
  });
});

describe("outputs", () => {
  it("give the table name and user pool id", () => {
    const outputs = Object.keys(template.toJSON().Outputs ?? {});
    expect(outputs).toEqual(expect.arrayContaining(["TableName", "UserPoolId"]));
  });
});
