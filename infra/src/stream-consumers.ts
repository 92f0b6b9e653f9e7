import path from "node:path";
import { envNames, type StreamConsumerDefinition, streamConsumerList } from "@front-door/contracts";
import { Duration, Stack } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import type { MessagingOptions } from "./messaging.ts";
import { pascalCase } from "./naming.ts";
import { RouteFunction } from "./route-function.ts";

export interface StreamConsumersProps {
  table: ITable;
  functionsDir: string;
  projectRoot: string;
  serviceName: string;
  messaging: MessagingOptions;
}

export interface DeployedStreamConsumer {
  consumer: StreamConsumerDefinition;
  handler: RouteFunction;
  /** Where a batch goes (as a pointer to the stream records) once its retries are spent. */
  deadLetters: Queue;
}

/**
 * One function per entry in the stream table, reading the table's stream through a filter so
 * it is only invoked (and billed) for the changes it handles. Batches report item failures, so
 * one message that cannot be sent yet does not hold back the others; after the retries a
 * pointer to the failed records goes to an encrypted dead-letter queue.
 */
export class StreamConsumers extends Construct {
  readonly consumers: readonly DeployedStreamConsumer[];

  constructor(scope: Construct, id: string, props: StreamConsumersProps) {
    super(scope, id);
    this.consumers = streamConsumerList.map((consumer) => {
      const name = pascalCase(consumer.id);
      const handler = new RouteFunction(this, name, {
        route: consumer,
        entry: path.join(props.functionsDir, `${consumer.handler}.ts`),
        projectRoot: props.projectRoot,
        table: props.table,
        serviceName: props.serviceName,
        environment: senderEnvironment(props.messaging),
      });
      grantSending(handler, props.messaging);
      const deadLetters = new Queue(this, `${name}DeadLetters`, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      handler.function.addEventSource(
        new DynamoEventSource(props.table, {
          // From the oldest record kept: messages written while the function was being
          // deployed are still sent.
          startingPosition: StartingPosition.TRIM_HORIZON,
          batchSize: 10,
          maxBatchingWindow: Duration.seconds(1),
          // For the store being busy or unreachable: a provider's "not now" is not retried
          // here but by the delivery sweep, minutes apart. A record that runs out of retries
          // still leaves its message in the sweep's index: the queue is for investigation.
          retryAttempts: 8,
          bisectBatchOnError: true,
          reportBatchItemFailures: true,
          maxRecordAge: Duration.days(1),
          onFailure: new SqsDlq(deadLetters),
          filters: [
            FilterCriteria.filter({
              eventName: FilterRule.isEqual(consumer.filter.eventName),
              dynamodb: { NewImage: { type: { S: FilterRule.isEqual(consumer.filter.itemType) } } },
            }),
          ],
        }),
      );
      return { consumer, handler, deadLetters };
    });
  }
}

export function senderEnvironment(messaging: MessagingOptions): Record<string, string> {
  return {
    [envNames.smsSender]: messaging.sms,
    [envNames.emailSender]: messaging.email,
    ...(messaging.smsSenderId ? { [envNames.smsSenderId]: messaging.smsSenderId } : {}),
    ...(messaging.emailFrom ? { [envNames.emailFrom]: messaging.emailFrom } : {}),
  };
}

/** Only what the chosen providers need: SNS direct-to-phone publishing, SES from one identity. */
export function grantSending(fn: RouteFunction, messaging: MessagingOptions): void {
  if (messaging.sms === "sns") {
    // Publishing to a phone number has no topic to name: SNS only accepts Resource "*".
    fn.function.addToRolePolicy(
      new PolicyStatement({ actions: ["sns:Publish"], resources: ["*"] }),
    );
  }
  if (messaging.email === "ses" && messaging.emailFrom) {
    const stack = Stack.of(fn);
    const domain = messaging.emailFrom.split("@")[1] ?? messaging.emailFrom;
    // Sending is authorised against the identity verified: the address itself or its domain.
    fn.function.addToRolePolicy(
      new PolicyStatement({
        actions: ["ses:SendEmail"],
        resources: [messaging.emailFrom, domain].map((identity) =>
          stack.formatArn({ service: "ses", resource: "identity", resourceName: identity }),
        ),
      }),
    );
  }
}
