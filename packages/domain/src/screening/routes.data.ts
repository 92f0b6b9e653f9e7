import type { ContactRouteId } from "../triage/advice.ts";
import type { Urgency } from "../triage/red-flags.ts";

/** Where each urgency sends someone, as data, with the routes for people who cannot call. */
export interface EmergencyRoute {
  route: "999" | "a-and-e" | "crisis";
  /** Contact routes to show, in order (see triage/advice.ts for their words). */
  contacts: readonly ContactRouteId[];
}

/** BSL 999 video relay and 18000 text relay go with every route: not everyone can call. */
const accessible: readonly ContactRouteId[] = ["999-bsl", "text-relay-999", "emergency-sms"];

export const emergencyRoutes: Readonly<Record<Urgency, EmergencyRoute>> = {
  "call-999": { route: "999", contacts: accessible },
  "go-to-a-and-e": { route: "a-and-e", contacts: [...accessible, "nhs-111-phone"] },
  "mental-health-crisis": {
    route: "crisis",
    contacts: ["nhs-111-mental-health", "samaritans", ...accessible],
  },
};
