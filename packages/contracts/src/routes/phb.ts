import {
  MyPhbApplicationsResponse,
  PhbApplicationParams,
  PhbApplicationRequest,
  PhbApplicationView,
  PhbDraft,
  PhbDraftResponse,
  PhbOfferQuery,
  PhbOfferResponse,
  PhbPatientAction,
  PhbQueueQuery,
  PhbQueueResponse,
  PhbTeamAction,
} from "../phb-api.ts";
import type { RouteDefinition } from "../route-definition.ts";
import {
  myPhbActionBodyExample,
  myPhbActionExample,
  myPhbApplicationExample,
  myPhbApplicationsExample,
  myPhbApplyExample,
  phbApplyBodyExample,
  phbDraftBodyExample,
  phbDraftExample,
  phbOfferExample,
} from "./examples/phb.ts";
import {
  phbActionBodyExample,
  phbActionExample,
  phbApplicationExample,
  phbQueueExample,
} from "./examples/phb-team.ts";

const patientOnly = ["patient"] as const;
const phbTeam = ["phb-team"] as const;

/**
 * Personal health budgets: a person (or someone applying for a person they care for) applies
 * and follows their application; the ICB's PHB team decides, plans, signs off and reviews.
 * The team sees only its own ICB's applications; receptionists, clinicians and analysts none.
 */
export const phbOffer = {
  id: "phb-offer",
  method: "GET",
  path: "/api/phb/offer",
  handler: "phb/phb-offer",
  summary:
    "An ICB's personal health budget offer for the start page: who has a right to one, whom it also offers them to, the ways to hold the money, what cannot be bought, timescales",
  description:
    "Public. The ICB's offer for the start page: the legal rights to a personal health budget, the groups this ICB also offers them to, the ways to hold the money, what cannot be bought, and the ICB's timescales for each stage. Each ICB's offer is data.",
  access: "public",
  table: "none",
  request: { query: PhbOfferQuery },
  response: {
    status: 200,
    schema: PhbOfferResponse,
    description: "The offer",
    example: phbOfferExample,
  },
} as const satisfies RouteDefinition;

export const myPhbDraft = {
  id: "my-phb-draft",
  method: "GET",
  path: "/api/me/phb/draft",
  handler: "phb/my-phb-draft",
  summary: "The signed-in person's unfinished application, so it survives a reload",
  description:
    "The signed-in person's unfinished application, kept on the server so it survives a reload or another device. Empty when there is none.",
  access: patientOnly,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: PhbDraftResponse,
    description: "The draft, or none",
    example: phbDraftExample,
  },
} as const satisfies RouteDefinition;

export const myPhbDraftSave = {
  id: "my-phb-draft-save",
  method: "PUT",
  path: "/api/me/phb/draft",
  handler: "phb/my-phb-draft-save",
  summary: "Save the unfinished application as it stands",
  description:
    "Saves the unfinished application as it stands. Validated for shape and size only; the full checks run when the application is sent.",
  access: patientOnly,
  table: "write",
  request: { body: PhbDraft, bodyExample: phbDraftBodyExample },
  response: {
    status: 200,
    schema: PhbDraftResponse,
    description: "The saved draft",
    example: phbDraftExample,
  },
} as const satisfies RouteDefinition;

export const myPhbApply = {
  id: "my-phb-apply",
  method: "POST",
  path: "/api/me/phb/applications",
  handler: "phb/my-phb-apply",
  summary:
    "Apply for a personal health budget, for oneself or for someone one cares for; the 28-day clock for the eligibility decision starts",
  description:
    "Sends an application for oneself or for someone one cares for (their NHS number, name, date of birth, relationship and whether the applicant is their representative): the route, current support, up to five outcomes in the person's own words and the preferred way to hold the money. Contact details and needs come from the profile. Up to 5 documents the person uploaded and had checked may go with it (documentIds), attached with it so the ICB's PHB team may read them, or not at all (422). Starts the 28-day clock for the eligibility decision.",
  access: patientOnly,
  table: "write",
  documents: "write",
  request: { body: PhbApplicationRequest, bodyExample: phbApplyBodyExample },
  response: {
    status: 201,
    schema: PhbApplicationView,
    description: "The application",
    example: myPhbApplyExample,
    location: {
      path: "/api/me/phb/applications/{applicationId}",
      description: "The new application",
    },
  },
  // Input the domain rejects (a route not offered, a plan over budget): 422 phb_invalid.
  errors: { also: [422] },
} as const satisfies RouteDefinition;

export const myPhbApplications = {
  id: "my-phb-applications",
  method: "GET",
  path: "/api/me/phb/applications",
  handler: "phb/my-phb-applications",
  summary: "The applications the signed-in person made, newest first",
  description:
    "The applications the signed-in person made, for themselves or for people they care for, newest first, each with its stage and next step.",
  access: patientOnly,
  table: "read",
  request: {},
  response: {
    status: 200,
    schema: MyPhbApplicationsResponse,
    description: "The applications",
    example: myPhbApplicationsExample,
  },
} as const satisfies RouteDefinition;

