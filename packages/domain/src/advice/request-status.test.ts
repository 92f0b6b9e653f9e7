import { describe, expect, it } from "vitest";
import {
  nextStatus,
  type RequestActionType,
  type RequestStatus,
  requestActionTypes,
  requestStatuses,
} from "./request-status.ts";

// Written out in full, independently of the table in request-status.ts: every pair is here.
const expected: Record<RequestStatus, Record<RequestActionType, RequestStatus | "refused">> = {
  submitted: {
    assign: "assigned",
    "mark-urgent": "submitted",
    note: "submitted",
    reply: "submitted",
    ask: "awaiting-patient",
    signpost: "submitted",
    close: "closed",
    reopen: "refused",
    "patient-reply": "submitted",
    "patient-book": "refused",
    "offer-times": "awaiting-patient",
    book: "closed",
    "auto-close": "refused",
  },
  assigned: {
    assign: "assigned",
    "mark-urgent": "assigned",
    note: "assigned",
    reply: "assigned",
    ask: "awaiting-patient",
    signpost: "assigned",
    close: "closed",
    reopen: "refused",
    "patient-reply": "assigned",
    "patient-book": "refused",
    "offer-times": "awaiting-patient",
    book: "closed",
    "auto-close": "refused",
  },
  "awaiting-patient": {
    assign: "awaiting-patient",
    "mark-urgent": "awaiting-patient",
    note: "awaiting-patient",
    reply: "awaiting-patient",
    ask: "awaiting-patient",
    signpost: "awaiting-patient",
    close: "closed",
    reopen: "refused",
    "patient-reply": "assigned",
    "patient-book": "closed",
    "offer-times": "awaiting-patient",
    book: "closed",
    "auto-close": "closed",
  },
  closed: {
    assign: "refused",
    "mark-urgent": "refused",
    note: "closed",
    reply: "refused",
    ask: "refused",
    signpost: "refused",
    close: "refused",
    reopen: "assigned",
    "patient-reply": "refused",
    "patient-book": "refused",
    "offer-times": "refused",
    book: "refused",
    "auto-close": "refused",
  },
};

describe("the advice request state machine", () => {
  const cases = requestStatuses.flatMap((status) =>
    requestActionTypes.map((action) => [status, action, expected[status][action]] as const),
  );

  it.each(cases)("%s + %s → %s (with an assignee)", (status, action, result) => {
    const outcome = nextStatus(status, action, true);
    if (result === "refused") expect(outcome.kind).toBe("refused");
    else expect(outcome).toEqual({ kind: "ok", status: result });
  });

  it("sends a patient's answer or a reopened request back to the queue when nobody has it", () => {
    expect(nextStatus("awaiting-patient", "patient-reply", false)).toEqual({
      kind: "ok",
      status: "submitted",
    });
    expect(nextStatus("closed", "reopen", false)).toEqual({ kind: "ok", status: "submitted" });
  });

  it("says why a reply to a closed request is refused", () => {
    const outcome = nextStatus("closed", "patient-reply", true);
    expect(outcome.kind === "refused" && outcome.message).toMatch(/closed/);
  });
});
