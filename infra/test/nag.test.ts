import { App, Stack } from "aws-cdk-lib";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { describe, expect, it } from "vitest";
import { registerNagPacks } from "../src/nag-packs.ts";
import { buildTestApp } from "./front-door-app.ts";

describe("cdk-nag (AwsSolutions and HIPAA Security)", () => {
  // With texts by SNS and email by SES on: the default ("off") has the same resources minus two
  // policy statements, so this one synthesis checks both (each takes a minute on this machine).
  it("finds nothing unacknowledged in the app, senders switched on", () => {
    const { app, cleanUp } = buildTestApp({
      nag: true,
      messaging: {
        sms: "sns",
        smsSenderId: "NHSFrontDr",
        email: "ses",
        emailFrom: "a@example.org",
      },
    });
    try {
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
