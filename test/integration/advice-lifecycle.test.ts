import { routes } from "@front-door/contracts";
import { messagesFor, readAdviceCounts } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { closeUnansweredAdviceRequests } from "../../functions/src/advice/handlers/close-unanswered.ts";
import {
  makeAdviceRequestCreate,
  makeAdviceStatus,
  makeMyAdviceReply,
  makeMyAdviceRequest,
  makeMyAdviceRequests,
} from "../../functions/src/advice/handlers/patient-advice.ts";
import {
  makeStaffAdviceAction,
  makeStaffAdviceInbox,
  makeStaffAdviceRequest,
} from "../../functions/src/advice/handlers/staff-advice.ts";
import {
  adviceCallers,
  clinician2,
  fitNoteRequest,
  openNow,
  rashRequest,
} from "./advice-fixtures.ts";
import { clinician, receptionist, tom } from "./referral-fixtures.ts";
import type { Call } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
const clock = { now: openNow };
let status: Call;
let create: Call;
let mine: Call;
let myOne: Call;
let reply: Call;
let inbox: Call;
let staffOne: Call;
let act: Call;

beforeAll(async () => {
  t = await freshTable();
  const caller = adviceCallers(t, clock);
  status = caller(routes.adviceStatus, makeAdviceStatus);
  create = caller(routes.adviceRequestCreate, makeAdviceRequestCreate);
  mine = caller(routes.myAdviceRequests, makeMyAdviceRequests);
  myOne = caller(routes.myAdviceRequest, makeMyAdviceRequest);
  reply = caller(routes.myAdviceReply, makeMyAdviceReply);
  inbox = caller(routes.staffAdviceInbox, makeStaffAdviceInbox);
  staffOne = caller(routes.staffAdviceRequest, makeStaffAdviceRequest);
  act = caller(routes.staffAdviceAction, makeStaffAdviceAction);
});

