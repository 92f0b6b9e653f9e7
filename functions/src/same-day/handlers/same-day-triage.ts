import type { routes } from "@front-door/contracts";
import {
  assessTriage,
  buildTriageRecord,
  currentTriageQuestionnaire,
  londonToday,
  NotFound,
  Unprocessable,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  getPatientWithRecord,
  getSite,
  newSameDayRequestId,
  type OnceRecord,
  recordSameDayRequest,
  type SameDayRequestRecord,
  type Site,
} from "@front-door/store";
import { type SameDayDeps, sameDayService } from "./same-day-own-request.ts";

/**
 * A patient asks to be seen today. Triage first: a red flag (a "yes", or the patient's own words
 * read as an emergency) is recorded as a diverted request (counted, auditable, no free text) and
 * answered with 999 / A&E / 111 advice, and the journey stops. Words the patient then says they
 * did not mean that way make an urgent request in the call-back queue. Otherwise the request is recorded as started, attributed to the patient's registered
 * site, and the patient goes on to choose a slot with its id.
 */
export function makeSameDayRequestCreate(
  deps: SameDayDeps & {
    /**
     * A site's details; the entry passes the function's short-lived copy (recentSites), so a
     * warm function reads the patient, then writes. Default: a GetItem each time.
     */
    siteOf?: (siteId: string) => Promise<Site | undefined>;
  },
): RouteHandler<typeof routes.sameDayRequestCreate> {
  return async ({ principal, body, once }) => {
    const now = deps.now();
    const { freeTextNotEmergency, ...answers } = body;
    const assessment = assessTriage(answers, currentTriageQuestionnaire, {
      freeTextNotEmergency: freeTextNotEmergency === true,
    });
    const site = await registeredSite(deps, principal.patientId, once);
    const triage = buildTriageRecord({
      questionnaire: currentTriageQuestionnaire,
      answers,
      outcome: assessment,
      assessedAt: now,
    });
    const base = {
      id: newSameDayRequestId(site.id),
      patientId: principal.patientId,
      siteId: site.id,
      icbId: site.icbId,
      service: sameDayService,
      localDate: londonToday(now),
      createdAt: now.toISOString(),
      triage: { ...triage },
    } satisfies Partial<SameDayRequestRecord>;

    if (assessment.kind === "red-flag") {
      const diverted = {
        body: {
          outcome: {
            kind: "red-flag" as const,
            flags: assessment.flags,
            advice: assessment.advice,
            ...(assessment.freeText
              ? { freeText: { categories: assessment.freeText.categories } }
              : {}),
          },
        },
      };
      // Nobody works a diverted request, so the patient's own words are not kept with it.
      await recordSameDayRequest(
        deps.db,
        deps.tableName,
        { ...base, status: "diverted" },
        once ? { record: once, answer: () => diverted } : undefined,
      );
      return diverted;
    }
    const { summary } = assessment;
    // Words that read as an emergency, which the patient said they did not mean, go straight to
    // the site's call-back queue marked urgent: someone looks at them today. The patient may
    // still choose a slot (an open request can be booked).
    const proceed = {
      body: {
        outcome: {
          kind: "proceed" as const,
          // No free text back: the patient has it, and responses can end up in logs.
          summary: {
            questionnaireId: summary.questionnaireId,
            questionnaireVersion: summary.questionnaireVersion,
            appointmentFor: summary.appointmentFor,
            duration: summary.duration,
          },
          ...(assessment.urgent ? { urgent: true as const } : {}),
        },
        requestId: base.id,
      },
    };
    // The answer is saved with the request, in its one transaction (an Idempotency-Key's record).
    await recordSameDayRequest(
      deps.db,
      deps.tableName,
      {
        ...base,
        status: assessment.urgent ? "open" : "started",
        description: summary.problem,
        ...(assessment.urgent ? { urgent: true } : {}),
      },
      once ? { record: once, answer: () => proceed } : undefined,
    );
    return proceed;
  };
}

/**
 * Same-day requests go to the patient's own practice site (and its ICB's counts). The record
 * names the practice's ICB beside it, so no read of the practice is needed; a record written
 * before it did reads the practice (through the function's copy of sites).
 */
async function registeredSite(
  deps: SameDayDeps & { siteOf?: (siteId: string) => Promise<Site | undefined> },
  patientId: string,
  once: OnceRecord | undefined,
): Promise<Pick<Site, "id" | "icbId">> {
  // With the Idempotency-Key record, in one BatchGetItem.
  const patient = await getPatientWithRecord(deps.db, deps.tableName, patientId, once);
  if (!patient) throw new NotFound("We could not find your patient record");
  const siteId = patient.registeredSiteId;
  if (siteId && patient.registeredIcbId) return { id: siteId, icbId: patient.registeredIcbId };
  const site = siteId
    ? await (deps.siteOf ? deps.siteOf(siteId) : getSite(deps.db, deps.tableName, siteId))
    : undefined;
  if (!site) {
    throw new Unprocessable(
      "We do not know which GP practice you are registered with, so we cannot book a same-day appointment online. Call your GP practice, or call 111 if you need help today.",
      "no_registered_site",
    );
  }
  return site;
}
