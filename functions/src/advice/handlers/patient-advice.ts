import { randomUUID } from "node:crypto";
import type { routes } from "@front-door/contracts";
import {
  adviceEmergencySigns,
  adviceMessages,
  assessPatientReply,
  Conflict,
  categoryOf,
  consentedChannels,
  ifUnsureRoutes,
  isOpenAt,
  londonToday,
  nextOpening,
  nextStatus,
  readableDate,
  requestTypeNames,
  Unprocessable,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  adviceRequestsOfPatient,
  changeAdviceRequest,
  getPatient,
  getSite,
} from "@front-door/store";
import { sendAdviceRequest } from "./advice-create.ts";
import { type AdviceDocumentDeps, prepareAdviceDocuments } from "./advice-documents.ts";
import {
  type AdviceDeps,
  changedMeanwhile,
  nextEntry,
  patientRequest,
  patientThread,
  requestView,
  settingsOf,
} from "./advice-shared.ts";

/** Where to go while the practice is closed: never "try again at 8am". */
const whereToGoNow = [
  {
    title: "A pharmacy",
    description:
      "Pharmacists can give advice and treat many minor illnesses without an appointment.",
  },
  ...ifUnsureRoutes.map(({ title, description, href }) => ({
    title,
    description,
    ...(href ? { href } : {}),
  })),
  {
    title: "In an emergency, call 999",
    description: "If someone is seriously ill or injured and their life is at risk.",
    href: "tel:999",
  },
];

async function practiceOf(deps: AdviceDeps, patientId: string) {
  const patient = await getPatient(deps.db, deps.tableName, patientId);
  if (!patient?.registeredSiteId) {
    throw new Unprocessable(
      "We do not know your GP practice, so you cannot send a request online",
      "no_practice",
    );
  }
  return { patient, siteId: patient.registeredSiteId };
}

export function makeAdviceStatus(deps: AdviceDeps): RouteHandler<typeof routes.adviceStatus> {
  return async ({ principal }) => {
    const { siteId } = await practiceOf(deps, principal.patientId);
    const [site, { settings }] = await Promise.all([
      getSite(deps.db, deps.tableName, siteId),
      settingsOf(deps, siteId),
    ]);
    const now = deps.now();
    const open = isOpenAt(now, settings);
    const next = open ? undefined : nextOpening(now, settings);
    return {
      body: {
        site: { id: siteId, name: site?.name ?? siteId },
        open,
        acceptingRequests: open || settings.acceptWhenClosed,
        ...(next
          ? {
              opensNext: {
                date: next.date,
                time: next.time,
                at: next.at.toISOString(),
                text: `Online requests open again on ${readableDate(next.date)} at ${next.time}.`,
              },
            }
          : {}),
        ...(!open && settings.closedMessage ? { closedMessage: settings.closedMessage } : {}),
        whereToGoNow,
        requestTypes: settings.enabledTypes.map((type) => ({
          type,
          name: requestTypeNames[type],
          category: categoryOf(type),
        })),
        emergencySigns: {
          adult: [...adviceEmergencySigns.adult],
          child: [...adviceEmergencySigns.child],
        },
        targets: {
          nextStepWorkingDays: settings.nextStepWorkingDays,
          replyWorkingDays: settings.replyWorkingDays,
        },
      },
    };
  };
}

export function makeAdviceRequestCreate(
  deps: AdviceDocumentDeps,
): RouteHandler<typeof routes.adviceRequestCreate> {
  return async ({ principal, body }) => {
    const { patient, siteId } = await practiceOf(deps, principal.patientId);
    return {
      body: await sendAdviceRequest(deps, {
        patient,
        siteId,
        body,
        enteredBy: { kind: "patient" },
        documents: { files: deps.files, ownerUserId: principal.userId },
      }),
    };
  };
}

export function makeMyAdviceRequests(
  deps: AdviceDeps,
): RouteHandler<typeof routes.myAdviceRequests> {
  return async ({ principal }) => {
    const headlines = await adviceRequestsOfPatient(deps.db, deps.tableName, principal.patientId);
    return {
      body: {
        requests: headlines.map(
          ({ requestId, reference, category, subjectKind, status, submittedAt, replyDueDate }) => ({
            requestId,
            reference,
            category,
            subjectKind,
            status,
            submittedAt,
            replyDueDate,
          }),
        ),
      },
    };
  };
}

export function makeMyAdviceRequest(deps: AdviceDeps): RouteHandler<typeof routes.myAdviceRequest> {
  return async ({ principal, params }) => {
    const { request, entries } = await patientRequest(deps, principal.patientId, params.requestId);
    return { body: { request: requestView(request, patientThread(entries)) } };
  };
}

