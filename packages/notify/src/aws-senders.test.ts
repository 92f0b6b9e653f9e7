import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import { PublishCommand } from "@aws-sdk/client-sns";
import { describe, expect, it } from "vitest";
import { SesEmailSender, SnsSmsSender } from "./aws-senders.ts";
import { type Delivery, DeliveryFailed } from "./sender.ts";

/** A client that records the commands it is given and answers or throws as told. */
function clientThat(answer: (command: unknown) => unknown) {
  const sent: unknown[] = [];
  return {
    sent,
    client: {
      send: async (command: unknown) => {
        sent.push(command);
        return answer(command);
      },
    } as never,
  };
}

const sms: Delivery = {
  messageId: "m1",
  channel: "sms",
  to: "+447700900123",
  subject: "Your appointment is booked",
  text: "You have an appointment with Armley.",
};
const email: Delivery = { ...sms, channel: "email", to: "amira@example.com" };

function sdkError(name: string, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error("provider says no"), { name, ...extra });
}

describe("SnsSmsSender", () => {
  it("publishes a transactional text to the number, with the sender id when set", async () => {
    const { client, sent } = clientThat(() => ({ MessageId: "sns-1" }));
    const receipt = await new SnsSmsSender(client, { senderId: "NHSFrontDr" }).send(sms);
    expect(receipt).toEqual({ provider: "sns", providerId: "sns-1" });
    const command = sent[0] as PublishCommand;
    expect(command).toBeInstanceOf(PublishCommand);
    expect(command.input.PhoneNumber).toBe("+447700900123");
    expect(command.input.Message).toBe(sms.text);
    expect(command.input.MessageAttributes?.["AWS.SNS.SMS.SMSType"]?.StringValue).toBe(
      "Transactional",
    );
    expect(command.input.MessageAttributes?.["AWS.SNS.SMS.SenderID"]?.StringValue).toBe(
      "NHSFrontDr",
    );
  });

  it("refuses a number that is not E.164 without calling SNS, as not worth retrying", async () => {
    const { client, sent } = clientThat(() => ({}));
    const failure = await new SnsSmsSender(client)
      .send({ ...sms, to: "07700 900123" })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryFailed);
    expect((failure as DeliveryFailed).retryable).toBe(false);
    expect(sent).toHaveLength(0);
  });

  it("says throttling and outages may pass, and a rejected number will not", async () => {
    const throttled = new SnsSmsSender(
      clientThat(() => {
        throw sdkError("ThrottledException", { $retryable: { throttling: true } });
      }).client,
    );
    const outage = new SnsSmsSender(
      clientThat(() => {
        throw sdkError("InternalErrorException", { $fault: "server" });
      }).client,
    );
    const invalid = new SnsSmsSender(
      clientThat(() => {
        throw sdkError("InvalidParameterException", { $fault: "client" });
      }).client,
    );
    const reasons = await Promise.all(
      [throttled, outage, invalid].map((s) => s.send(sms).catch((e: DeliveryFailed) => e)),
    );
    expect(reasons.map((r) => (r as DeliveryFailed).retryable)).toEqual([true, true, false]);
    expect((reasons[2] as DeliveryFailed).reason).toBe("sns: InvalidParameterException");
  });
});

describe("SesEmailSender", () => {
  it("sends plain text from the verified identity with the subject", async () => {
    const { client, sent } = clientThat(() => ({ MessageId: "ses-1" }));
    const receipt = await new SesEmailSender(client, { from: "appointments@example.org" }).send(
      email,
    );
    expect(receipt).toEqual({ provider: "ses", providerId: "ses-1" });
    const command = sent[0] as SendEmailCommand;
    expect(command).toBeInstanceOf(SendEmailCommand);
    expect(command.input.FromEmailAddress).toBe("appointments@example.org");
    expect(command.input.Destination?.ToAddresses).toEqual(["amira@example.com"]);
    expect(command.input.Content?.Simple?.Subject?.Data).toBe("Your appointment is booked");
    expect(command.input.Content?.Simple?.Body?.Text?.Data).toBe(sms.text);
    expect(command.input.Content?.Simple?.Body?.Html).toBeUndefined();
  });

  it("turns SES's refusal into a delivery failure that is not retried", async () => {
    const sender = new SesEmailSender(
      clientThat(() => {
        throw sdkError("MessageRejected", { $fault: "client" });
      }).client,
      { from: "appointments@example.org" },
    );
    const failure = (await sender.send(email).catch((e: unknown) => e)) as DeliveryFailed;
    expect(failure).toBeInstanceOf(DeliveryFailed);
    expect(failure.retryable).toBe(false);
    expect(failure.reason).toBe("ses: MessageRejected");
  });
});