export const myPhbApplication = {
  id: "my-phb-application",
  method: "GET",
  path: "/api/me/phb/applications/{applicationId}",
  handler: "phb/my-phb-application",
  summary: "One of the person's applications with its tracker, plan and patient-facing timeline",
  description:
    "One of the caller's applications: the stage tracker with dates, the next step, who is dealing with it and by when, the indicative budget and its basis, the current plan and the patient-facing timeline. Another person's application answers 404.",
  access: patientOnly,
  table: "read",
  request: { params: PhbApplicationParams },
  response: {
    status: 200,
    schema: PhbApplicationView,
    description: "The application",
    example: myPhbApplicationExample,
  },
} as const satisfies RouteDefinition;

export const myPhbAction = {
  id: "my-phb-action",
  method: "POST",
  path: "/api/me/phb/applications/{applicationId}/actions",
  handler: "phb/my-phb-action",
  summary:
    "The applicant acts: answer a request for information, agree the plan or ask for changes, choose the way to hold the money, ask for reconsideration, withdraw",
  description:
    "The applicant acts on their application: answer a request for information (with up to 5 checked documents, attached with the answer or not at all: 422), agree the plan or ask for changes, choose the way to hold the money, ask for reconsideration of a decision with written reasons, or withdraw. Refused with 409 at a stage where it does not apply, and with If-Match (optional) when the application changed since that version.",
  access: patientOnly,
  table: "write",
  documents: "write",
  request: {
    params: PhbApplicationParams,
    body: PhbPatientAction,
    bodyExample: myPhbActionBodyExample,
  },
  response: {
    status: 200,
    schema: PhbApplicationView,
    description: "The application after",
    example: myPhbActionExample,
  },
  // Input the domain rejects (a route not offered, a plan over budget): 422 phb_invalid.
  errors: { also: [422] },
} as const satisfies RouteDefinition;

export const phbQueue = {
  id: "phb-queue",
  method: "GET",
  path: "/api/phb/queue",
  handler: "phb/phb-queue",
  summary:
    "The caller's ICB's open applications, overdue first then by due date; by stage, route or assignee, or the reviews due",
  description:
    "The PHB team's work queue for their own ICB: open applications by stage, route or assignee, overdue first then by due date, or the reviews that are due. Never another ICB's.",
  access: phbTeam,
  table: "read",
  request: { query: PhbQueueQuery },
  response: {
    status: 200,
    schema: PhbQueueResponse,
    description: "The queue",
    example: phbQueueExample,
  },
} as const satisfies RouteDefinition;

export const phbApplication = {
  id: "phb-application",
  method: "GET",
  path: "/api/phb/applications/{applicationId}",
  handler: "phb/phb-application",
  summary: "One of the ICB's applications with its full audit timeline",
  description:
    "One application of the caller's ICB with the full audit timeline (who, when, from which stage to which, why). Another ICB's application answers 404.",
  access: phbTeam,
  table: "read",
  request: { params: PhbApplicationParams },
  response: {
    status: 200,
    schema: PhbApplicationView,
    description: "The application",
    example: phbApplicationExample,
  },
} as const satisfies RouteDefinition;

export const phbAction = {
  id: "phb-action",
  method: "POST",
  path: "/api/phb/applications/{applicationId}/actions",
  handler: "phb/phb-action",
  summary:
    "The PHB team acts on an application (If-Match: its version): eligibility, information request, assessment, budget, plan, sign-off within the approval limit, holding the money, in place, review, reconsideration, assign",
  description:
    "The PHB team acts on an application with If-Match on its version: eligibility, request for information, needs assessment, indicative budget, plan versions with checked lines, sign-off within the signer's approval limit, the way of holding the money, in place, reviews, reconsideration and assignment. A change made meanwhile answers 409; a plan above the caller's limit answers 403.",
  access: phbTeam,
  table: "write",
  request: { params: PhbApplicationParams, body: PhbTeamAction, bodyExample: phbActionBodyExample },
  response: {
    status: 200,
    schema: PhbApplicationView,
    description: "The application after",
    example: phbActionExample,
  },
  // Input the domain rejects (a route not offered, a plan over budget): 422 phb_invalid.
  errors: { also: [422] },
} as const satisfies RouteDefinition;

export const phbRoutes = {
  phbOffer,
  myPhbDraft,
  myPhbDraftSave,
  myPhbApply,
  myPhbApplications,
  myPhbApplication,
  myPhbAction,
  phbQueue,
  phbApplication,
  phbAction,
} as const;
