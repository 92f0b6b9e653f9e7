import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { PhbApplicationView } from "@front-door/contracts";
import {
  Conflict,
  DomainError,
  Forbidden,
  findPhbOffer,
  findPhbRoute,
  InvalidInput,
  mergeFlaggedWords,
  NotFound,
  type PatientWordsInput,
  type PhbAction,
  type PhbActor,
  type PhbFlaggedWords,
  type PhbOffer,
  type PhbRefusal,
  phbTracker,
  phbTransition,
  screenPatientWords,
  Unprocessable,
} from "@front-door/domain";
import {
  changePhbApplication,
  getPatient,
  getPhbApplication,
  type PhbApplicationRecord,
  type PhbAttach,
  type PhbDocument,
  type PhbEventRecord,
} from "@front-door/store";
import { phbCountsFor, phbMessageFor } from "./phb-effects.ts";

export interface PhbDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

class OverApprovalLimit extends DomainError {
  readonly status = 403;
  readonly code = "over_approval_limit";
}

export function offerOf(icbId: string): PhbOffer {
  const offer = findPhbOffer(icbId);
  if (!offer)
    throw new NotFound("This ICB does not offer personal health budgets through Front Door yet");
  return offer;
}

/** If-Match carries the version the caller read: "3", W/"3" or "*"/absent for none. */
export function expectedVersionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === "" || ifMatch.trim() === "*") return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) {
    throw new InvalidInput("If-Match must be the application's version", [
      { path: "if-match", message: "Send the version the application was shown with" },
    ]);
  }
  return Number(match[1]);
}

export async function findApplication(deps: PhbDeps, applicationId: string) {
  return getPhbApplication(deps.db, deps.tableName, applicationId);
}

/** The applicant's own application; anyone else's is "not found", never "forbidden". */
export async function applicantsApplication(deps: PhbDeps, patientId: string, id: string) {
  const found = await findApplication(deps, id);
  if (!found || found.record.applicantPatientId !== patientId) {
    throw new NotFound("There is no application with that id among yours");
  }
  return found;
}

/** One of the team's own ICB's applications; another ICB's is "not found". */
export async function icbApplication(deps: PhbDeps, icbId: string, id: string) {
  const found = await findApplication(deps, id);
  if (!found || found.record.case.icbId !== icbId) {
    throw new NotFound("There is no application with that id at your ICB");
  }
  return found;
}

function refusalError(refusal: PhbRefusal): DomainError {
  switch (refusal.code) {
    case "not-at-this-stage":
      return new Conflict(refusal.message, "phb_not_at_this_stage");
    case "not-yours":
      return new Forbidden(refusal.message);
    case "over-approval-limit":
      return new OverApprovalLimit(refusal.message, [
        { path: "version", message: refusal.message, code: "over-approval-limit" },
      ]);
    case "invalid":
      return new Unprocessable(refusal.message, "phb_invalid", refusal.fields);
    default: {
      const unreachable: never = refusal;
      return unreachable;
    }
  }
}

/** The free text an action carries, for screening. */
function wordsOf(action: PhbAction): PatientWordsInput {
  switch (action.type) {
    case "answer-information":
      return { answer: action.answer };
    case "ask-for-changes":
      return { comments: action.comments };
    case "ask-reconsideration":
      return { reasons: action.reasons };
    case "withdraw":
      return action.reason ? { reasons: action.reason } : {};
    default:
      return {};
  }
}

export function withoutAt({ at: _at, ...flag }: PhbFlaggedWords): Omit<PhbFlaggedWords, "at"> {
  return flag;
}

const changedMeanwhile =
  "Someone else changed this application since you opened it. Reload it to see what changed, then try again.";

