import { randomUUID } from "node:crypto";
import type { routes, SelfReferralOutcome } from "@front-door/contracts";
import { selfReferralServiceSummary } from "@front-door/contracts";
import {
  answersFromResponse,
  Conflict,
  consentedChannels,
  type DistrictCentroids,
  distanceKm,
  evaluateSelfReferral,
  InvalidInput,
  kmToMiles,
  type LatLng,
  londonToday,
  NotFound,
  parseUkPostcode,
  referralMessages,
  type SelfReferralEvaluation,
  selfReferralServices,
  statusOfStage,
  structuredAnswers,
  toQuestionnaireResponse,
  Unprocessable,
  whoMayRefer,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  createReferral,
  getPatient,
  getPatientWithRecord,
  getReferral,
  getSite,
  type OnceRecord,
  type Patient,
  type ReferralEventRecord,
  type ReferralRecord,
  recordSelfReferralCheck,
  referralsOfPatient,
  type Site,
} from "@front-door/store";
import {
  actOnReferral,
  expectedVersionOf,
  myReferralView,
  newReference,
  ownReferral,
  type ReferralDeps,
  referralSite,
  serviceAndQuestionnaire,
  serviceName,
} from "./referral-shared.ts";

/**
 * Age and ICB for eligibility, from the patient's record: the registered practice's ICB as the
 * record names it, or (a record written before it did) as the practice's site says.
 */
async function eligibilityFacts(deps: ReferralDeps, patient: Patient) {
  if (patient.registeredSiteId && patient.registeredIcbId) {
    return { dateOfBirth: patient.dateOfBirth, icbId: patient.registeredIcbId };
  }
  const site = patient.registeredSiteId
    ? await referralSite(deps, patient.registeredSiteId)
    : undefined;
  return { dateOfBirth: patient.dateOfBirth, icbId: site?.icbId ?? "" };
}

async function patientOrThrow(
  deps: ReferralDeps,
  patientId: string,
  /** A creating request's Idempotency-Key record: read with the patient, in one BatchGetItem. */
  once?: OnceRecord,
): Promise<Patient> {
  const patient = once
    ? await getPatientWithRecord(deps.db, deps.tableName, patientId, once)
    : await getPatient(deps.db, deps.tableName, patientId);
  if (!patient) throw new NotFound("There is no patient record for this sign-in");
  return patient;
}

