import { DashboardQuery, DashboardResponse } from "../dashboard.ts";
import { HealthResponse } from "../health.ts";
import { MessagesResponse } from "../messages.ts";
import { MeResponse, Profile, ProfileResponse } from "../profile.ts";
import type { RouteDefinition } from "../route-definition.ts";
import { ServicesResponse, SitesQuery, SitesResponse } from "../sites.ts";
import {
  healthExample,
  meGetExample,
  meMessagesExample,
  meProfilePutBodyExample,
  meProfilePutExample,
  servicesListExample,
  sitesSearchExample,
} from "./examples/core.ts";
import { icbDashboardExample } from "./examples/core-dashboard.ts";

const allRoles = ["patient", "receptionist", "clinician", "icb-analyst"] as const;

/** The platform's own routes: health, the OpenAPI document, services and sites, me, the dashboard. */
export const health = {
  id: "health",
  method: "GET",
  path: "/api/health",
  handler: "health",
  summary: "Liveness and database check (503 with Retry-After when the database is unreachable)",
  description:
    "Public. One cheap read of a fixed key, cached for a few seconds: 200 while the function and its database answer, 503 with Retry-After while the database is unreachable. For load balancers and uptime checks.",
  access: "public",
  table: "probe",
  request: {},
  response: {
    status: 200,
    schema: HealthResponse,
    description: "The service and its database are up",
    example: healthExample,
  },
} as const satisfies RouteDefinition;

export const openapi = {
  id: "openapi",
  method: "GET",
  path: "/api/openapi.json",
  handler: "openapi",
  summary: "This API's OpenAPI 3.1 document",
  description:
    "Public. Generated from the route table that builds the service, so it lists exactly the routes that run, with their schemas and the error statuses each can return.",
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
  description:
    "Public. The services a patient can search sites for, with their codes; the same list the web shows.",
  access: "public",
  table: "none",
  request: {},
  response: {
    status: 200,
    schema: ServicesResponse,
    description: "Service catalogue",
    example: servicesListExample,
  },
} as const satisfies RouteDefinition;

export const sitesSearch = {
  id: "sites-search",
  method: "GET",
  path: "/api/sites",
  handler: "sites-search",
  summary: "Sites offering a service, nearest to a postcode first",
  description:
    "Public. Takes a full postcode and a service code; answers the sites offering it within reach, nearest first, with distance, opening hours and services. A postcode outside the covered area is a 422 postcode_not_covered.",
  access: "public",
  table: "read",
  // A postcode Front Door does not cover: 422 postcode_not_covered.
  errors: { also: [422] },
  request: { query: SitesQuery },
  response: {
    status: 200,
    schema: SitesResponse,
    description: "Nearest sites",
    example: sitesSearchExample,
  },
} as const satisfies RouteDefinition;

export const meGet = {
  id: "me-get",
  method: "GET",
  path: "/api/me",
  handler: "account/me-get",
  summary: "Who is signed in: a patient's own record, or a staff member's site or ICB",
  description:
    "Any signed-in role. A patient gets their own record; staff their site; an analyst their ICB. Never anyone else's.",
  access: allRoles,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: MeResponse,
    description: "The signed-in user",
    example: meGetExample,
  },
} as const satisfies RouteDefinition;

export const meProfilePut = {
  id: "me-profile-put",
  method: "PUT",
  path: "/api/me/profile",
  handler: "account/me-profile-put",
  summary: "Replace the signed-in patient's profile (tell your story once)",
  description:
    "Patients only, their own profile. The body replaces what was stored (contact preferences, needs, adjustments); text is trimmed and stored as given, shown back as inert text.",
  access: ["patient"],
  table: "write",
  request: { body: Profile, bodyExample: meProfilePutBodyExample },
  response: {
    status: 200,
    schema: ProfileResponse,
    description: "The saved profile",
    example: meProfilePutExample,
  },
} as const satisfies RouteDefinition;

export const meMessages = {
  id: "me-messages",
  method: "GET",
  path: "/api/me/messages",
  handler: "account/me-messages",
  summary: "The texts and emails sent to the signed-in patient, newest first",
  description:
    "Patients only. The texts and emails the service sent them (bookings, changes, offers), newest first; never another patient's.",
  access: ["patient"],
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: MessagesResponse,
    description: "The patient's messages",
    example: meMessagesExample,
  },
} as const satisfies RouteDefinition;

export const icbDashboard = {
  id: "icb-dashboard",
  method: "GET",
  path: "/api/icb/dashboard",
  handler: "dashboard/icb-dashboard",
  summary:
    "Demand against capacity, self-referrals, personal health budgets and online advice for the analyst's own ICB: aggregates only",
  description:
    "ICB analysts only, their own ICB. Daily same-day demand, capacity and self-referrals by service and site for a date range; personal health budgets by route, stage and way of holding the money with the quarterly return for `quarter` (default: the quarter of `to`); online GP advice per site and day with response times and requests past target. Counts only, no patient details, read from counters at a cost that does not grow with the number of requests.",
  access: ["icb-analyst"],
  table: "read",
  request: { query: DashboardQuery },
  response: {
    status: 200,
    schema: DashboardResponse,
    description: "Daily figures and totals",
    example: icbDashboardExample,
  },
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
