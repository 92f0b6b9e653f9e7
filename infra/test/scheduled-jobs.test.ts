import { rmSync } from "node:fs";
import path from "node:path";
import { envNames, jobList } from "@front-door/contracts";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AttributeType, Table } from "aws-cdk-lib/aws-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../src/front-door.ts";
import { ScheduledJobs } from "../src/scheduled-jobs.ts";
import { testEnv } from "./front-door-app.ts";
import {
  actionsOf,
  type CfnResource,
  referencedId,
  resource,
  resourcesOfType,
  statementsForRole,
} from "./template-queries.ts";

let app: App;
let template: Template;

/** The jobs alone, with both providers on: one small stack, a bundle per job. */
beforeAll(() => {
  app = new App();
  const stack = new Stack(app, "Jobs", { env: testEnv });
  const table = new Table(stack, "Table", {
    partitionKey: { name: "pk", type: AttributeType.STRING },
    sortKey: { name: "sk", type: AttributeType.STRING },
  });
  new ScheduledJobs(stack, "Jobs", {
    table,
    functionsDir: path.join(repoRoot, "functions", "src"),
    projectRoot: repoRoot,
    serviceName: "front-door",
    messaging: { sms: "sns", email: "ses", emailFrom: "appointments@example.org" },
  });
  template = Template.fromStack(stack);
});
afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

function jobFunction(summary: string): [string, CfnResource] {
  const [, schedule] = resourcesOfType(template, "AWS::Scheduler::Schedule").find(
    ([, s]) => s.Properties.Description === summary,
  ) as [string, CfnResource];
  const functionId = referencedId(schedule.Properties.Target.Arn);
  return [functionId, resource(template, functionId)];
}

describe("scheduled jobs' grants", () => {
  it.each(jobList.map((job) => [job.id, job] as const))(
    "%s may invoke itself only when it fans out, and send only when it delivers messages",
    (_id, job) => {
      const [functionId, fn] = jobFunction(job.summary);
      const statements = statementsForRole(template, referencedId(fn.Properties.Role));
      const invokes = statements.filter((s) => actionsOf([s]).includes("lambda:InvokeFunction"));
      const sending = actionsOf(statements).filter((a) => /^(sns|ses):/.test(a));
      const variables = fn.Properties.Environment.Variables;
      if (job.fanOut) {
        expect(variables[envNames.jobFanOut]).toBe("lambda");
        expect(invokes.map((s) => referencedId(s.Resource))).toEqual([functionId]);
        // No cycle: the function must not wait for the policy that names it.
        const [policyId] = resourcesOfType(template, "AWS::IAM::Policy").find(
          ([, p]) =>
            JSON.stringify(p.Properties.PolicyDocument).includes("lambda:InvokeFunction") &&
            JSON.stringify(p.Properties.PolicyDocument).includes(functionId),
        ) as [string, CfnResource];
        expect((fn as CfnResource & { DependsOn?: string[] }).DependsOn ?? []).not.toContain(
          policyId,
        );
      } else {
        expect(variables[envNames.jobFanOut]).toBeUndefined();
        expect(invokes).toEqual([]);
      }
      if (job.sendsMessages) {
        expect(variables).toMatchObject({
          [envNames.smsSender]: "sns",
          [envNames.emailSender]: "ses",
          [envNames.emailFrom]: "appointments@example.org",
        });
        expect(sending.sort()).toEqual(["ses:SendEmail", "sns:Publish"]);
      } else {
        expect(variables[envNames.smsSender]).toBeUndefined();
        expect(sending).toEqual([]);
      }
    },
  );
});
