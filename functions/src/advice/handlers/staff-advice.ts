import type { routes, StaffAdviceAction } from "@front-door/contracts";
import {
  addDays,
  Conflict,
  checkPracticeSettings,
  londonToday,
  londonToUtc,
  NotFound,
  nextStatus,
  readableDate,
  Unprocessable,
  workingDayEnds,
} from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  type AdviceEntryRecord,
  type AdviceRequestRecord,
  adviceInbox,
  changeAdviceRequest,
  getPatient,
  patientByNhsNumber,
  putAdviceSettings,
  releaseHold,
} from "@front-door/store";
import { sendAdviceRequest } from "./advice-create.ts";
import {
  type AdviceDeps,
  changedMeanwhile,
  entryView,
  nextEntry,
  requestView,
  settingsOf,
  siteRequest,
  versionFromIfMatch,
} from "./advice-shared.ts";
import { bookForPatient, holdsToLetGo, offerTimes } from "./appointment-answer.ts";
import { newMessageFor } from "./patient-advice.ts";

async function staffView(
  deps: AdviceDeps,
  request: AdviceRequestRecord,
  entries: readonly AdviceEntryRecord[],
) {
  const patient = await getPatient(deps.db, deps.tableName, request.requesterId);
  return {
    request: {
      ...requestView(request, entries.map(entryView)),
      redFlags: request.screeningFlags.map(({ field, phraseId, category }) => ({
        field,
        phraseId,
        category,
      })),
      ...(request.patientSaysNotAnEmergency !== undefined
        ? { patientSaysNotAnEmergency: request.patientSaysNotAnEmergency }
        : {}),
      ...(request.assignee ? { assignee: request.assignee } : {}),
      enteredBy: request.enteredBy,
      patient: {
        name: patient ? `${patient.name.given} ${patient.name.family}` : "Unknown patient",
        nhsNumber: patient?.nhsNumber ?? "",
        dateOfBirth: patient?.dateOfBirth ?? "",
      },
    },
  };
}

export function makeStaffAdviceSettings(
  deps: AdviceDeps,
): RouteHandler<typeof routes.staffAdviceSettings> {
  return async ({ principal }) => {
    const { settings, version } = await settingsOf(deps, principal.siteId);
    return {
      body: { settings: { ...settings, enabledTypes: [...settings.enabledTypes] }, version },
    };
  };
}

export function makeStaffAdviceSettingsPut(
  deps: AdviceDeps,
): RouteHandler<typeof routes.staffAdviceSettingsPut> {
  return async ({ principal, body, headers }) => {
    checkPracticeSettings(body);
    const current = await settingsOf(deps, principal.siteId);
    const seen = versionFromIfMatch(headers["if-match"]) ?? current.version;
    const saved = await putAdviceSettings(deps.db, deps.tableName, principal.siteId, {
      settings: body,
      seenVersion: seen,
      at: deps.now().toISOString(),
      by: principal.userId,
    });
    if (!saved)
      throw new Conflict(
        "Someone else changed these settings meanwhile. Reload them.",
        "advice_changed_meanwhile",
      );
    return { body: { settings: body, version: seen + 1 } };
  };
}

export function makeStaffAdviceInbox(
  deps: AdviceDeps,
): RouteHandler<typeof routes.staffAdviceInbox> {
  return async ({ principal, query }) => {
    const view = query.view ?? "all";
    const now = deps.now().toISOString();
    const requests = (await adviceInbox(deps.db, deps.tableName, principal.siteId, true))
      .filter((r) => view === "all" || (view === "unassigned" ? !r.assignee : isMine(r, principal)))
      .filter(
        (r) =>
          !query.type || r.category === query.type || r.problems.some((p) => p.type === query.type),
      );
    const patients = new Map(
      await Promise.all(
        [...new Set(requests.map((r) => r.requesterId))].map(
          async (id) => [id, await getPatient(deps.db, deps.tableName, id)] as const,
        ),
      ),
    );
    return {
      body: {
        requests: requests.map((r) => {
          const patient = patients.get(r.requesterId);
          return {
            id: r.id,
            reference: r.reference,
            category: r.category,
            types: r.problems.map((p) => p.type),
            status: r.status,
            urgent: r.urgent,
            redFlagged: r.screeningFlags.length > 0,
            overdue: r.replyDueAt < now,
            replyDueAt: r.replyDueAt,
            submittedAt: r.submittedAt,
            ...(r.assignee ? { assignee: r.assignee } : {}),
            patient: {
              name: patient ? `${patient.name.given} ${patient.name.family}` : "Unknown patient",
              nhsNumber: patient?.nhsNumber ?? "",
            },
          };
        }),
      },
    };
  };
}

function isMine(
  request: AdviceRequestRecord,
  principal: { userId: string; role: string },
): boolean {
  const a = request.assignee;
  return (
    a !== undefined &&
    (a.kind === "person" ? a.userId === principal.userId : a.role === principal.role)
  );
}

export function makeStaffAdviceRequest(
  deps: AdviceDeps,
): RouteHandler<typeof routes.staffAdviceRequest> {
  return async ({ principal, params }) => {
    const { request, entries } = await siteRequest(deps, principal.siteId, params.requestId);
    return { body: await staffView(deps, request, entries) };
  };
}

const signposts: Record<Extract<StaffAdviceAction, { type: "signpost" }>["to"], string> = {
  pharmacy: "A pharmacy",
  "self-referral": "A service you can refer yourself to",
  "nhs-111": "NHS 111",
};

