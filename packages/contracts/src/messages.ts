import * as z from "zod/mini";

/** A message the service sent (or is sending) to a patient. Never clinical details. */
export const PatientMessage = z.object({
  id: z.string(),
  kind: z.string(),
  channels: z.array(z.enum(["sms", "email"])),
  text: z.string(),
  createdAt: z.string(),
  status: z.enum(["pending", "sent", "failed"]),
});
export type PatientMessage = z.infer<typeof PatientMessage>;

export const MessagesResponse = z.object({ messages: z.array(PatientMessage) });
export type MessagesResponse = z.infer<typeof MessagesResponse>;