/** Runs an action through the stage machine and writes it on condition nothing changed since. */
export async function actOnApplication(
  deps: PhbDeps,
  input: {
    record: PhbApplicationRecord;
    events: PhbEventRecord[];
    action: PhbAction;
    actor: PhbActor;
    expectedVersion: number | undefined;
    /** Documents that go with this change (an answer's), attached in the same transaction. */
    attach?: PhbAttach & { documents: PhbDocument[] };
  },
) {
  const { record, actor } = input;
  if (input.expectedVersion !== undefined && input.expectedVersion !== record.version) {
    throw new Conflict(changedMeanwhile, "phb_changed_meanwhile");
  }
  const now = deps.now();
  const at = now.toISOString();
  // Only the applicant's words are screened; a match never stops the action (PHB is not urgent care).
  const screened =
    actor.kind === "patient" ? screenPatientWords(wordsOf(input.action), at) : undefined;
  const offer = offerOf(record.case.icbId);
  const transition = phbTransition(record.case, input.action, { actor, now, offer });
  if (transition.kind === "refused") throw refusalError(transition.refusal);
  const after: PhbApplicationRecord = {
    ...record,
    case: transition.after,
    updatedAt: at,
    ...(screened ? { flaggedWords: mergeFlaggedWords(record.flaggedWords, screened.flagged) } : {}),
    ...(input.attach
      ? { documents: [...(record.documents ?? []), ...input.attach.documents] }
      : {}),
  };
  const event: PhbEventRecord = {
    applicationId: record.id,
    at,
    seq: input.events.length,
    by: actor.kind,
    actorId: actor.userId,
    ...transition.event,
    ...(screened ? { flaggedWords: withoutAt(screened.flagged) } : {}),
  };
  const applicant = await getPatient(deps.db, deps.tableName, record.applicantPatientId);
  const message = phbMessageFor(
    event,
    actor.kind,
    record.reference,
    applicant,
    randomUUID(),
    event.to,
  );
  const outcome = await changePhbApplication(deps.db, deps.tableName, {
    before: record,
    after,
    event,
    counts: phbCountsFor(record.case, transition.after, event, now),
    ...(message ? { message } : {}),
    ...(input.attach ? { attach: input.attach } : {}),
  });
  if (outcome.kind === "changed-meanwhile")
    throw new Conflict(changedMeanwhile, "phb_changed_meanwhile");
  return {
    record: outcome.record,
    events: [...input.events, event],
    ...(screened ? { emergencyAdvice: screened.advice } : {}),
  };
}

/** The application as the applicant (everything patient-facing) or the team (all) sees it. */
export function applicationView(
  record: PhbApplicationRecord,
  events: readonly PhbEventRecord[],
  audience: "applicant" | "team",
): PhbApplicationView {
  const offer = offerOf(record.case.icbId);
  const tracker = phbTracker(record.case, audience);
  const team = `The personal health budgets team at ${offer.icbName}`;
  // To the team, the person's move is the applicant's (themselves, or whoever applied for them).
  const dealtWithBy =
    tracker.withWhom === "you"
      ? audience === "team"
        ? "The applicant"
        : "You"
      : audience === "team" && record.case.assigneeId
        ? record.case.assigneeId
        : team;
  const { assigneeId: _assignee, ...patientCase } = record.case;
  const person = record.forSomeoneElse;
  return {
    id: record.id,
    reference: record.reference,
    version: record.version,
    routeId: record.case.routeId,
    routeName: findPhbRoute(offer, record.case.routeId)?.name ?? record.case.routeId,
    icbId: record.case.icbId,
    stage: record.case.stage,
    createdAt: record.createdAt,
    ...(person
      ? {
          forSomeoneElse: {
            name: `${person.givenName} ${person.familyName}`,
            relationship: person.relationship,
          },
        }
      : {}),
    tracker: { ...tracker, dealtWithBy },
    ...(record.documents?.length ? { documents: record.documents } : {}),
    case:
      audience === "team"
        ? { ...record.case, details: record.details }
        : { ...patientCase, details: record.details },
    timeline: events
      .filter((event) => audience === "team" || event.patientFacing)
      .map((event) => ({
        action: event.action,
        at: event.at,
        by: event.by,
        ...(audience === "team" ? { actorId: event.actorId } : {}),
        from: event.from,
        to: event.to,
        ...(event.reasons ? { reasons: event.reasons } : {}),
        ...(audience === "team" && event.flaggedWords ? { flaggedWords: event.flaggedWords } : {}),
      })),
    ...(audience === "team" && record.flaggedWords ? { flaggedWords: record.flaggedWords } : {}),
  };
}
