import type { Channel, Delivery, MessageSender, SendReceipt } from "./sender.ts";
import { deliveryFailedFromSdk } from "./sender.ts";

/** How a simulated provider can fail, as SNS and SES do on a bad day. */
export type ProviderFaultKind =
  /** Over the provider's rate (SNS ThrottledException, SES TooManyRequests): try later. */
  | "throttle"
  /** The provider's own outage (a 5xx): try later. */
  | "outage"
  /** Refused for good (an invalid or opted-out number): no retry helps. */
  | "refuse";

export const providerFaultKinds: readonly ProviderFaultKind[] = ["throttle", "outage", "refuse"];

export interface ProviderFault {
  kind: ProviderFaultKind;
  /** Fail this many sends, then let them through (no limit when absent). */
  times?: number;
  /** Chance that a send fails, 0 to 1 (every one when absent). */
  rate?: number;
}

/** The provider errors as the AWS SDK throws them, so they are classified as real ones are. */
function providerError(kind: ProviderFaultKind): Error {
  switch (kind) {
    case "throttle":
      return Object.assign(new Error("Rate exceeded"), {
        name: "ThrottlingException",
        $retryable: { throttling: true },
      });
    case "outage":
      return Object.assign(new Error("Service unavailable"), {
        name: "InternalErrorException",
        $fault: "server",
      });
    case "refuse":
      return Object.assign(new Error("Invalid parameter: PhoneNumber"), {
        name: "InvalidParameterException",
        $fault: "client",
      });
  }
}

/**
 * Carries nothing anywhere: the message is marked sent and can be read in the local dev inbox.
 * For `npm start`, tests, and AWS deployments that have no SMS or email provider set up yet.
 * Given faults, it fails sends as a throttled or broken provider would (tests, and the local
 * runner when FRONT_DOOR_SENDER_FAULTS asks), so backing off can be seen without a provider.
 */
export class SimulatedSender implements MessageSender {
  readonly provider = "simulated";
  /** Sends accepted and failed so far (counts only: no addresses kept). */
  accepted = 0;
  refused = 0;
  private readonly used: number[];

  constructor(
    readonly channel: Channel,
    private readonly faults: readonly ProviderFault[] = [],
    private readonly random: () => number = Math.random,
  ) {
    this.used = faults.map(() => 0);
  }

  async send(delivery: Delivery): Promise<SendReceipt> {
    for (const [index, fault] of this.faults.entries()) {
      if (fault.times !== undefined && (this.used[index] ?? 0) >= fault.times) continue;
      if (fault.rate !== undefined && this.random() >= fault.rate) continue;
      this.used[index] = (this.used[index] ?? 0) + 1;
      this.refused += 1;
      throw deliveryFailedFromSdk(this.provider, providerError(fault.kind));
    }
    this.accepted += 1;
    return {
      provider: this.provider,
      providerId: `simulated-${delivery.channel}-${delivery.messageId}`,
    };
  }
}

/**
 * Reads FRONT_DOOR_SENDER_FAULTS: comma-separated `kind:rate` pairs, e.g. "throttle:0.3". A
 * value that does not parse is an error naming it, so a typo does not run without the faults.
 */
export function parseProviderFaults(spec: string): ProviderFault[] {
  return spec.split(",").map((part) => {
    const match = /^([a-z]+):(0?\.\d+|1(?:\.0+)?)$/.exec(part.trim());
    const kind = match?.[1] as ProviderFaultKind | undefined;
    const rate = Number(match?.[2]);
    if (!match || !kind || !providerFaultKinds.includes(kind) || !(rate > 0 && rate <= 1)) {
      throw new Error(
        `"${part}" is not a provider fault: use kind:rate with kind one of ${providerFaultKinds.join(", ")} and rate above 0, at most 1 (e.g. throttle:0.3)`,
      );
    }
    return { kind, rate };
  });
}
