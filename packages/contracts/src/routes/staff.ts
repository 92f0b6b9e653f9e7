import type { RouteDefinition } from "../route-definition.ts";

/** Receptionists' and clinicians' routes, each scoped to the caller's own site. */
export const staffRoutes = {} as const satisfies Record<string, RouteDefinition>;
