import type { Channel, Delivery, MessageSender, SendReceipt } from "./sender.ts";

/**
 * Carries nothing anywhere: the message is marked sent and can be read in the local dev inbox.
 * For `npm start`, tests, and AWS deployments that have no SMS or email provider set up yet.
 */
export class SimulatedSender implements MessageSender {
  readonly provider = "simulated";
  constructor(readonly channel: Channel) {}

  async send(delivery: Delivery): Promise<SendReceipt> {
    return {
      provider: this.provider,
      providerId: `simulated-${delivery.channel}-${delivery.messageId}`,
    };
  }
}
