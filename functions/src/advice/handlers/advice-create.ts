import { randomUUID } from "node:crypto";
import type { NewAdviceRequest } from "@front-door/contracts";
import {
  adviceMessages,
  adviceSafetyNetting,
  assessAdviceRequest,
  bookingReference,
  consentedChannels,
  isOpenAt,
  londonToday,
  nextOpening,
  readableDate,
  Unprocessable,
  workingDayDeadline,
  workingDayEnds,
} from "@front-door/domain";
import {
  type AdviceContact,
  type AdviceRequestRecord,
  createAdviceRequest,
  type DocumentFiles,
  getSite,
  type Patient,
  recordAdviceDiversion,
} from "@front-door/store";
import { prepareAdviceDocuments } from "./advice-documents.ts";
import { type AdviceDeps, settingsOf } from "./advice-shared.ts";

/** The profile's contact details, for whatever the request leaves unset (tell us once). */
function contactFrom(patient: Patient, given: NewAdviceRequest["contact"]): AdviceContact {
  if (given) {
    return {
      method: given.method,
      ...(given.phone ? { phone: given.phone } : {}),
      ...(given.times ? { times: given.times } : {}),
      ...(given.preferredClinician ? { preferredClinician: given.preferredClinician } : {}),
    };
  }
  const { contact, consent } = patient.profile;
  return {
    method: consent.sms ? "text" : consent.email ? "email" : contact.mobile ? "phone" : "online",
    ...(contact.mobile ? { phone: contact.mobile } : {}),
  };
}

function closedRefusal(now: Date, settings: Parameters<typeof nextOpening>[1]): Unprocessable {
  const next = nextOpening(now, settings);
  const when = next
    ? `It opens for online requests on ${readableDate(next.date)} at ${next.time}.`
    : "";
  return new Unprocessable(
    `Your practice is not taking online requests right now. ${when} If you need help now, call 111 or go to 111.nhs.uk; in an emergency call 999.`.trim(),
    "practice_closed",
  );
}

/**
 * One path for a patient's own request and one staff enter for a patient who phoned: the
 * emergency signs, the checks, the screening, the promise of when — only who entered it differs.
 */
export async function sendAdviceRequest(
  deps: AdviceDeps,
  input: {
    patient: Patient;
    siteId: string;
    body: NewAdviceRequest;
    enteredBy: AdviceRequestRecord["enteredBy"];
    /** The patient's own request may carry their documents; staff entering one cannot. */
    documents?: { files: DocumentFiles; ownerUserId: string };
  },
) {
  const now = deps.now();
  const at = now.toISOString();
  const site = await getSite(deps.db, deps.tableName, input.siteId);
  if (!site)
    throw new Unprocessable(
      "Your practice does not take online requests through Front Door",
      "no_practice",
    );
  const { settings } = await settingsOf(deps, site.id);
  // Staff entering a phoned-in request are the practice itself: opening hours are for patients.
  if (
    input.enteredBy.kind === "patient" &&
    !settings.acceptWhenClosed &&
    !isOpenAt(now, settings)
  ) {
    throw closedRefusal(now, settings);
  }
  const scope = { icbId: site.icbId, siteId: site.id, localDate: londonToday(now) };
  const assessment = assessAdviceRequest(input.body.emergencyCheck, input.body.problems, settings);
  if (assessment.kind === "diverted") {
    await recordAdviceDiversion(deps.db, deps.tableName, {
      id: randomUUID(),
      patientId: input.patient.id,
      scope,
      redFlags: assessment.redFlags,
      at,
      enteredBy: input.enteredBy.kind,
    });
    return { kind: "emergency" as const, advice: assessment.advice };
  }

  const { documents, attach } = input.documents
    ? await prepareAdviceDocuments(
        { ...deps, files: input.documents.files },
        input.documents.ownerUserId,
        input.body.documentIds,
      )
    : { documents: [], attach: undefined };
  const nextStep = workingDayDeadline(now, settings.nextStepWorkingDays, workingDayEnds);
  const reply = workingDayDeadline(now, settings.replyWorkingDays, workingDayEnds);
  const flagged = assessment.screening.kind === "emergency" ? assessment.screening.matches : [];
  const request: AdviceRequestRecord = {
    id: randomUUID(),
    reference: bookingReference(),
    siteId: site.id,
    icbId: site.icbId,
    requesterId: input.patient.id,
    subject: input.body.subject,
    category: assessment.category,
    problems: assessment.problems,
    documents,
    contact: contactFrom(input.patient, input.body.contact),
    status: "submitted",
    urgent: flagged.length > 0,
    screeningFlags: flagged.map(({ field, phraseId, category, redFlag }) => ({
      field,
      phraseId,
      category,
      redFlag,
    })),
    enteredBy: input.enteredBy,
    submittedAt: at,
    updatedAt: at,
    nextStepDueDate: nextStep.date,
    replyDueDate: reply.date,
    replyDueAt: reply.dueAt.toISOString(),
    version: 1,
    lastSeq: 1,
  };
  await createAdviceRequest(deps.db, deps.tableName, {
    request,
    entries: [
      {
        requestId: request.id,
        seq: 1,
        at,
        kind: "event",
        visibleToPatient: true,
        by: input.enteredBy.kind === "staff" ? "staff" : "patient",
        ...(input.enteredBy.kind === "staff" ? { actorId: input.enteredBy.userId } : {}),
        action: "submit",
        toStatus: "submitted",
        ...(flagged.length > 0 ? { screeningFlags: request.screeningFlags } : {}),
      },
    ],
    counts: {
      scope,
      deltas: {
        adviceRequests: 1,
        [`adviceRequests:${request.category}`]: 1,
        ...(flagged.length > 0 ? { adviceFreeTextFlags: 1 } : {}),
        ...(input.enteredBy.kind === "staff" ? { adviceEnteredByStaff: 1 } : {}),
      },
    },
    message: {
      id: randomUUID(),
      kind: "advice-received",
      channels: consentedChannels(input.patient.profile.consent),
      text: adviceMessages.received({ siteName: site.name, reference: request.reference }),
    },
    ...(attach ? { attach } : {}),
  });
  return {
    kind: "sent" as const,
    requestId: request.id,
    reference: request.reference,
    urgent: request.urgent,
    ...(assessment.advice ? { emergencyAdvice: assessment.advice } : {}),
    whatHappensNext: {
      date: nextStep.date,
      dueAt: nextStep.dueAt.toISOString(),
      text: `${site.name} will tell you what happens next by the end of ${readableDate(nextStep.date)}.`,
    },
    reply: {
      date: reply.date,
      dueAt: reply.dueAt.toISOString(),
      text: `You should have a reply by the end of ${readableDate(reply.date)}.`,
    },
    safetyNetting: [...adviceSafetyNetting],
  };
}