export interface SelfReferralServicesDeps extends ReferralDeps {
  /** Postcode districts' centres: where "near LS12" is measured from. */
  districts: DistrictCentroids;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Where to measure distances from: the postcode asked about (its district's centre; one the
 * service does not cover is a 422, as in site search), else the patient's own practice.
 */
function originOf(
  deps: SelfReferralServicesDeps,
  postcodeAsked: string | undefined,
  practice: Site | undefined,
): { near: { postcode?: string; description: string }; at: LatLng } | undefined {
  if (postcodeAsked !== undefined) {
    const postcode = parseUkPostcode(postcodeAsked);
    const at = postcode ? deps.districts.get(postcode.outcode) : undefined;
    if (!postcode || !at) {
      const shown = postcode?.postcode ?? postcodeAsked;
      throw new Unprocessable(
        `Front Door does not cover ${shown} yet. It covers parts of West and North Yorkshire for now. Your GP practice can tell you about services near you.`,
        "postcode_not_covered",
        [{ path: "postcode", message: `We do not cover ${shown} yet` }],
      );
    }
    return { near: { postcode: postcode.postcode, description: postcode.postcode }, at };
  }
  return practice
    ? { near: { description: `your GP practice, ${practice.name}` }, at: practice.location }
    : undefined;
}

/**
 * The self-referral services, nearest first, each saying whether this patient may use it (and
 * if not, why and where to go instead). Nobody is hidden a service: one outside their area
 * is shown with its reason, so a patient knows it exists and what to do. With a serviceId, only
 * that one.
 */
export function makeSelfReferralServices(
  deps: SelfReferralServicesDeps,
): RouteHandler<typeof routes.selfReferralServices> {
  return async ({ principal, query }) => {
    // One service when asked for (the questions page): an unknown one is the caller's mistake.
    const asked = query.serviceId
      ? selfReferralServices.filter((service) => service.id === query.serviceId)
      : selfReferralServices;
    if (asked.length === 0) {
      throw new InvalidInput("There is no such self-referral service", [
        { path: "serviceId", message: "Choose a service from the list" },
      ]);
    }
    const patient = await patientOrThrow(deps, principal.patientId);
    const practice = patient.registeredSiteId
      ? await getSite(deps.db, deps.tableName, patient.registeredSiteId)
      : undefined;
    const origin = originOf(deps, query.postcode, practice);
    const facts = { dateOfBirth: patient.dateOfBirth, icbId: practice?.icbId ?? "" };
    const today = londonToday(deps.now());
    const services = await Promise.all(
      asked.map(async (service) => {
        const site = await getSite(deps.db, deps.tableName, service.siteId);
        const refused = whoMayRefer(service, facts, today);
        return {
          service: selfReferralServiceSummary(service),
          site: {
            id: service.siteId,
            name: site?.name ?? service.siteId,
            ...(site ? { town: site.address.town } : {}),
          },
          ...(origin && site
            ? { distanceMiles: oneDecimal(kmToMiles(distanceKm(origin.at, site.location))) }
            : {}),
          mayRefer: refused
            ? { kind: "no" as const, reason: refused.reason, signpost: refused.signpost }
            : { kind: "yes" as const },
        };
      }),
    );
    if (origin) {
      services.sort(
        (a, b) =>
          (a.distanceMiles ?? Number.POSITIVE_INFINITY) -
            (b.distanceMiles ?? Number.POSITIVE_INFINITY) ||
          a.service.name.localeCompare(b.service.name),
      );
    }
    return { body: { ...(origin ? { near: origin.near } : {}), services } };
  };
}

/**
 * Submitting answers. The server evaluates them itself (never the browser's verdict): an
 * eligible patient's referral is made for the service to triage; anything else makes no
 * referral, is recorded for audit with its reason and counted, and says where to go instead.
 */
export function makeSelfReferralCreate(
  deps: ReferralDeps,
): RouteHandler<typeof routes.selfReferralCreate> {
  return async ({ principal, body, once }) => {
    const found = serviceAndQuestionnaire(body.serviceId);
    if (!found) {
      throw new InvalidInput("There is no such self-referral service", [
        { path: "serviceId", message: "Select a service from the list" },
      ]);
    }
    const { service, questionnaire } = found;
    if (body.questionnaireVersion !== questionnaire.version) {
      throw new Conflict(
        "These questions have changed since you started. Go back to the start and answer them again.",
        "questionnaire_changed",
      );
    }
    // The receiving site's name (for the message) alongside the patient, not after: through the
    // function's copy of sites a warm submit reads the patient, then writes (2 round trips).
    const [patient, site] = await Promise.all([
      patientOrThrow(deps, principal.patientId, once),
      referralSite(deps, service.siteId),
    ]);
    const now = deps.now();
    const today = londonToday(now);
    const evaluation = evaluateSelfReferral(
      service,
      questionnaire,
      body.answers,
      await eligibilityFacts(deps, patient),
      today,
      { freeTextNotEmergency: body.freeTextNotEmergency === true },
    );
    const at = now.toISOString();
    const scope = {
      icbId: service.icbId,
      siteId: service.siteId,
      service: service.serviceCode,
      localDate: today,
    };
    if (evaluation.kind !== "eligible") {
      const outcome = notReferred(evaluation);
      await recordSelfReferralCheck(
        deps.db,
        deps.tableName,
        {
          id: randomUUID(),
          patientId: patient.id,
          serviceId: service.id,
          scope,
          outcome: evaluation.kind,
          ...(evaluation.kind !== "emergency" ? { reasonCode: evaluation.reasonCode } : {}),
          matched: evaluation.matched,
          answers: structuredAnswers(questionnaire, body.answers),
          at,
        },
        // The answer is saved with the check, in its one transaction (an Idempotency-Key's record).
        once ? { record: once, answer: { body: outcome } } : undefined,
      );
      return { body: outcome };
    }

    const referral: ReferralRecord = {
      id: randomUUID(),
      reference: newReference(),
      patientId: patient.id,
      serviceId: service.id,
      serviceCode: service.serviceCode,
      siteId: service.siteId,
      icbId: service.icbId,
      stage: "submitted",
      status: statusOfStage.submitted,
      bookOnline: service.bookOnline,
      // Words that read as an emergency, which the patient said they did not mean: the service
      // sees it first in its queue (urgent sorts first) and may change it on triage.
      ...(evaluation.urgent ? { priority: "urgent" as const } : {}),
      response: toQuestionnaireResponse(questionnaire, body.answers, now),
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      submittedAt: at,
      updatedAt: at,
      version: 1,
    };
    const event: ReferralEventRecord = {
      type: "submitted",
      by: "patient",
      onBehalfOfPatient: false,
      referralId: referral.id,
      at,
      seq: 0,
      actorId: principal.userId,
      fromStage: "draft",
      toStage: "submitted",
    };
    // The answer first, so that it is saved with the referral (an Idempotency-Key's record): a new
    // referral has no appointment, and the site comes from the function's copy.
    const referred = {
      body: { kind: "referred" as const, referral: await myReferralView(deps, referral, [event]) },
    };
    await createReferral(deps.db, deps.tableName, {
      referral,
      event,
      localDate: today,
      ...(once ? { once: { record: once, answer: referred } } : {}),
      message: {
        id: randomUUID(),
        kind: "referral-submitted",
        channels: consentedChannels(patient.profile.consent),
        text: referralMessages.received({
          siteName: site?.name ?? "The service",
          reference: referral.reference,
        }),
      },
    });
    return referred;
  };
}

export function makeMyReferrals(deps: ReferralDeps): RouteHandler<typeof routes.myReferrals> {
  return async ({ principal }) => {
    const headlines = await referralsOfPatient(deps.db, deps.tableName, principal.patientId);
    return {
      body: {
        referrals: headlines.map((h) => ({
          id: h.referralId,
          reference: h.reference,
          serviceId: h.serviceId,
          serviceName: serviceName(h.serviceId),
          stage: h.stage,
          status: h.status,
          submittedAt: h.submittedAt,
          updatedAt: h.updatedAt,
        })),
      },
    };
  };
}

/** Another patient's referral looks exactly like one that does not exist. */
export function makeMyReferral(deps: ReferralDeps): RouteHandler<typeof routes.myReferral> {
  return async ({ principal, params }) => {
    const { referral, events } = await ownReferral(deps, principal.patientId, params.referralId);
    return { body: { referral: await myReferralView(deps, referral, events) } };
  };
}

export function makeMyReferralAction(
  deps: ReferralDeps,
): RouteHandler<typeof routes.myReferralAction> {
  return async ({ principal, params, body, headers }) => {
    const found = await ownReferral(deps, principal.patientId, params.referralId);
    const { referral, events } = await actOnReferral(deps, {
      ...found,
      action: body,
      actor: { role: "patient", id: principal.userId },
      expectedVersion: expectedVersionOf(headers["if-match"]),
    });
    return { body: { referral: await myReferralView(deps, referral, events) } };
  };
}

/**
 * Tell your story once: the answers from the patient's latest referral that used this
 * service's questionnaire (another site's physiotherapy asks the same questions), limited to
 * what the questionnaire still asks. One Query of their referrals, then that one referral.
 */
export function makeSelfReferralEarlierAnswers(
  deps: ReferralDeps,
): RouteHandler<typeof routes.selfReferralEarlierAnswers> {
  return async ({ principal, query }) => {
    const found = serviceAndQuestionnaire(query.serviceId);
    if (!found) {
      throw new InvalidInput("There is no such self-referral service", [
        { path: "serviceId", message: "Choose a service from the list" },
      ]);
    }
    const { questionnaire } = found;
    const sameQuestions = (serviceId: string) =>
      serviceAndQuestionnaire(serviceId)?.questionnaire.id === questionnaire.id;
    const latest = (await referralsOfPatient(deps.db, deps.tableName, principal.patientId)).find(
      (headline) => sameQuestions(headline.serviceId),
    );
    if (!latest) return { body: {} };
    const stored = await getReferral(deps.db, deps.tableName, latest.referralId);
    if (!stored || stored.referral.patientId !== principal.patientId) return { body: {} };
    const { referral } = stored;
    const site = await getSite(deps.db, deps.tableName, referral.siteId);
    return {
      body: {
        earlier: {
          referralId: referral.id,
          reference: referral.reference,
          serviceName: serviceName(referral.serviceId),
          siteName: site?.name ?? referral.siteId,
          answeredAt: referral.response.authored,
          answers: answersFromResponse(questionnaire, referral.response),
        },
      },
    };
  };
}

/** The answer to answers that make no referral: where to go instead, and why. */
function notReferred(
  evaluation: Exclude<SelfReferralEvaluation, { kind: "eligible" }>,
): SelfReferralOutcome {
  return evaluation.kind === "emergency"
    ? {
        kind: "emergency",
        advice: evaluation.advice,
        ...(evaluation.freeText
          ? { freeText: { categories: evaluation.freeText.categories } }
          : {}),
      }
    : evaluation.kind === "ineligible"
      ? {
          kind: "ineligible",
          route: evaluation.route,
          reasonCode: evaluation.reasonCode,
          reason: evaluation.reason,
          signpost: evaluation.signpost,
        }
      : {
          kind: "urgent-same-day",
          reasonCode: evaluation.reasonCode,
          reason: evaluation.reason,
          signpost: evaluation.signpost,
          ifUnsure: evaluation.ifUnsure,
        };
}
