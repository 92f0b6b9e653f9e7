import { App } from "aws-cdk-lib";
import { buildFrontDoor } from "../src/front-door.ts";
import { messagingFromContext } from "../src/messaging.ts";
import { registerNagPacks } from "../src/nag-packs.ts";

const app = new App();
// cdk-nag's AwsSolutions and HIPAA Security packs check every synth.
registerNagPacks(app);

const stage = String(app.node.tryGetContext("stage") ?? "dev");
// -c webOrigin=https://… (comma-separated for more than one): where browsers upload from.
const webOrigin = app.node.tryGetContext("webOrigin");
// -c alarmEmail=ops@… : who is told when an alarm goes off (SNS asks them to confirm).
const alarmEmail = app.node.tryGetContext("alarmEmail");
buildFrontDoor(app, {
  stage,
  ...(webOrigin
    ? {
        webOrigins: String(webOrigin)
          .split(",")
          .map((o) => o.trim()),
      }
    : {}),
  ...(alarmEmail ? { alarmEmail: String(alarmEmail) } : {}),
  messaging: messagingFromContext((key) => app.node.tryGetContext(key)),
  env: {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: process.env.CDK_DEFAULT_REGION ?? "eu-west-2",
  },
});

app.synth();
