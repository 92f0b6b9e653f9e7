import { describe, expect, it } from "vitest";
import { SesEmailSender, SnsSmsSender } from "./aws-senders.ts";
import { senderConfigFromEnv, sendersFor } from "./config.ts";
import { SimulatedSender } from "./simulated-sender.ts";

const names = {
  smsSender: "SMS_SENDER",
  smsSenderId: "SMS_SENDER_ID",
  emailSender: "EMAIL_SENDER",
  emailFrom: "EMAIL_FROM",
  senderFaults: "SENDER_FAULTS",
};

describe("senderConfigFromEnv", () => {
  it("is off for both channels when nothing is set", () => {
    expect(senderConfigFromEnv(names, {})).toEqual({ sms: "off", email: "off" });
    expect(sendersFor(senderConfigFromEnv(names, {}))).toEqual({});
  });

  it("builds the chosen senders", () => {
    const config = senderConfigFromEnv(names, {
      SMS_SENDER: "sns",
      SMS_SENDER_ID: "NHSFrontDr",
      EMAIL_SENDER: "ses",
      EMAIL_FROM: "appointments@example.org",
    });
    expect(config).toEqual({
      sms: "sns",
      email: "ses",
      smsSenderId: "NHSFrontDr",
      emailFrom: "appointments@example.org",
    });
    const senders = sendersFor(config);
    expect(senders.sms).toBeInstanceOf(SnsSmsSender);
    expect(senders.email).toBeInstanceOf(SesEmailSender);
    const simulated = sendersFor(
      senderConfigFromEnv(names, { SMS_SENDER: "simulated", EMAIL_SENDER: "simulated" }),
    );
    expect(simulated.sms).toBeInstanceOf(SimulatedSender);
    expect(simulated.email?.channel).toBe("email");
  });

  it("gives the simulated senders the faults asked for, and fails fast on a typo", async () => {
    const senders = sendersFor(
      senderConfigFromEnv(names, { SMS_SENDER: "simulated", SENDER_FAULTS: "throttle:1" }),
    );
    const failure = await senders.sms
      ?.send({ messageId: "m1", channel: "sms", to: "+447700900123", subject: "", text: "" })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ retryable: true, reason: "simulated: ThrottlingException" });
    expect(() => senderConfigFromEnv(names, { SENDER_FAULTS: "throttle" })).toThrow(/throttle/);
  });

  it("fails fast, naming the variable, on a wrong value", () => {
    expect(() => senderConfigFromEnv(names, { SMS_SENDER: "pigeon" })).toThrow(/SMS_SENDER/);
    expect(() => senderConfigFromEnv(names, { EMAIL_SENDER: "ses" })).toThrow(/EMAIL_FROM/);
    expect(() => senderConfigFromEnv(names, { SMS_SENDER_ID: "Far too long an id" })).toThrow(
      /SMS_SENDER_ID/,
    );
  });
});
