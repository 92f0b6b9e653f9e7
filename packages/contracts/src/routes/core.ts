import { DashboardQuery, DashboardResponse } from "../dashboard.ts";
import { HealthResponse } from "../health.ts";
import { MessagesResponse } from "../messages.ts";
import { MeResponse, Profile, ProfileResponse } from "../profile.ts";
import type { RouteDefinition } from "../route-definition.ts";
import { ServicesResponse, SitesQuery, SitesResponse } from "../sites.ts";

const allRoles = ["patient", "receptionist", "clinician", "icb-analyst"] as const;

/** The platform's own routes: health, the OpenAPI document, services and sites, me, the dashboard. */
export const health = {
  id: "health",
  method: "GET",
  path: "/api/health",
  handler: "health",
  summary: "Liveness check",
  access: "public",
  table: "none",
  request: {},
  response: { status: 200, schema: HealthResponse, description: "The service is up" },
} as const satisfies RouteDefinition;

export const openapi = {
  id: "openapi",
  method: "GET",
  path: "/api/openapi.json",
  handler: "openapi",
  summary: "This API's OpenAPI 3.1 document",
  access: "public",
  table: "none",
  request: {},
  response: { status: 200, description: "OpenAPI 3.1 document" },
} as const satisfies RouteDefinition;

export const servicesList = {
  id: "services-list",
  method: "GET",
  path: "/api/services",
  handler: "services-list",
  summary: "The services patients can look for",
  access: "public",
  table: "none",
  request: {},
  response: { status: 200, schema: ServicesResponse, description: "Service catalogue" },
} as const satisfies RouteDefinition;

export const sitesSearch = {
  id: "sites-search",
  method: "GET",
  path: "/api/sites",
  handler: "sites-search",
  summary: "Sites offering a service, nearest to a postcode first",
  access: "public",
  table: "read",
  // A postcode Front Door does not cover: 422 postcode_not_covered.
  errors: { also: [422] },
  request: { query: SitesQuery },
  response: { status: 200, schema: SitesResponse, description: "Nearest sites" },
} as const satisfies RouteDefinition;

export const meGet = {
  id: "me-get",
  method: "GET",
  path: "/api/me",
  handler: "account/me-get",
  summary: "Who is signed in: a patient's own record, or a staff member's site or ICB",
  access: allRoles,
  table: "read",
  request: {},
  response: { status: 200, schema: MeResponse, description: "The signed-in user" },
} as const satisfies RouteDefinition;

export const meProfilePut = {
  id: "me-profile-put",
  method: "PUT",
  path: "/api/me/profile",
  handler: "account/me-profile-put",
  summary: "Replace the signed-in patient's profile (tell your story once)",
  access: ["patient"],
  table: "write",
  request: { body: Profile },
  response: { status: 200, schema: ProfileResponse, description: "The saved profile" },
} as const satisfies RouteDefinition;

export const meMessages = {
  id: "me-messages",
  method: "GET",
  path: "/api/me/messages",
  handler: "account/me-messages",
  summary: "The texts and emails sent to the signed-in patient, newest first",
  access: ["patient"],
  table: "read",
  request: {},
  response: { status: 200, schema: MessagesResponse, description: "The patient's messages" },
} as const satisfies RouteDefinition;

export const icbDashboard = {
  id: "icb-dashboard",
  method: "GET",
  path: "/api/icb/dashboard",
  handler: "dashboard/icb-dashboard",
  summary: "Same-day demand against capacity for the analyst's own ICB: aggregates only",
  access: ["icb-analyst"],
  table: "read",
  request: { query: DashboardQuery },
  response: { status: 200, schema: DashboardResponse, description: "Daily figures and totals" },
} as const satisfies RouteDefinition;

export const coreRoutes = {
  health,
  openapi,
  servicesList,
  sitesSearch,
  meGet,
  meProfilePut,
  meMessages,
  icbDashboard,
} as const;
