import type { LocalDate } from "../scheduling/london-time.ts";

/**
 * Texts and emails about advice requests: only that there is something to read and where to
 * sign in. Never the request's subject, nor the practice's answer (a lock screen is public).
 */
export interface AdviceMessageContext {
  siteName: string;
  reference: string;
}

export const adviceMessages = {
  received: (c: AdviceMessageContext) =>
    `${c.siteName} has your request (reference ${c.reference}). Sign in to Front Door to follow it.`,
  newMessage: (c: AdviceMessageContext) =>
    `You have a new message from ${c.siteName} about your request (reference ${c.reference}). Sign in to Front Door to read it.`,
  closedWithoutReply: (c: AdviceMessageContext) =>
    `Your request to ${c.siteName} (reference ${c.reference}) is closed because we did not hear back from you. Sign in to Front Door to send a new one if you still need help.`,
} as const;

let longDateMade: Intl.DateTimeFormat | undefined;
// Made on first use, not when the module loads: a page's first Intl object costs tens of
// milliseconds while ICU loads its data, which pages that import this and never format skip.
const longDate = (): Intl.DateTimeFormat =>
  (longDateMade ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
  }));

/** "Thursday 10 December": a London date as people read it. */
export function readableDate(date: LocalDate): string {
  return longDate().format(new Date(`${date}T00:00:00Z`));
}

/** What a patient is told after sending, in plain words (DOMAIN.md: safety-netting). */
export const adviceSafetyNetting: readonly string[] = [
  "If you get worse, or you are worried, do not wait for a reply: call 111 or go to 111.nhs.uk.",
  "In an emergency, call 999. If you use British Sign Language, use 999 BSL; by textphone, call 18000.",
  "For many minor illnesses a pharmacist can help today without an appointment.",
];
