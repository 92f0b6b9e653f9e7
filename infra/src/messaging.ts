/**
 * How a deployment sends the outbox's texts and emails, from CDK context:
 *   -c smsSender=sns|simulated|off    (default off)
 *   -c smsSenderId=NHSFrontDr         (optional alphanumeric sender id)
 *   -c emailFrom=appointments@example.nhs.uk   (a verified SES identity; turns email on)
 *   -c emailSender=simulated          (email marked sent without leaving AWS; for test stages)
 * "off" is honest: each message records that no provider is set up rather than claiming it went.
 */
export interface MessagingOptions {
  sms: "off" | "simulated" | "sns";
  smsSenderId?: string;
  email: "off" | "simulated" | "ses";
  emailFrom?: string;
}

export const messagingOff: MessagingOptions = { sms: "off", email: "off" };

export function messagingFromContext(context: (key: string) => unknown): MessagingOptions {
  const text = (key: string) => {
    const value = context(key);
    return value === undefined || value === null || value === "" ? undefined : String(value);
  };
  const sms = text("smsSender") ?? "off";
  if (sms !== "off" && sms !== "simulated" && sms !== "sns") {
    throw new Error(`Context smsSender must be off, simulated or sns; it is "${sms}"`);
  }
  const emailFrom = text("emailFrom");
  const email = text("emailSender") ?? (emailFrom ? "ses" : "off");
  if (email !== "off" && email !== "simulated" && email !== "ses") {
    throw new Error(`Context emailSender must be off, simulated or ses; it is "${email}"`);
  }
  if (email === "ses" && !emailFrom) {
    throw new Error("Context emailFrom (a verified SES identity) is needed to send email by SES");
  }
  const smsSenderId = text("smsSenderId");
  return {
    sms,
    email,
    ...(smsSenderId ? { smsSenderId } : {}),
    ...(emailFrom ? { emailFrom } : {}),
  };
}
