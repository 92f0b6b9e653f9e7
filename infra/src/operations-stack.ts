import { undeliverableLog } from "@front-door/contracts";
import { Duration, Stack, type StackProps } from "aws-cdk-lib";
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { type ITable, Operation } from "aws-cdk-lib/aws-dynamodb";
import { FilterPattern, MetricFilter } from "aws-cdk-lib/aws-logs";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { Construct } from "constructs";
import type { StatelessStack } from "./stateless-stack.ts";

/** The CloudWatch namespace of the service's own metrics (from its logs). */
export const metricsNamespace = "FrontDoor";

export interface OperationsStackProps extends StackProps {
  table: ITable;
  stateless: StatelessStack;
  /** An address told of every alarm (an SNS email subscription, confirmed by its owner). */
  alarmEmail?: string;
}

/**
 * What the people running the service are told, in a stack of its own (the stateless stack is
 * near CloudFormation's resource limit): one SNS topic and an alarm for each way the service
 * can fail quietly — messages that could not be delivered, a scheduled job that left work for
 * its next run, a stream batch given up on, the API answering 5xx, DynamoDB throttling or
 * failing. Alarms cost $0.10 a month each and nothing else while idle.
 */
export class OperationsStack extends Stack {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsStackProps) {
    super(scope, id, props);
    const { stateless, table } = props;
    this.topic = new Topic(this, "Alarms", {
      displayName: "Front Door alarms",
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const deliverDue = stateless.jobs.jobs.find((j) => j.job.id === "deliver-due-messages");
    if (!deliverDue) throw new Error("The job table has no deliver-due-messages job");
    const undeliverable = new MetricFilter(this, "UndeliverableFilter", {
      logGroup: deliverDue.handler.logGroup,
      // The one line deliver-due-messages writes (counts only) when messages failed for good.
      filterPattern: FilterPattern.all(
        FilterPattern.stringValue("$.level", "=", "ERROR"),
        FilterPattern.stringValue("$.message", "=", undeliverableLog.message),
      ),
      metricNamespace: metricsNamespace,
      metricName: "UndeliverableMessages",
      metricValue: `$.${undeliverableLog.countField}`,
      defaultValue: 0,
    });
    this.alarm("UndeliverableMessages", {
      metric: undeliverable.metric({ statistic: "Sum", period: Duration.minutes(5) }),
      threshold: 1,
      description:
        "Messages to patients failed for good after every attempt (8 over about 2 hours): they are in the outbox's failed list. Check the provider and the addresses; nobody was told.",
    });

    // Route functions log at error level only for what they could not answer or finish: a
    // fault (a 500), or work left undone after a change committed (a waiting-list offer that
    // failed once the slot was freed: the slot stays bookable, and the pass-on job makes the
    // offer owed within minutes).
    const routeErrors = [...stateless.api.journeyLogs].map(
      ([journey, logGroup]) =>
        new MetricFilter(this, `RouteErrors${pascal(journey)}`, {
          logGroup,
          filterPattern: FilterPattern.stringValue("$.level", "=", "ERROR"),
          metricNamespace: metricsNamespace,
          metricName: "RouteErrors",
          metricValue: "1",
          defaultValue: 0,
        }),
    );
    const [firstRouteErrors] = routeErrors;
    if (firstRouteErrors) {
      this.alarm("RouteErrors", {
        metric: firstRouteErrors.metric({ statistic: "Sum", period: Duration.minutes(5) }),
        threshold: 1,
        description:
          "A route function logged an error: a fault answered 500, or work after a committed change failed (e.g. a freed same-day time not yet offered to the waiting list: the pass-on job offers it on its next run). The log line has the route and error name, never patient data.",
      });
    }

    for (const { job, handler } of stateless.jobs.jobs) {
      this.alarm(`Job${pascal(job.id)}`, {
        metric: handler.function.metricErrors({ period: Duration.minutes(15), statistic: "Sum" }),
        threshold: 1,
        description: `The ${job.id} job failed or left work for its next run (see its log: counts only).`,
      });
    }

    for (const { consumer, deadLetters } of stateless.streamConsumers.consumers) {
      this.alarm(`DeadLetters${pascal(consumer.id)}`, {
        metric: deadLetters.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: "Maximum",
        }),
        threshold: 1,
        description: `${consumer.id} gave up on a batch of table changes: pointers to them are in its dead-letter queue.`,
      });
    }

    this.alarm("Api5xx", {
      metric: stateless.api.httpApi.metricServerError({
        period: Duration.minutes(5),
        statistic: "Sum",
      }),
      threshold: 10,
      description:
        "The API answered 10 or more 5xx in 5 minutes: 503s (the store stayed busy or unreachable through its retries) or faults.",
    });

    const operations = [
      Operation.GET_ITEM,
      Operation.QUERY,
      Operation.PUT_ITEM,
      Operation.UPDATE_ITEM,
      Operation.TRANSACT_WRITE_ITEMS,
    ];
    this.alarm("TableThrottled", {
      metric: table.metricThrottledRequestsForOperations({
        operations,
        period: Duration.minutes(5),
      }),
      threshold: 50,
      description:
        "DynamoDB throttled 50 or more requests in 5 minutes: retries absorb some, the rest became 503s. A hot key or an on-demand table's sudden doubling.",
    });
    this.alarm("TableSystemErrors", {
      metric: table.metricSystemErrorsForOperations({
        operations,
        period: Duration.minutes(5),
      }),
      threshold: 10,
      description: "DynamoDB answered 10 or more 500s in 5 minutes.",
    });
  }

  private alarm(id: string, options: { metric: IMetric; threshold: number; description: string }) {
    const alarm = new Alarm(this, id, {
      metric: options.metric,
      threshold: options.threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }
}

const pascal = (id: string) => id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
