import { QueueResponse, routes } from "@front-door/contracts";
import type { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { askForCallback, recordSameDayRequest } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import {
  makeStaffQueue,
  makeStaffQueueClose,
} from "../../functions/src/staff/handlers/staff-queue.ts";
import { checkedHttp } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

const armley = { role: "receptionist" as const, userId: "r-armley", siteId: "site-armley" };
const york = { role: "receptionist" as const, userId: "r-york", siteId: "site-york-clifton" };
const clinician = { role: "clinician" as const, userId: "c", siteId: "site-armley" };
const date = "2026-12-07";
const now = new Date(`${date}T12:00:00Z`);

let t: TestTable;
let queue: ReturnType<typeof http>;
let close: ReturnType<typeof http>;

async function request(id: string, patientId: string, createdAt: string, callback: boolean) {
  await recordSameDayRequest(t.db, t.tableName, {
    id,
    patientId,
    siteId: "site-armley",
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    localDate: date,
    createdAt,
    status: "started",
    triage: { questionnaireVersion: "test" },
    description: `Words of ${patientId}`,
  });
  if (callback) await askForCallback(t.db, t.tableName, id, patientId);
}

beforeAll(async () => {
  t = await freshTable();
  const deps = { db: t.db, tableName: t.tableName, now: () => now };
  queue = checkedHttp(routes.staffQueue, makeStaffQueue(deps));
  close = checkedHttp(routes.staffQueueClose, makeStaffQueueClose(deps));
  await request("req-edith", "patient-edith", `${date}T08:30:00.000Z`, true);
  await request("req-amira", "patient-amira", `${date}T08:10:00.000Z`, true);
  await request("req-tom", "patient-tom", `${date}T08:00:00.000Z`, false);
});

const read = async (principal: object, query: Record<string, string> = { date }) => {
  const response = await queue(
    httpEvent({ path: "/api/staff/queue", query, principal: principal as typeof armley }),
    lambdaContext(),
  );
  return { status: response.statusCode, body: JSON.parse(response.body ?? "null") };
};

const closeRequest = async (principal: object, requestId: string, body: unknown) => {
  const event = httpEvent({
    method: "POST",
    path: `/api/staff/queue/${requestId}/close`,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    principal: principal as typeof armley,
  });
  event.pathParameters = { requestId };
  const response = await close(event, lambdaContext());
  return { status: response.statusCode, body: JSON.parse(response.body ?? "null") };
};

describe("the same-day queue (staff routes, DynamoDB Local)", () => {
  it("lists the open requests oldest first, with the patient's NHS number, needs and own words", async () => {
    const { status, body } = await read(armley);
    expect(status).toBe(200);
    // Tom has not asked for a call back: his request is not in the queue yet.
    expect(body.requests.map((r: { id: string }) => r.id)).toEqual(["req-amira", "req-edith"]);
    expect(body.requests[0]).toMatchObject({
      status: "open",
      description: "Words of patient-amira",
      patient: { nhsNumber: "9990000018", communication: { interpreterLanguage: "Urdu" } },
    });
    // Each request carries its own patient's number, from their record.
    expect(body.requests[1].patient).toMatchObject({
      id: "patient-edith",
      nhsNumber: "9990002754",
    });
    // What the page reads: the response is what the contract says.
    expect(QueueResponse.safeParse(body).success).toBe(true);
  });

  it("closes an open request with its outcome, which then follows the open ones", async () => {
    const closed = await closeRequest(armley, "req-amira", {
      outcome: "redirected-to-pharmacy",
      note: "Pharmacy First",
    });
    expect(closed).toEqual({
      status: 200,
      body: { id: "req-amira", status: "closed", outcome: "redirected-to-pharmacy" },
    });
    const { body } = await read(armley);
    expect(body.requests.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      ["req-edith", "open"],
      ["req-amira", "closed"],
    ]);
    expect(body.requests[1].outcome).toBe("redirected-to-pharmacy");
  });

  it("refuses to close a request that is not open (409)", async () => {
    const again = await closeRequest(armley, "req-amira", { outcome: "other" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("request_not_open");
  });

  it("keeps each site to its own queue, and clinicians out of it", async () => {
    expect((await read(york)).body.requests).toEqual([]);
    expect((await closeRequest(york, "req-edith", { outcome: "called-back" })).status).toBe(404);
    expect((await read(clinician)).status).toBe(403);
  });

  it("refuses an unknown outcome with one message", async () => {
    const bad = await closeRequest(armley, "req-edith", { outcome: "ignored" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      {
        path: "outcome",
        message: "Choose called back, sent to a pharmacy, sent to NHS 111 or other",
      },
    ]);
  });
});
