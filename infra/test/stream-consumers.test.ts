import { rmSync } from "node:fs";
import path from "node:path";
import { envNames } from "@front-door/contracts";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AttributeType, StreamViewType, Table } from "aws-cdk-lib/aws-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../src/front-door.ts";
import { messagingFromContext } from "../src/messaging.ts";
import { StreamConsumers } from "../src/stream-consumers.ts";
import { testEnv } from "./front-door-app.ts";
import {
  type CfnResource,
  referencedId,
  resourcesOfType,
  statementsForRole,
} from "./template-queries.ts";

let app: App;
let template: Template;

/** The consumers alone, with both providers on: one small stack, one bundle. */
beforeAll(() => {
  app = new App();
  const stack = new Stack(app, "Consumers", { env: testEnv });
  const table = new Table(stack, "Table", {
    partitionKey: { name: "pk", type: AttributeType.STRING },
    sortKey: { name: "sk", type: AttributeType.STRING },
    stream: StreamViewType.NEW_IMAGE,
  });
  new StreamConsumers(stack, "StreamConsumers", {
    table,
    functionsDir: path.join(repoRoot, "functions", "src"),
    projectRoot: repoRoot,
    serviceName: "front-door",
    messaging: messagingFromContext(
      (key) =>
        ({ smsSender: "sns", smsSenderId: "NHSFrontDr", emailFrom: "appointments@example.org" })[
          key
        ],
    ),
  });
  template = Template.fromStack(stack);
});
afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

describe("message delivery with SNS texts and SES email", () => {
  it("gives the function the senders' settings", () => {
    const [[, fn]] = resourcesOfType(template, "AWS::Lambda::Function") as [[string, CfnResource]];
    expect(fn.Properties.Environment.Variables).toMatchObject({
      [envNames.smsSender]: "sns",
      [envNames.smsSenderId]: "NHSFrontDr",
      [envNames.emailSender]: "ses",
      [envNames.emailFrom]: "appointments@example.org",
    });
  });

  it("may publish texts and send email from the one verified identity only", () => {
    const [[, fn]] = resourcesOfType(template, "AWS::Lambda::Function") as [[string, CfnResource]];
    const statements = statementsForRole(template, referencedId(fn.Properties.Role));
    const sns = statements.filter((s) => s.Action === "sns:Publish");
    expect(sns).toHaveLength(1);
    const ses = statements.filter((s) => s.Action === "ses:SendEmail");
    expect(ses).toHaveLength(1);
    const identities = JSON.stringify(ses[0]?.Resource);
    expect(identities).toContain("identity/appointments@example.org");
    expect(identities).toContain("identity/example.org");
    expect(identities).not.toContain("identity/*");
  });
});

describe("messagingFromContext", () => {
  it("is off unless asked, and refuses what it cannot do", () => {
    expect(messagingFromContext(() => undefined)).toEqual({ sms: "off", email: "off" });
    expect(() => messagingFromContext((k) => (k === "smsSender" ? "pigeon" : undefined))).toThrow(
      /smsSender/,
    );
    expect(() => messagingFromContext((k) => (k === "emailSender" ? "ses" : undefined))).toThrow(
      /emailFrom/,
    );
  });
});
