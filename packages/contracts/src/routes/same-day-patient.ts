import type { RouteDefinition } from "../route-definition.ts";

/** Patients' same-day journey: triage, free slots, hold, book, their appointments, queue, waiting list. */
export const sameDayPatientRoutes = {} as const satisfies Record<string, RouteDefinition>;
