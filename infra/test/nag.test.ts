import { App, Stack } from "aws-cdk-lib";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { describe, expect, it } from "vitest";
import { registerNagPacks } from "../src/nag-packs.ts";
import { buildTestApp } from "./front-door-app.ts";

describe("cdk-nag (AwsSolutions and HIPAA Security)", () => {
  it("finds nothing unacknowledged in the app", () => {
    const { app, cleanUp } = buildTestApp({ nag: true });
    try {
      // Any unacknowledged finding makes synthesis throw, naming the rule and the resource.
      expect(() => app.synth()).not.toThrow();
    } finally {
      cleanUp();
    }
  });

  it("really runs both packs: an unprotected bucket stops synthesis", () => {
    const app = new App();
    registerNagPacks(app);
    new Bucket(new Stack(app, "Careless"), "Naked");
    expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
    expect(() => app.synth()).toThrow(/HIPAA\.Security-S3BucketSSLRequestsOnly/);
  });
});
