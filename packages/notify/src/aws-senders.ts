import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { PublishCommand, type SNSClient } from "@aws-sdk/client-sns";
import {
  type Delivery,
  DeliveryFailed,
  deliveryFailedFromSdk,
  type MessageSender,
  type SendReceipt,
} from "./sender.ts";

/**
 * Text messages through Amazon SNS, published straight to the phone number as transactional
 * (appointment) messages. The account must be out of the SMS sandbox and, for UK numbers, may
 * use an alphanumeric sender id (≤ 11 characters).
 */
export class SnsSmsSender implements MessageSender {
  readonly channel = "sms" as const;
  readonly provider = "sns";

  constructor(
    private readonly client: Pick<SNSClient, "send">,
    private readonly options: { senderId?: string } = {},
  ) {}

  async send(delivery: Delivery): Promise<SendReceipt> {
    if (!/^\+[1-9]\d{6,14}$/.test(delivery.to)) {
      throw new DeliveryFailed("sns: not an E.164 phone number", false);
    }
    try {
      const result = await this.client.send(
        new PublishCommand({
          PhoneNumber: delivery.to,
          Message: delivery.text,
          MessageAttributes: {
            "AWS.SNS.SMS.SMSType": { DataType: "String", StringValue: "Transactional" },
            ...(this.options.senderId
              ? {
                  "AWS.SNS.SMS.SenderID": {
                    DataType: "String",
                    StringValue: this.options.senderId,
                  },
                }
              : {}),
          },
        }),
      );
      return {
        provider: this.provider,
        ...(result.MessageId ? { providerId: result.MessageId } : {}),
      };
    } catch (error) {
      throw deliveryFailedFromSdk(this.provider, error);
    }
  }
}

/** Email through Amazon SES (v2 API) from a verified identity, as plain text. */
export class SesEmailSender implements MessageSender {
  readonly channel = "email" as const;
  readonly provider = "ses";

  constructor(
    private readonly client: Pick<SESv2Client, "send">,
    private readonly options: { from: string; configurationSet?: string },
  ) {}

  async send(delivery: Delivery): Promise<SendReceipt> {
    try {
      const result = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.from,
          Destination: { ToAddresses: [delivery.to] },
          Content: {
            Simple: {
              Subject: { Data: delivery.subject, Charset: "UTF-8" },
              Body: { Text: { Data: delivery.text, Charset: "UTF-8" } },
            },
          },
          ...(this.options.configurationSet
            ? { ConfigurationSetName: this.options.configurationSet }
            : {}),
          EmailTags: [
            { Name: "front-door-message", Value: delivery.messageId.replace(/[^\w-]/g, "_") },
          ],
        }),
      );
      return {
        provider: this.provider,
        ...(result.MessageId ? { providerId: result.MessageId } : {}),
      };
    } catch (error) {
      throw deliveryFailedFromSdk(this.provider, error);
    }
  }
}