/**
 * A patient's reply, with any documents: screened like the request; a flag makes the request
 * urgent again.
 */
export function makeMyAdviceReply(
  deps: AdviceDocumentDeps,
): RouteHandler<typeof routes.myAdviceReply> {
  return async ({ principal, params, body }) => {
    const { request } = await patientRequest(deps, principal.patientId, params.requestId);
    const transition = nextStatus(request.status, "patient-reply", request.assignee !== undefined);
    if (transition.kind === "refused")
      throw new Conflict(transition.message, "advice_request_closed");
    const { documents, attach } = await prepareAdviceDocuments(
      deps,
      principal.userId,
      body.documentIds,
    );
    const reply = assessPatientReply(body.text);
    const now = deps.now();
    const at = now.toISOString();
    const flags =
      reply.screening.kind === "emergency"
        ? reply.screening.matches.map(({ phraseId, category, redFlag }) => ({
            field: "reply",
            phraseId,
            category,
            redFlag,
          }))
        : [];
    const { closesAt: _closesAt, ...rest } = request;
    const after = {
      ...rest,
      status: transition.status,
      urgent: request.urgent || flags.length > 0,
      screeningFlags: [...request.screeningFlags, ...flags],
      updatedAt: at,
      lastSeq: request.lastSeq + 1,
    };
    const outcome = await changeAdviceRequest(deps.db, deps.tableName, {
      before: request,
      after,
      entries: [
        nextEntry(request, {
          at,
          kind: "from-patient",
          visibleToPatient: true,
          by: "patient",
          actorId: principal.userId,
          action: "patient-reply",
          fromStatus: request.status,
          toStatus: transition.status,
          text: reply.text,
          ...(flags.length > 0 ? { screeningFlags: flags } : {}),
          ...(documents.length > 0 ? { documents } : {}),
        }),
      ],
      ...(attach ? { attach } : {}),
      ...(flags.length > 0
        ? {
            counts: {
              scope: { icbId: request.icbId, siteId: request.siteId, localDate: londonToday(now) },
              deltas: { adviceFreeTextFlags: 1 },
            },
          }
        : {}),
    });
    if (outcome.kind === "changed-meanwhile") throw changedMeanwhile();
    const { request: saved, entries } = await patientRequest(
      deps,
      principal.patientId,
      params.requestId,
    );
    return {
      body: {
        request: requestView(saved, patientThread(entries)),
        ...(reply.advice ? { emergencyAdvice: reply.advice } : {}),
      },
    };
  };
}

/**
 * "That is not what I meant": recorded for the practice beside the flag. The request stays
 * urgent — a person at the practice decides, never the form.
 */
export function makeMyAdviceNotAnEmergency(
  deps: AdviceDeps,
): RouteHandler<typeof routes.myAdviceNotAnEmergency> {
  return async ({ principal, params }) => {
    const { request } = await patientRequest(deps, principal.patientId, params.requestId);
    if (request.screeningFlags.length === 0) {
      throw new Conflict(
        "Nothing in this request was flagged as an emergency",
        "advice_action_not_allowed",
      );
    }
    if (!request.patientSaysNotAnEmergency) {
      const at = deps.now().toISOString();
      const outcome = await changeAdviceRequest(deps.db, deps.tableName, {
        before: request,
        after: {
          ...request,
          patientSaysNotAnEmergency: true,
          updatedAt: at,
          lastSeq: request.lastSeq + 1,
        },
        entries: [
          nextEntry(request, {
            at,
            kind: "event",
            visibleToPatient: false,
            by: "patient",
            actorId: principal.userId,
            text: "The patient says what they wrote was not meant as an emergency.",
          }),
        ],
      });
      if (outcome.kind === "changed-meanwhile") throw changedMeanwhile();
    }
    const { request: saved, entries } = await patientRequest(
      deps,
      principal.patientId,
      params.requestId,
    );
    return { body: { request: requestView(saved, patientThread(entries)) } };
  };
}

/** Shared with the staff actions and the auto-close job: the outbox message for a new entry. */
export async function newMessageFor(
  deps: AdviceDeps,
  requesterId: string,
  siteId: string,
  reference: string,
  closed = false,
) {
  const [patient, site] = await Promise.all([
    getPatient(deps.db, deps.tableName, requesterId),
    getSite(deps.db, deps.tableName, siteId),
  ]);
  const context = { siteName: site?.name ?? "Your practice", reference };
  return {
    id: randomUUID(),
    kind: closed ? "advice-closed" : "advice-new-message",
    channels: patient ? consentedChannels(patient.profile.consent) : [],
    text: closed ? adviceMessages.closedWithoutReply(context) : adviceMessages.newMessage(context),
  };
}
