import { type RedFlagId, redFlags, type Urgency, urgencyOrder } from "./red-flags.ts";

/**
 * What to tell someone whose answers raised a red flag. Data, not markup: the web renders it
 * and the same words can go into a message or be read out by a receptionist.
 */

export const contactRouteIds = [
  "999-bsl",
  "emergency-sms",
  "text-relay-999",
  "text-relay-111",
  "nhs-111-bsl",
  "nhs-111-online",
  "nhs-111-phone",
  "nhs-111-mental-health",
  "samaritans",
] as const;
export type ContactRouteId = (typeof contactRouteIds)[number];

export interface ContactRoute {
  id: ContactRouteId;
  title: string;
  description: string;
  /** A link or dial target where one exists (https: or tel:). */
  href?: string;
}

export interface Advice {
  /** The most urgent thing to do, following the most urgent flag raised. */
  action: Urgency;
  heading: string;
  /** One per flag raised, in the order the questions were asked. */
  reasons: string[];
  /** What to do now, in order. */
  steps: string[];
  /** Mental health crisis routes: present whenever a suicide or self-harm flag is raised. */
  crisisSupport: ContactRoute[];
  /** Ways to reach 999 and 111 for people who are deaf, hard of hearing or cannot speak. */
  accessibleRoutes: ContactRoute[];
  /** NHS 111, for anyone not sure what to do. */
  ifUnsure: ContactRoute[];
}

/** Always given, whatever the flag: someone who cannot use a voice call must still get help. */
export const accessibleRoutes: readonly ContactRoute[] = [
  {
    id: "999-bsl",
    title: "999 in British Sign Language (BSL)",
    description:
      "If you use BSL, you can call 999 through a BSL interpreter on a video call, using the 999 BSL app or the 999 BSL website.",
    href: "https://999bsl.co.uk",
  },
  {
    id: "emergency-sms",
    title: "Text 999",
    description:
      "If you are deaf or cannot speak, you can text 999 if you have registered with emergencySMS. To register, text the word 'register' to 999. Do this before you need it.",
  },
  {
    id: "text-relay-999",
    title: "999 by text relay",
    description: "If you use a textphone or the Relay UK app, call 18000 to reach 999.",
    href: "tel:18000",
  },
  {
    id: "text-relay-111",
    title: "NHS 111 by text relay",
    description: "If you use a textphone or the Relay UK app, call 18001 111 to reach NHS 111.",
    href: "tel:18001111",
  },
  {
    id: "nhs-111-bsl",
    title: "NHS 111 in British Sign Language (BSL)",
    description:
      "If you use BSL, you can contact NHS 111 through a BSL interpreter on a video call.",
    href: "https://signvideo.co.uk/nhs111",
  },
];

export const ifUnsureRoutes: readonly ContactRoute[] = [
  {
    id: "nhs-111-online",
    title: "NHS 111 online",
    description: "If you are not sure what to do, go to 111.nhs.uk. It is open all day, every day.",
    href: "https://111.nhs.uk",
  },
  {
    id: "nhs-111-phone",
    title: "Call NHS 111",
    description:
      "If you are not sure what to do, call 111. It is free and open all day, every day.",
    href: "tel:111",
  },
];

export const crisisSupportRoutes: readonly ContactRoute[] = [
  {
    id: "nhs-111-mental-health",
    title: "NHS 111, mental health option",
    description:
      "For urgent mental health help, call 111 and choose option 2. You can call any time, day or night.",
    href: "tel:111",
  },
  {
    id: "samaritans",
    title: "Samaritans",
    description:
      "To talk to someone now, call Samaritans free on 116 123. They are there day or night.",
    href: "tel:116123",
  },
];

const headings: Record<Urgency, string> = {
  "call-999": "Call 999 now",
  "go-to-a-and-e": "Go to A&E now",
  "mental-health-crisis": "Get help now",
};

const steps: Record<Urgency, string[]> = {
  "call-999": [
    "Call 999 now and tell them what you told us.",
    "Do not drive yourself to hospital.",
  ],
  "go-to-a-and-e": [
    "Go to A&E now and tell them what you told us.",
    "If you cannot get there safely, or things get worse, call 999.",
  ],
  "mental-health-crisis": [
    "If you have seriously hurt yourself, or you cannot keep yourself safe right now, call 999 or go to A&E.",
    "For urgent mental health help, call 111 and choose option 2.",
    "To talk to someone now, call Samaritans free on 116 123.",
  ],
};

/** Why the journey stops here: people who are only blocked tend to try again without saying. */
const whyNotBooked: Record<Urgency, string> = {
  "call-999":
    "You cannot book a same-day appointment for this, because you need help sooner than a GP appointment can give.",
  "go-to-a-and-e":
    "You cannot book a same-day appointment for this, because you need help sooner than a GP appointment can give.",
  "mental-health-crisis":
    "Please get help now, rather than waiting for a same-day appointment. You do not have to cope with this alone.",
};

/** One reason to stop and get help now, and how urgently. */
export interface EmergencyConcern {
  urgency: Urgency;
  /** Plain English, second person: what the person told us and why it matters. */
  reason: string;
}

/**
 * Advice for a non-empty list of concerns, in the order they were raised. Shared by every
 * journey that can divert someone (same-day triage, self-referral), so the 999, A&E, crisis
 * and accessible routes read the same everywhere; only why the journey stops differs.
 */
export function emergencyAdvice(
  concerns: readonly EmergencyConcern[],
  whyStopped: Readonly<Record<Urgency, string>>,
): Advice {
  if (concerns.length === 0) throw new Error("emergencyAdvice needs at least one concern");
  const urgencies = new Set(concerns.map((concern) => concern.urgency));
  const action = urgencyOrder.find((urgency) => urgencies.has(urgency)) ?? "call-999";
  const mentalHealthCrisis = urgencies.has("mental-health-crisis");
  return {
    action,
    heading: headings[action],
    reasons: concerns.map((concern) => concern.reason),
    steps: [
      ...steps[action],
      // A physical emergency leads; the crisis routes still follow it.
      ...(mentalHealthCrisis && action !== "mental-health-crisis"
        ? steps["mental-health-crisis"].slice(1)
        : []),
      whyStopped[action],
    ],
    crisisSupport: mentalHealthCrisis ? [...crisisSupportRoutes] : [],
    accessibleRoutes: [...accessibleRoutes],
    ifUnsure: [...ifUnsureRoutes],
  };
}

/** Advice for a non-empty list of flags, given in the order the questions were asked. */
export function adviceFor(flags: readonly RedFlagId[]): Advice {
  if (flags.length === 0) throw new Error("adviceFor needs at least one red flag");
  return emergencyAdvice(
    flags.map((flag) => ({ urgency: redFlags[flag].urgency, reason: redFlags[flag].reason })),
    whyNotBooked,
  );
}
