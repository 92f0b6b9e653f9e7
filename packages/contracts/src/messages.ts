import * as z from "zod/mini";

export const MessageChannel = z.enum(["sms", "email"]);

/**
 * What happened on one channel: sent, the provider's refusal, no address, no provider, or
 * consent-withdrawn: the patient no longer agreed to that channel when the message went.
 */
export const MessageDelivery = z.object({
  channel: MessageChannel,
  outcome: z.enum(["sent", "failed", "no-address", "no-provider", "consent-withdrawn"]),
  at: z.string(),
});
export type MessageDelivery = z.infer<typeof MessageDelivery>;

/** A message the service sent (or is sending) to a patient. Never clinical details. */
export const PatientMessage = z.object({
  id: z.string(),
  kind: z.string(),
  channels: z.array(MessageChannel),
  /**
   * The channels are chosen from the patient's consent when the message goes (it was written
   * without reading the patient); until then `channels` is empty.
   */
  channelsAtSending: z.optional(z.literal(true)),
  text: z.string(),
  createdAt: z.string(),
  /** not-sent: the patient agreed to no text or email; the practice contacts them instead. */
  status: z.enum(["pending", "sending", "sent", "failed", "not-sent"]),
  deliveries: z.optional(z.array(MessageDelivery)),
});
export type PatientMessage = z.infer<typeof PatientMessage>;

export const MessagesResponse = z.object({ messages: z.array(PatientMessage) });
export type MessagesResponse = z.infer<typeof MessagesResponse>;
