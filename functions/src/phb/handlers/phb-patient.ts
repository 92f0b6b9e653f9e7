import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import { myPhbApply } from "@front-door/contracts/routes";
import {
  applicationProblems,
  consentedChannels,
  eligibilityDecisionDays,
  holdingWays,
  NotFound,
  newPhbCase,
  normalisedCaredFor,
  type PhbApplicationDetails,
  phbRoutesOf,
  screenPatientWords,
  spendingRulesOf,
  Unprocessable,
} from "@front-door/domain";
import { locationOf, type RouteHandler } from "@front-door/lambda";
import {
  createPhbApplication,
  getPatient,
  getPhbDraft,
  getSite,
  type PhbApplicationRecord,
  type PhbEventRecord,
  phbApplicationsOf,
  savePhbDraft,
} from "@front-door/store";
import { type PhbDocumentDeps, preparePhbDocuments } from "./phb-documents.ts";
import { phbCountsFor } from "./phb-effects.ts";
import {
  actOnApplication,
  applicantsApplication,
  applicationView,
  expectedVersionOf,
  offerOf,
  type PhbDeps,
  withoutAt,
} from "./phb-shared.ts";

/** The start page's facts: public, so someone can read it before signing in. */
export function makePhbOffer(): RouteHandler<typeof routes.phbOffer> {
  return async ({ query }) => {
    const offer = offerOf(query.icbId);
    return {
      body: {
        icbId: offer.icbId,
        icbName: offer.icbName,
        routes: phbRoutesOf(offer),
        waysToHoldTheMoney: [...holdingWays],
        cannotBuy: spendingRulesOf(offer).map(({ label, reason }) => ({ label, reason })),
        timescales: { eligibilityDecisionDays, stageTargets: { ...offer.targets } },
        contact: offer.contact,
      },
    };
  };
}

export function makeMyPhbDraft(deps: PhbDeps): RouteHandler<typeof routes.myPhbDraft> {
  return async ({ principal }) => {
    const saved = await getPhbDraft(deps.db, deps.tableName, principal.patientId);
    return { body: saved ? { draft: saved.draft, savedAt: saved.savedAt } : { draft: null } };
  };
}

export function makeMyPhbDraftSave(deps: PhbDeps): RouteHandler<typeof routes.myPhbDraftSave> {
  return async ({ principal, body }) => {
    const savedAt = deps.now().toISOString();
    await savePhbDraft(deps.db, deps.tableName, principal.patientId, body, savedAt);
    return { body: { draft: body, savedAt } };
  };
}

