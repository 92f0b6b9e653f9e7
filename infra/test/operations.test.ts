import { jobList, streamConsumerList, undeliverableLog } from "@front-door/contracts";
import { Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./front-door-app.ts";
import { type CfnResource, referencedId, resourcesOfType } from "./template-queries.ts";

let testApp: TestApp;
let template: Template;

beforeAll(() => {
  testApp = buildTestApp();
  template = Template.fromStack(testApp.operations);
});
afterAll(() => testApp?.cleanUp());

const alarms = () => resourcesOfType(template, "AWS::CloudWatch::Alarm").map(([, a]) => a);

describe("the operations stack", () => {
  it("has an alarm for every job, every stream consumer's dead letters, messages, API and table", () => {
    // One per job and per consumer; undeliverable messages, route errors, API 5xx, table
    // throttling and table errors.
    expect(alarms()).toHaveLength(jobList.length + streamConsumerList.length + 5);
  });

  it("tells the one alarm topic when each alarm goes off and when it clears", () => {
    const [[topicId]] = resourcesOfType(template, "AWS::SNS::Topic") as [[string, CfnResource]];
    for (const alarm of alarms()) {
      expect(alarm.Properties.AlarmActions.map(referencedId)).toEqual([topicId]);
      expect(alarm.Properties.OKActions.map(referencedId)).toEqual([topicId]);
      expect(alarm.Properties.TreatMissingData).toBe("notBreaching");
      expect(alarm.Properties.AlarmDescription).toBeTruthy();
    }
  });

  it("counts undelivered messages from deliver-due-messages' own log line, never its other lines", () => {
    const filters = resourcesOfType(template, "AWS::Logs::MetricFilter").map(([, f]) => f);
    const [filter] = filters.filter(
      (f) => f.Properties.MetricTransformations[0].MetricName === "UndeliverableMessages",
    ) as [CfnResource];
    expect(filter.Properties.FilterPattern).toBe(
      `{ ($.level = "ERROR") && ($.message = "${undeliverableLog.message}") }`,
    );
    expect(filter.Properties.MetricTransformations[0].MetricValue).toBe(
      `$.${undeliverableLog.countField}`,
    );
    const undelivered = alarms().find(
      (a) => a.Properties.MetricName === filter.Properties.MetricTransformations[0].MetricName,
    );
    expect(undelivered?.Properties.Threshold).toBe(1);
  });

  it("counts error lines in every journey's route log group", () => {
    const routeErrors = resourcesOfType(template, "AWS::Logs::MetricFilter")
      .map(([, f]) => f)
      .filter((f) => f.Properties.MetricTransformations[0].MetricName === "RouteErrors");
    expect(routeErrors).toHaveLength(testApp.stateless.api.journeyLogs.size);
    for (const f of routeErrors) expect(f.Properties.FilterPattern).toBe('{ $.level = "ERROR" }');
    const alarm = alarms().find((a) => a.Properties.MetricName === "RouteErrors");
    expect(alarm?.Properties.Threshold).toBe(1);
  });

  it("subscribes no one unless an address is given", () => {
    expect(resourcesOfType(template, "AWS::SNS::Subscription")).toHaveLength(0);
  });
});
