import { routes } from "@front-door/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import {
  makeAdviceRequestCreate,
  makeAdviceStatus,
  makeMyAdviceNotAnEmergency,
  makeMyAdviceReply,
  makeMyAdviceRequest,
} from "../../functions/src/advice/handlers/patient-advice.ts";
import {
  makeStaffAdviceInbox,
  makeStaffAdviceRequest,
  makeStaffAdviceRequestCreate,
} from "../../functions/src/advice/handlers/staff-advice.ts";
import { queryAll } from "../../packages/store/src/query.ts";
import { adviceCallers, closedNow, openNow, rashRequest, york } from "./advice-fixtures.ts";
import { amira, analyst, receptionist, tom } from "./referral-fixtures.ts";
import type { Call } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
const clock = { now: openNow };
let status: Call;
let create: Call;
let myOne: Call;
let reply: Call;
let inbox: Call;
let staffOne: Call;
let staffCreate: Call;
let notMeant: Call;
let key = 0;
const send = (body: unknown, principal = tom) =>
  create({ principal, body, headers: { "idempotency-key": `safety-${++key}` } });

async function adviceItems(): Promise<number> {
  const items = await queryAll(t.db, {
    TableName: t.tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": "SITEADVICE#site-armley#open" },
  });
  return items.length;
}

beforeAll(async () => {
  t = await freshTable();
  const caller = adviceCallers(t, clock);
  status = caller(routes.adviceStatus, makeAdviceStatus);
  create = caller(routes.adviceRequestCreate, makeAdviceRequestCreate);
  myOne = caller(routes.myAdviceRequest, makeMyAdviceRequest);
  reply = caller(routes.myAdviceReply, makeMyAdviceReply);
  inbox = caller(routes.staffAdviceInbox, makeStaffAdviceInbox);
  staffOne = caller(routes.staffAdviceRequest, makeStaffAdviceRequest);
  staffCreate = caller(routes.staffAdviceRequestCreate, makeStaffAdviceRequestCreate);
  notMeant = caller(routes.myAdviceNotAnEmergency, makeMyAdviceNotAnEmergency);
});