/** "PHB-" and six characters that cannot be misread on the phone. */
function newReference(): string {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  const bytes = randomUUID().replace(/-/g, "");
  let reference = "";
  for (let i = 0; i < 6; i++)
    reference += alphabet[Number.parseInt(bytes.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  return `PHB-${reference}`;
}

/**
 * Apply: the ICB is the applicant's practice's ICB; the route must be one that ICB offers.
 * Contact details and communication needs stay in the profile and are not asked again.
 */
export function makeMyPhbApply(deps: PhbDocumentDeps): RouteHandler<typeof routes.myPhbApply> {
  return async ({ principal, body }) => {
    const now = deps.now();
    const at = now.toISOString();
    // First, before anything can refuse: the person's words, for emergency signs. A match keeps
    // the application (PHB is not urgent care), flags it for the team and answers with advice.
    const screened = screenPatientWords(
      {
        application: {
          outcomes: body.outcomes,
          currentSupport: body.currentSupport,
        },
      },
      at,
    );
    const patient = await getPatient(deps.db, deps.tableName, principal.patientId);
    const site = patient?.registeredSiteId
      ? await getSite(deps.db, deps.tableName, patient.registeredSiteId)
      : undefined;
    if (!site)
      throw new NotFound("We could not find your GP practice's ICB: contact your practice");
    const offer = offerOf(site.icbId);
    const details: PhbApplicationDetails = {
      routeId: body.routeId,
      currentSupport: body.currentSupport,
      outcomes: body.outcomes,
      holdingPreference: body.holdingPreference,
      ...(body.forSomeoneElse ? { forSomeoneElse: normalisedCaredFor(body.forSomeoneElse) } : {}),
    };
    const problems = applicationProblems(details, offer, now);
    if (problems.length)
      throw new Unprocessable("Check the highlighted fields", "phb_invalid", problems);
    const { documents, attach } = await preparePhbDocuments(
      deps,
      principal.userId,
      body.documentIds,
    );
    const record: PhbApplicationRecord = {
      id: randomUUID(),
      reference: newReference(),
      applicantPatientId: principal.patientId,
      ...(details.forSomeoneElse ? { forSomeoneElse: details.forSomeoneElse } : {}),
      details,
      ...(documents.length ? { documents } : {}),
      case: newPhbCase(details, offer, now),
      version: 1,
      ...(screened ? { flaggedWords: screened.flagged } : {}),
      createdAt: at,
      updatedAt: at,
    };
    const event: PhbEventRecord = {
      applicationId: record.id,
      at,
      seq: 0,
      action: "apply",
      by: "patient",
      actorId: principal.userId,
      from: "requested",
      to: "requested",
      patientFacing: true,
      ...(screened ? { flaggedWords: withoutAt(screened.flagged) } : {}),
    };
    await createPhbApplication(deps.db, deps.tableName, {
      record,
      event,
      counts: phbCountsFor(undefined, record.case, event, now),
      message: {
        id: randomUUID(),
        kind: "phb-received",
        channels: patient ? consentedChannels(patient.profile.consent) : [],
        text: `We have your personal health budget application ${record.reference}. Sign in to Front Door to follow it: Your personal health budget.`,
      },
      ...(attach ? { attach } : {}),
    });
    return {
      status: 201,
      body: {
        ...applicationView(record, [event], "applicant"),
        ...(screened ? { emergencyAdvice: screened.advice } : {}),
      },
      headers: { location: locationOf(myPhbApply, { applicationId: record.id }) },
    };
  };
}

export function makeMyPhbApplications(
  deps: PhbDeps,
): RouteHandler<typeof routes.myPhbApplications> {
  return async ({ principal }) => {
    const headlines = await phbApplicationsOf(deps.db, deps.tableName, principal.patientId);
    return {
      body: {
        applications: headlines.map((h) => ({
          id: h.applicationId,
          reference: h.reference,
          routeId: h.routeId,
          stage: h.stage,
          createdAt: h.createdAt,
          updatedAt: h.updatedAt,
          ...(h.forName ? { forName: h.forName } : {}),
        })),
      },
    };
  };
}

export function makeMyPhbApplication(deps: PhbDeps): RouteHandler<typeof routes.myPhbApplication> {
  return async ({ principal, params }) => {
    const { record, events } = await applicantsApplication(
      deps,
      principal.patientId,
      params.applicationId,
    );
    return { body: applicationView(record, events, "applicant") };
  };
}

export function makeMyPhbAction(deps: PhbDocumentDeps): RouteHandler<typeof routes.myPhbAction> {
  return async ({ principal, params, body, headers }) => {
    // Optional for the applicant: sent, a page drawn before the team's change answers 409.
    const expectedVersion = expectedVersionOf(headers["if-match"]);
    const found = await applicantsApplication(deps, principal.patientId, params.applicationId);
    const { documents, attach } = await preparePhbDocuments(
      deps,
      principal.userId,
      body.type === "answer-information" ? body.documentIds : undefined,
    );
    const { record, events, emergencyAdvice } = await actOnApplication(deps, {
      ...found,
      action: body,
      actor: { kind: "patient", userId: principal.userId },
      expectedVersion,
      ...(attach ? { attach: { ...attach, documents } } : {}),
    });
    return {
      body: {
        ...applicationView(record, events, "applicant"),
        ...(emergencyAdvice ? { emergencyAdvice } : {}),
      },
    };
  };
}
