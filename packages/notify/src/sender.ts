/**
 * The seam between the outbox and whoever carries a message to a patient's phone or inbox.
 * Amazon SNS (text messages) and Amazon SES (email) are built in; GOV.UK Notify or NHS Notify
 * plug in by implementing `MessageSender` for a channel — nothing else changes.
 */
export type Channel = "sms" | "email";

export interface Delivery {
  /** The outbox message's id: providers that deduplicate can use it as a reference. */
  messageId: string;
  channel: Channel;
  /** E.164 mobile number or email address, read from the patient's record at send time. */
  to: string;
  /** Email only; never clinical details. */
  subject: string;
  text: string;
}

export interface SendReceipt {
  /** Which sender carried it, e.g. "sns", "ses", "simulated". */
  provider: string;
  /** The provider's own id for the message, for support queries. */
  providerId?: string;
}

export interface MessageSender {
  readonly channel: Channel;
  readonly provider: string;
  /** Resolves once the provider has accepted the message; throws DeliveryFailed otherwise. */
  send(delivery: Delivery): Promise<SendReceipt>;
}

/**
 * A provider refused or could not take a message. `retryable` says whether trying again later
 * could help (throttling, an outage) or not (an invalid number, an opted-out recipient).
 */
export class DeliveryFailed extends Error {
  override readonly name = "DeliveryFailed";
  constructor(
    readonly reason: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

/** AWS SDK errors carry `$retryable` for throttling and `$fault: "server"` for outages. */
export function deliveryFailedFromSdk(provider: string, error: unknown): DeliveryFailed {
  if (error instanceof DeliveryFailed) return error;
  const sdk = error as { name?: string; $fault?: string; $retryable?: unknown };
  const name = typeof sdk?.name === "string" ? sdk.name : "Error";
  const retryable =
    Boolean(sdk?.$retryable) ||
    sdk?.$fault === "server" ||
    /Throttl|TooManyRequests|ServiceUnavailable|InternalError|Timeout/i.test(name);
  return new DeliveryFailed(`${provider}: ${name}`, retryable, { cause: error });
}
