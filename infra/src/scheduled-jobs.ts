import path from "node:path";
import { envNames, type JobDefinition, jobList } from "@front-door/contracts";
import { TimeZone } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { Policy, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import { Construct } from "constructs";
import type { MessagingOptions } from "./messaging.ts";
import { pascalCase } from "./naming.ts";
import { RouteFunction } from "./route-function.ts";
import { grantSending, senderEnvironment } from "./stream-consumers.ts";

export interface ScheduledJobsProps {
  table: ITable;
  functionsDir: string;
  projectRoot: string;
  serviceName: string;
  /** For the jobs that send messages themselves (`sendsMessages`). */
  messaging: MessagingOptions;
}

export interface DeployedJob {
  job: JobDefinition;
  handler: RouteFunction;
  schedule: Schedule;
  /** The role the schedule uses to invoke the job's function, and nothing else. */
  scheduleRole: Role;
}

/**
 * One function and one EventBridge Scheduler schedule per entry in the job table, in London
 * time. The functions get the same house defaults and least-privilege grants as routes.
 */
export class ScheduledJobs extends Construct {
  readonly jobs: readonly DeployedJob[];

  constructor(scope: Construct, id: string, props: ScheduledJobsProps) {
    super(scope, id);
    this.jobs = jobList.map((job) => {
      const handler = new RouteFunction(this, pascalCase(job.id), {
        route: job,
        entry: path.join(props.functionsDir, `${job.handler}.ts`),
        projectRoot: props.projectRoot,
        table: props.table,
        serviceName: props.serviceName,
        environment: {
          ...(job.sendsMessages ? senderEnvironment(props.messaging) : {}),
          ...(job.fanOut ? { [envNames.jobFanOut]: "lambda" } : {}),
        },
      });
      if (job.sendsMessages) grantSending(handler, props.messaging);
      if (job.fanOut) {
        // The dispatcher hands each ICB's share to an asynchronous invocation of itself. A
        // policy of its own, not the role's default one: the function waits for that, and
        // naming the function in it would make a cycle.
        new Policy(this, `${pascalCase(job.id)}InvokeSelf`, {
          roles: [handler.role],
          statements: [
            new PolicyStatement({
              actions: ["lambda:InvokeFunction"],
              resources: [handler.function.functionArn],
            }),
          ],
        });
      }
      // Our own role per schedule, rather than CDK's shared one, so its grant is reviewable here.
      const scheduleRole = new Role(this, `${pascalCase(job.id)}ScheduleRole`, {
        assumedBy: new ServicePrincipal("scheduler.amazonaws.com"),
        description: `Front Door ${job.id}: invoke its function on schedule`,
      });
      const schedule = new Schedule(this, `${pascalCase(job.id)}Schedule`, {
        description: job.summary,
        schedule: ScheduleExpression.expression(job.schedule, TimeZone.EUROPE_LONDON),
        // Jobs are idempotent, so a retry after a failure is safe.
        target: new LambdaInvoke(handler.function, { retryAttempts: 2, role: scheduleRole }),
      });
      return { job, handler, schedule, scheduleRole };
    });
  }
}