describe("online GP advice: emergencies are never silently dropped", () => {
  it("diverts a ticked emergency sign, records it, and sends nothing to the practice", async () => {
    clock.now = openNow;
    const before = await adviceItems();
    const result = await send({
      ...rashRequest,
      emergencyCheck: { population: "adult", signs: ["chest-pain"] },
    });
    expect(result.status).toBe(200);
    expect(result.body.kind).toBe("emergency");
    expect(result.body.advice.action).toBe("call-999");
    expect(await adviceItems()).toBe(before);
    const checks = await queryAll(t.db, {
      TableName: t.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
      ExpressionAttributeValues: { ":pk": "PATIENT#patient-tom", ":sk": "ADVICECHECK#" },
    });
    expect(checks.map((c) => c.redFlags)).toContainEqual(["chest-pain"]);
  });

  it("keeps a request whose words raise a flag, returns emergency advice at once and shows it urgent to staff", async () => {
    clock.now = openNow;
    const result = await send({
      ...rashRequest,
      problems: [
        {
          ...rashRequest.problems[0],
          description: "rash, and since this morning crushing chest pain",
        },
      ],
    });
    expect(result.body.kind).toBe("sent");
    expect(result.body.urgent).toBe(true);
    expect(result.body.emergencyAdvice.action).toBe("call-999");
    expect(result.body.emergencyAdvice.accessibleRoutes.map((r: { id: string }) => r.id)).toContain(
      "text-relay-999",
    );
    const queue = await inbox({ principal: receptionist, query: {} });
    const first = queue.body.requests[0];
    expect(first.id).toBe(result.body.requestId);
    expect(first.urgent).toBe(true);
    expect(first.redFlagged).toBe(true);
    const staffView = await staffOne({
      principal: receptionist,
      params: { requestId: result.body.requestId },
    });
    expect(staffView.body.request.redFlags).toEqual([
      { field: "problems.0.description", phraseId: "chest-pain", category: "chest-pain" },
    ]);

    const said = await notMeant({
      principal: tom,
      params: { requestId: result.body.requestId },
      body: { notMeantAsEmergency: true },
    });
    expect(said.status).toBe(200);
    expect(said.body.request.urgent).toBe(true);
    const after = await staffOne({
      principal: receptionist,
      params: { requestId: result.body.requestId },
    });
    expect(after.body.request.patientSaysNotAnEmergency).toBe(true);
    expect(after.body.request.urgent).toBe(true);
  });

  it("screens a reply too", async () => {
    clock.now = openNow;
    const sent = await send(rashRequest);
    const answered = await reply({
      principal: tom,
      params: { requestId: sent.body.requestId },
      body: { text: "now I cant breath" },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.emergencyAdvice.action).toBe("call-999");
    expect(answered.body.request.urgent).toBe(true);
  });
});

describe("online GP advice: who sees what", () => {
  it("hides a request from another patient and another site, and refuses an analyst", async () => {
    clock.now = openNow;
    const sent = await send(rashRequest);
    const params = { requestId: sent.body.requestId };
    expect((await myOne({ principal: amira, params })).status).toBe(404);
    expect((await reply({ principal: amira, params, body: { text: "hello" } })).status).toBe(404);
    expect((await staffOne({ principal: york, params })).status).toBe(404);
    const yorkInbox = await inbox({ principal: york, query: {} });
    expect(yorkInbox.body.requests.map((r: { id: string }) => r.id)).not.toContain(
      sent.body.requestId,
    );
    expect((await staffOne({ principal: analyst, params })).status).toBe(403);
    expect((await inbox({ principal: analyst, query: {} })).status).toBe(403);
  });

  it("records a request staff enter for a patient who phoned, for that patient", async () => {
    clock.now = closedNow;
    const entered = await staffCreate({
      principal: receptionist,
      body: { ...rashRequest, nhsNumber: "999 000 1383" },
      headers: { "idempotency-key": "safety-staff-1" },
    });
    expect(entered.status).toBe(200);
    const view = await staffOne({
      principal: receptionist,
      params: { requestId: entered.body.requestId },
    });
    expect(view.body.request.enteredBy).toEqual({ kind: "staff", userId: receptionist.userId });
    expect(
      (await myOne({ principal: tom, params: { requestId: entered.body.requestId } })).status,
    ).toBe(200);
    const elsewhere = await staffCreate({
      principal: york,
      body: { ...rashRequest, nhsNumber: "9990001383" },
      headers: { "idempotency-key": "safety-staff-2" },
    });
    expect(elsewhere.status).toBe(422);
  });
});

describe("online GP advice: bad input", () => {
  it("refuses a request outside opening hours with when the practice opens, and says where to go now", async () => {
    clock.now = closedNow;
    const before = await adviceItems();
    const result = await send(rashRequest);
    expect(result.status).toBe(422);
    expect(result.body.error.code).toBe("practice_closed");
    expect(result.body.error.message).toContain("Wednesday 9 December at 08:00");
    expect(await adviceItems()).toBe(before);
    const closed = await status({ principal: tom });
    expect(closed.body.open).toBe(false);
    expect(closed.body.opensNext.date).toBe("2026-12-09");
    expect(JSON.stringify(closed.body.whereToGoNow)).toContain("111");
    expect(JSON.stringify(closed.body)).not.toMatch(/try again/i);
  });

  it("refuses oversize text and too many problems with field-level 400s, writing nothing", async () => {
    clock.now = openNow;
    const before = await adviceItems();
    const long = await send({
      ...rashRequest,
      problems: [{ ...rashRequest.problems[0], description: "a".repeat(5_001) }],
    });
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toEqual([
      expect.objectContaining({ path: "problems.0.description", code: "too-long" }),
    ]);
    const many = await send({ ...rashRequest, problems: Array(4).fill(rashRequest.problems[0]) });
    expect(many.status).toBe(400);
    expect(many.body.error.fields[0].code).toBe("problem-count");
    expect(many.body.error.fields[0].message).toContain("up to 3");
    expect(await adviceItems()).toBe(before);
  });

  it("stores markup as the text it is and gives it back unchanged, never as markup of ours", async () => {
    clock.now = openNow;
    const markup = '<script>alert("x")</script><b>rash</b>';
    const sent = await send({
      ...rashRequest,
      problems: [{ ...rashRequest.problems[0], description: markup }],
    });
    expect(sent.status).toBe(200);
    const view = await myOne({ principal: tom, params: { requestId: sent.body.requestId } });
    expect(view.body.request.problems[0].description).toBe(markup);
    expect(view.headers["content-type"]).toMatch(/application\/json/);
  });
});
