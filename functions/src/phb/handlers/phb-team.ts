import type { PhbApplicationView, PhbQueueResponse, routes } from "@front-door/contracts";
import { londonToday, openStages, type PhbStage, reviewReminderHorizon } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { getPatient, type PhbApplicationRecord, phbQueue } from "@front-door/store";
import { patientSummary } from "../../staff/handlers/staff-shared.ts";
import {
  actOnApplication,
  applicationView,
  expectedVersionOf,
  icbApplication,
  type PhbDeps,
} from "./phb-shared.ts";

/** The work queue leaves budgets in place to the reviews list. */
const workStages: readonly PhbStage[] = openStages.filter((stage) => stage !== "in-place");

type QueueEntry = PhbQueueResponse["applications"][number];

/** The team's view with who applied: their name, NHS number and needs, told once. */
async function teamView(
  deps: PhbDeps,
  record: PhbApplicationRecord,
  events: Parameters<typeof applicationView>[1],
): Promise<PhbApplicationView> {
  const view = applicationView(record, events, "team");
  const applicant = await getPatient(deps.db, deps.tableName, record.applicantPatientId);
  if (!applicant) return view;
  return {
    ...view,
    applicant: {
      ...patientSummary(applicant),
      nhsNumber: applicant.nhsNumber,
      dateOfBirth: applicant.dateOfBirth,
    },
  };
}

async function queueEntry(
  deps: PhbDeps,
  record: PhbApplicationRecord,
  today: string,
): Promise<QueueEntry> {
  const person = record.forSomeoneElse;
  const applicant = person
    ? undefined
    : await getPatient(deps.db, deps.tableName, record.applicantPatientId);
  const dueBy = record.case.dueBy;
  return {
    id: record.id,
    reference: record.reference,
    routeId: record.case.routeId,
    stage: record.case.stage,
    ...(dueBy ? { dueBy } : {}),
    overdue: dueBy !== undefined && dueBy < today,
    ...(record.case.assigneeId ? { assigneeId: record.case.assigneeId } : {}),
    person: person
      ? {
          name: `${person.givenName} ${person.familyName}`,
          nhsNumber: person.nhsNumber,
          dateOfBirth: person.dateOfBirth,
        }
      : {
          name: applicant ? `${applicant.name.given} ${applicant.name.family}` : "Unknown",
          nhsNumber: applicant?.nhsNumber ?? "",
          dateOfBirth: applicant?.dateOfBirth ?? "",
        },
    version: record.version,
    ...(record.flaggedWords ? { flaggedWords: record.flaggedWords } : {}),
    // Only the mark for the review now due: an older one was for a review since recorded.
    ...(record.reviewReminder && record.reviewReminder.dueOn === record.case.nextReviewDue
      ? { reviewReminder: record.reviewReminder }
      : {}),
  };
}

/** The caller's ICB's queue: the ICB comes from the token, never the request. */
export function makePhbQueue(deps: PhbDeps): RouteHandler<typeof routes.phbQueue> {
  return async ({ principal, query }) => {
    const today = londonToday(deps.now());
    const reviews = query.reviews !== undefined;
    const stages = reviews ? ["in-place" as const] : query.stage ? [query.stage] : workStages;
    const lastDate =
      query.reviews === "upcoming"
        ? reviewReminderHorizon(today)
        : query.reviews === "due"
          ? today
          : undefined;
    const records = (await phbQueue(deps.db, deps.tableName, principal.icbId, stages, lastDate))
      .filter((r) => !query.route || r.case.routeId === query.route)
      .filter((r) => !query.assignee || r.case.assigneeId === query.assignee);
    return {
      body: {
        icbId: principal.icbId,
        applications: await Promise.all(records.map((r) => queueEntry(deps, r, today))),
      },
    };
  };
}

export function makePhbApplication(deps: PhbDeps): RouteHandler<typeof routes.phbApplication> {
  return async ({ principal, params }) => {
    const { record, events } = await icbApplication(deps, principal.icbId, params.applicationId);
    return { body: await teamView(deps, record, events) };
  };
}

export function makePhbAction(deps: PhbDeps): RouteHandler<typeof routes.phbAction> {
  return async ({ principal, params, body, headers }) => {
    const expectedVersion = expectedVersionOf(headers["if-match"]);
    const found = await icbApplication(deps, principal.icbId, params.applicationId);
    const { record, events } = await actOnApplication(deps, {
      ...found,
      action: body,
      actor: {
        kind: "team",
        userId: principal.userId,
        icbId: principal.icbId,
        approvalLimitPence: principal.approvalLimitPence,
      },
      expectedVersion,
    });
    return { body: await teamView(deps, record, events) };
  };
}