export function makeStaffAdviceAction(
  deps: AdviceDeps,
): RouteHandler<typeof routes.staffAdviceAction> {
  return async ({ principal, params, body, headers }) => {
    const { request } = await siteRequest(deps, principal.siteId, params.requestId);
    const expected = versionFromIfMatch(headers["if-match"]);
    if (expected !== undefined && expected !== request.version) throw changedMeanwhile();
    if (body.type === "offer-times" || body.type === "book") {
      await (body.type === "offer-times"
        ? offerTimes(deps, principal, request, body)
        : bookForPatient(deps, principal, request, body));
      const saved = await siteRequest(deps, principal.siteId, params.requestId);
      return { body: await staffView(deps, saved.request, saved.entries) };
    }
    const assigned = body.type === "assign" || request.assignee !== undefined;
    const transition = nextStatus(request.status, body.type, assigned);
    if (transition.kind === "refused")
      throw new Conflict(transition.message, "advice_action_not_allowed");
    const now = deps.now();
    const at = now.toISOString();
    const { settings } = await settingsOf(deps, request.siteId);
    const toPatient = body.type === "reply" || body.type === "ask" || body.type === "signpost";
    const firstResponse = toPatient && request.firstResponseAt === undefined;
    const { closesAt: _closesAt, closedAt: _closedAt, outcome: _outcome, offer, ...rest } = request;
    // Closing withdraws any times still offered; other actions leave the offer standing.
    const closing = transition.status === "closed";
    const after: AdviceRequestRecord = {
      ...rest,
      ...(offer && !closing ? { offer } : {}),
      status: transition.status,
      updatedAt: at,
      lastSeq: request.lastSeq + 1,
      ...(request.outcome && transition.status === "closed"
        ? { outcome: request.outcome, closedAt: request.closedAt }
        : {}),
      ...(firstResponse ? { firstResponseAt: at } : {}),
      ...(body.type === "assign" ? { assignee: body.to } : {}),
      ...(body.type === "mark-urgent" ? { urgent: true } : {}),
      ...(body.type === "close" ? { outcome: body.outcome, closedAt: at } : {}),
    };
    if (transition.status === "awaiting-patient") {
      const closesOn = addDays(londonToday(now), settings.patientReplyDays);
      after.closesAt =
        request.status === "awaiting-patient" && request.closesAt
          ? request.closesAt
          : londonToUtc(closesOn, workingDayEnds).toISOString();
    }
    const text = "text" in body ? body.text : undefined;
    const entry = nextEntry(request, {
      at,
      kind: body.type === "note" ? "note" : toPatient ? "from-practice" : "event",
      // Notes and assignment stay inside the practice; what the patient is told, they see.
      visibleToPatient: toPatient || body.type === "close" || body.type === "reopen",
      by: "staff",
      actorId: principal.userId,
      action: body.type,
      fromStatus: request.status,
      toStatus: transition.status,
      ...(text !== undefined
        ? {
            text:
              body.type === "ask"
                ? `${text}\n\nPlease reply by ${readableDate((after.closesAt as string).slice(0, 10))}. If we do not hear from you by then, this request will close.`
                : text,
          }
        : {}),
      ...(toPatient ? { needsReply: body.type === "ask" } : {}),
      ...(body.type === "signpost" ? { signpost: signposts[body.to] } : {}),
      ...(body.type === "close" ? { outcome: body.outcome } : {}),
      ...(body.type === "assign" ? { assignee: body.to } : {}),
    });
    const deltas: Record<string, number> = {
      ...(firstResponse
        ? {
            adviceFirstResponses: 1,
            ...(at <= request.replyDueAt ? { adviceFirstResponsesInTarget: 1 } : {}),
          }
        : {}),
      ...(body.type === "close" ? { adviceClosed: 1, [`adviceOutcome:${body.outcome}`]: 1 } : {}),
    };
    const outcome = await changeAdviceRequest(deps.db, deps.tableName, {
      before: request,
      after,
      entries: [entry],
      ...(Object.keys(deltas).length > 0
        ? {
            counts: {
              scope: { icbId: request.icbId, siteId: request.siteId, localDate: londonToday(now) },
              deltas,
            },
          }
        : {}),
      ...(toPatient || body.type === "close"
        ? {
            message: await newMessageFor(
              deps,
              request.requesterId,
              request.siteId,
              request.reference,
            ),
          }
        : {}),
    });
    if (outcome.kind === "changed-meanwhile") throw changedMeanwhile();
    if (closing && offer) {
      // Best effort: a hold left behind runs out by itself when the offer expires.
      await Promise.allSettled(
        holdsToLetGo(request, []).map((slotId) =>
          releaseHold(deps.db, deps.tableName, slotId, request.requesterId),
        ),
      );
    }
    const saved = await siteRequest(deps, principal.siteId, params.requestId);
    return { body: await staffView(deps, saved.request, saved.entries) };
  };
}

export function makeStaffAdviceRequestCreate(
  deps: AdviceDeps,
): RouteHandler<typeof routes.staffAdviceRequestCreate> {
  return async ({ principal, body }) => {
    const { nhsNumber, ...request } = body;
    const patient = await patientByNhsNumber(deps.db, deps.tableName, nhsNumber.replace(/\s/g, ""));
    if (!patient) throw new NotFound("No patient with that NHS number");
    if (patient.registeredSiteId !== principal.siteId) {
      throw new Unprocessable(
        "This patient is registered with another practice",
        "not_registered_here",
      );
    }
    return {
      body: await sendAdviceRequest(deps, {
        patient,
        siteId: principal.siteId,
        body: request,
        enteredBy: { kind: "staff", userId: principal.userId },
      }),
    };
  };
}
