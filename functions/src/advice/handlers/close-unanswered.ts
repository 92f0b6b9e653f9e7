import { addDays, londonToday, nextStatus } from "@front-door/domain";
import { adviceRequestsDueToClose, changeAdviceRequest, getAdviceRequest } from "@front-door/store";
import type { AdviceDeps } from "./advice-shared.ts";
import { nextEntry } from "./advice-shared.ts";
import { newMessageFor } from "./patient-advice.ts";

/** How far back the job looks for markers it has not yet closed (an outage of up to a month). */
const lookBackDays = 31;

/**
 * Closes each request whose wait for the patient's reply ran out. The patient was told the
 * date when the practice asked; they are told again that it closed. A request answered or
 * changed meanwhile is left alone (its version moved on).
 */
export async function closeUnansweredAdviceRequests(
  deps: AdviceDeps,
): Promise<{ closed: number; skipped: number }> {
  const now = deps.now();
  const today = londonToday(now);
  const dates = Array.from({ length: lookBackDays + 1 }, (_, i) => addDays(today, -i));
  const ids = await adviceRequestsDueToClose(deps.db, deps.tableName, dates, now);
  let closed = 0;
  let skipped = 0;
  for (const id of ids) {
    const found = await getAdviceRequest(deps.db, deps.tableName, id);
    const request = found?.request;
    const transition = request
      ? nextStatus(request.status, "auto-close", request.assignee !== undefined)
      : undefined;
    if (
      !request ||
      transition?.kind !== "ok" ||
      !request.closesAt ||
      request.closesAt > now.toISOString()
    ) {
      skipped++;
      continue;
    }
    const at = now.toISOString();
    // Times still offered go with the request: their holds run out by themselves.
    const { closesAt: _closesAt, offer: _offer, ...rest } = request;
    const outcome = await changeAdviceRequest(deps.db, deps.tableName, {
      before: request,
      after: {
        ...rest,
        status: "closed",
        outcome: "no-reply-from-patient",
        closedAt: at,
        updatedAt: at,
        lastSeq: request.lastSeq + 1,
      },
      entries: [
        nextEntry(request, {
          at,
          kind: "event",
          visibleToPatient: true,
          by: "system",
          action: "auto-close",
          fromStatus: request.status,
          toStatus: "closed",
          outcome: "no-reply-from-patient",
        }),
      ],
      counts: {
        scope: { icbId: request.icbId, siteId: request.siteId, localDate: today },
        deltas: { adviceClosed: 1, "adviceOutcome:no-reply-from-patient": 1 },
      },
      message: await newMessageFor(
        deps,
        request.requesterId,
        request.siteId,
        request.reference,
        true,
      ),
    });
    if (outcome.kind === "changed") closed++;
    else skipped++;
  }
  return { closed, skipped };
}
