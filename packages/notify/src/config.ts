import { SESv2Client } from "@aws-sdk/client-sesv2";
import { SNSClient } from "@aws-sdk/client-sns";
import { SesEmailSender, SnsSmsSender } from "./aws-senders.ts";
import type { Channel, MessageSender } from "./sender.ts";
import { type ProviderFault, parseProviderFaults, SimulatedSender } from "./simulated-sender.ts";

export const smsSenderKinds = ["off", "simulated", "sns"] as const;
export const emailSenderKinds = ["off", "simulated", "ses"] as const;

export interface SenderConfig {
  sms: (typeof smsSenderKinds)[number];
  email: (typeof emailSenderKinds)[number];
  smsSenderId?: string;
  emailFrom?: string;
  /** Failures the simulated senders inject (local runner and tests only). */
  simulatedFaults?: ProviderFault[];
}

export interface SenderEnvNames {
  smsSender: string;
  smsSenderId: string;
  emailSender: string;
  emailFrom: string;
  /** Optional: faults for the simulated senders, e.g. "throttle:0.3". */
  senderFaults?: string;
}

/**
 * Reads the senders' settings, failing at cold start with the variable's name when one is
 * wrong. Unset means "off": a deployment that has set up no provider records every message as
 * not delivered for that reason rather than pretending it went.
 */
export function senderConfigFromEnv(
  names: SenderEnvNames,
  env: Record<string, string | undefined>,
): SenderConfig {
  const pick = <const K extends readonly string[]>(name: string, kinds: K): K[number] => {
    const value = env[name] || "off";
    if (!kinds.includes(value)) {
      throw new Error(`${name} must be one of ${kinds.join(", ")}; it is "${value}"`);
    }
    return value as K[number];
  };
  const config: SenderConfig = {
    sms: pick(names.smsSender, smsSenderKinds),
    email: pick(names.emailSender, emailSenderKinds),
  };
  const senderId = env[names.smsSenderId];
  if (senderId) {
    if (!/^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/.test(senderId)) {
      throw new Error(`${names.smsSenderId} must be 1 to 11 letters, digits or spaces`);
    }
    config.smsSenderId = senderId;
  }
  const from = env[names.emailFrom];
  if (config.email === "ses" && !from) {
    throw new Error(`${names.emailFrom} is required when ${names.emailSender} is "ses"`);
  }
  if (from) config.emailFrom = from;
  const faults = names.senderFaults ? env[names.senderFaults] : undefined;
  if (faults) config.simulatedFaults = parseProviderFaults(faults);
  return config;
}

/** One sender per channel that is not off; SDK clients are built only for the ones used. */
export function sendersFor(config: SenderConfig): Partial<Record<Channel, MessageSender>> {
  const senders: Partial<Record<Channel, MessageSender>> = {};
  const faults = config.simulatedFaults ?? [];
  if (config.sms === "simulated") senders.sms = new SimulatedSender("sms", faults);
  if (config.sms === "sns") {
    senders.sms = new SnsSmsSender(
      new SNSClient({}),
      config.smsSenderId ? { senderId: config.smsSenderId } : {},
    );
  }
  if (config.email === "simulated") senders.email = new SimulatedSender("email", faults);
  if (config.email === "ses" && config.emailFrom) {
    senders.email = new SesEmailSender(new SESv2Client({}), { from: config.emailFrom });
  }
  return senders;
}