describe("online GP advice: a request from sending to closing", () => {
  it("says the practice is open, and a request gets a reference, what happens next and by when", async () => {
    clock.now = openNow;
    const open = await status({ principal: tom });
    expect(open.status).toBe(200);
    expect(open.body.open).toBe(true);
    // The default promise, said on the start page before anyone asks.
    expect(open.body.targets).toEqual({ nextStepWorkingDays: 1, replyWorkingDays: 2 });

    const sent = await create({
      principal: tom,
      body: rashRequest,
      headers: { "idempotency-key": "lifecycle-1" },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.kind).toBe("sent");
    expect(sent.body.urgent).toBe(false);
    // Tuesday 10:00: what happens next by the end of Wednesday, a reply by the end of Thursday.
    expect(sent.body.whatHappensNext.date).toBe("2026-12-09");
    expect(sent.body.reply.date).toBe("2026-12-10");
    expect(sent.body.reply.text).toContain("Thursday 10 December");
    expect(sent.body.safetyNetting.join(" ")).toContain("111");

    const list = await mine({ principal: tom });
    expect(list.body.requests.map((r: { reference: string }) => r.reference)).toContain(
      sent.body.reference,
    );
    const messages = await messagesFor(t.db, t.tableName, "patient-tom");
    const received = messages.find((m) => m.kind === "advice-received");
    expect(received?.text).toContain(sent.body.reference);
    expect(received?.text).not.toContain("rash");
  });

  it("runs the thread: assign, note, ask, the patient replies, reply, close — audited, notes never shown", async () => {
    clock.now = openNow;
    const sent = await create({
      principal: tom,
      body: fitNoteRequest,
      headers: { "idempotency-key": "lifecycle-2" },
    });
    const requestId = sent.body.requestId as string;

    const unassigned = await inbox({ principal: receptionist, query: { view: "unassigned" } });
    expect(unassigned.body.requests.map((r: { id: string }) => r.id)).toContain(requestId);

    let seen = await staffOne({ principal: receptionist, params: { requestId } });
    const step = async (principal: typeof receptionist, body: unknown) => {
      const result = await act({
        principal,
        params: { requestId },
        body,
        headers: { "if-match": `"${seen.body.request.version}"` },
      });
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      seen = result;
      return result;
    };
    await step(receptionist, { type: "assign", to: { kind: "person", userId: clinician.userId } });
    const mineNow = await inbox({ principal: clinician, query: { view: "mine" } });
    expect(mineNow.body.requests.map((r: { id: string }) => r.id)).toContain(requestId);
    await step(clinician, {
      type: "note",
      text: "Checked the record: previous note ran to 30 Nov.",
    });
    await step(clinician, { type: "ask", text: "Is your employer asking for a phased return?" });
    expect(seen.body.request.status).toBe("awaiting-patient");

    const answered = await reply({
      principal: tom,
      params: { requestId },
      body: { text: "No, a full return." },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.request.status).toBe("assigned");

    seen = await staffOne({ principal: clinician, params: { requestId } });
    await step(clinician, { type: "reply", text: "Your fit note is ready to collect." });
    await step(clinician, { type: "close", outcome: "fit-note-or-letter" });
    expect(seen.body.request.status).toBe("closed");
    expect(seen.body.request.thread.map((e: { action: string }) => e.action)).toEqual([
      "submit",
      "assign",
      "note",
      "ask",
      "patient-reply",
      "reply",
      "close",
    ]);

    const patientView = await myOne({ principal: tom, params: { requestId } });
    const texts = patientView.body.request.thread
      .map((e: { text?: string }) => e.text ?? "")
      .join(" ");
    expect(texts).toContain("Your fit note is ready");
    expect(texts).not.toContain("Checked the record");
    expect(patientView.body.request.outcome).toBe("fit-note-or-letter");

    const late = await reply({
      principal: tom,
      params: { requestId },
      body: { text: "One more thing" },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("advice_request_closed");

    const counts = await readAdviceCounts(t.db, t.tableName, "icb-west-yorkshire", {
      from: "2026-12-08",
      to: "2026-12-08",
    });
    expect(JSON.stringify(counts.days)).toContain("adviceOutcome:fit-note-or-letter");
  });

  it("reopens a closed request and refuses closing it twice", async () => {
    clock.now = openNow;
    const sent = await create({
      principal: tom,
      body: fitNoteRequest,
      headers: { "idempotency-key": "lifecycle-3" },
    });
    const requestId = sent.body.requestId as string;
    const closed = await act({
      principal: receptionist,
      params: { requestId },
      body: { type: "close", outcome: "admin-done" },
    });
    expect(closed.body.request.status).toBe("closed");
    const again = await act({
      principal: receptionist,
      params: { requestId },
      body: { type: "close", outcome: "admin-done" },
    });
    expect(again.status).toBe(409);
    const reopened = await act({
      principal: receptionist,
      params: { requestId },
      body: { type: "reopen" },
    });
    expect(reopened.body.request.status).toBe("submitted");
  });

  it("lets only one of two staff acting on the same version win; the other gets a clear 409", async () => {
    clock.now = openNow;
    const sent = await create({
      principal: tom,
      body: rashRequest,
      headers: { "idempotency-key": "lifecycle-4" },
    });
    const requestId = sent.body.requestId as string;
    const version = (await staffOne({ principal: clinician, params: { requestId } })).body.request
      .version;
    const results = await Promise.all(
      [clinician, clinician2].map((principal) =>
        act({
          principal,
          params: { requestId },
          body: { type: "assign", to: { kind: "person", userId: principal.userId } },
          headers: { "if-match": `"${version}"` },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe("advice_changed_meanwhile");
    const after = await staffOne({ principal: clinician, params: { requestId } });
    expect(after.body.request.version).toBe(version + 1);
    expect(
      after.body.request.thread.filter((e: { action: string }) => e.action === "assign"),
    ).toHaveLength(1);
  });

  it("closes a request left without a reply, once its time has run out, and tells the patient", async () => {
    clock.now = openNow;
    const sent = await create({
      principal: tom,
      body: rashRequest,
      headers: { "idempotency-key": "lifecycle-5" },
    });
    const requestId = sent.body.requestId as string;
    const asked = await act({
      principal: clinician,
      params: { requestId },
      body: { type: "ask", text: "Can you send a photo?" },
    });
    expect(asked.body.request.status).toBe("awaiting-patient");
    const deps = { db: t.db, tableName: t.tableName };

    const early = await closeUnansweredAdviceRequests({
      ...deps,
      now: () => new Date("2026-12-15T10:00:00Z"),
    });
    expect(early.closed).toBe(0);
    const due = await closeUnansweredAdviceRequests({
      ...deps,
      now: () => new Date("2026-12-23T10:00:00Z"),
    });
    expect(due.closed).toBe(1);
    const after = await myOne({ principal: tom, params: { requestId } });
    expect(after.body.request.status).toBe("closed");
    expect(after.body.request.outcome).toBe("no-reply-from-patient");
    const messages = await messagesFor(t.db, t.tableName, "patient-tom");
    expect(
      messages.some((m) => m.kind === "advice-closed" && m.text.includes(sent.body.reference)),
    ).toBe(true);
    const twice = await closeUnansweredAdviceRequests({
      ...deps,
      now: () => new Date("2026-12-23T11:00:00Z"),
    });
    expect(twice.closed).toBe(0);
  });
});
