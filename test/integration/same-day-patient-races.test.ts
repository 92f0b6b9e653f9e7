import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { type Principal, routes, SlotTakenBody } from "@front-door/contracts";
import type { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { blockSlot, getSlot, type NewSlot, publishSlots, unblockSlot } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { holdTurns } from "../../functions/src/same-day/handlers/hold-turns.ts";
import { recentSiteDays } from "../../functions/src/same-day/handlers/recent-reads.ts";
import { makeSameDayHold } from "../../functions/src/same-day/handlers/same-day-holds.ts";
import { checkedHttp } from "./route-caller.ts";
import { countingClient, freshTable, type TestTable } from "./support.ts";

const today = "2026-11-24"; // winter: London time is UTC
const now = new Date(`${today}T09:00:00Z`);
let t: TestTable;
let hold: ReturnType<typeof http>;

function slotAt(hhmm: string, siteId = "site-chapeltown"): NewSlot {
  const start = new Date(`${today}T${hhmm}:00Z`);
  return {
    id: `${siteId}_${today}_${hhmm}_same-day-gp_in-person_0`,
    siteId,
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel: "in-person",
    start: start.toISOString(),
    end: new Date(start.getTime() + 15 * 60_000).toISOString(),
    localDate: today,
    localStart: hhmm,
    sameDayOnly: true,
    templateId: "template-1",
  };
}

beforeAll(async () => {
  t = await freshTable();
  // Wired as its entry module wires it: no idempotency store.
  hold = checkedHttp(
    routes.sameDayHoldCreate,
    makeSameDayHold({ db: t.db, tableName: t.tableName, now: () => now }),
  );
  await publishSlots(
    t.db,
    t.tableName,
    ["10:00", "10:15", "10:30", "10:45"].map((hhmm) => slotAt(hhmm)),
  );
});

/** A hold through a handler of its own (another container). */
function holdThrough(handler: typeof hold, principal: Principal, slotId: string) {
  return handler(
    httpEvent({
      method: "POST",
      path: "/api/same-day/holds",
      principal,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ slotId }),
    }),
    lambdaContext(),
  );
}

describe("patients racing for one slot", () => {
  it("lets exactly one of 20 hold it; the rest get 409 slot_taken with the other free times", async () => {
    const wanted = slotAt("10:00").id;
    const patients: Principal[] = Array.from({ length: 20 }, (_, i) => ({
      role: "patient",
      userId: `user-racer-${i}`,
      patientId: `patient-racer-${i}`,
      nhsNumber: "9990000018",
    }));
    const responses = await Promise.all(
      patients.map((principal, i) =>
        hold(
          httpEvent({
            method: "POST",
            path: "/api/same-day/holds",
            principal,
            headers: { "content-type": "application/json", "idempotency-key": `race-key-${i}` },
            body: JSON.stringify({ slotId: wanted }),
          }),
          lambdaContext(),
        ),
      ),
    );
    const winners = responses.filter((r) => r.statusCode === 200);
    const losers = responses.filter((r) => r.statusCode === 409);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      const body = JSON.parse(loser.body ?? "null");
      expect(body.error.code).toBe("slot_taken");
      expect(body.alternatives.map((s: { localStart: string }) => s.localStart)).toEqual([
        "10:15",
        "10:30",
        "10:45",
      ]);
      expect(SlotTakenBody.safeParse(body).success).toBe(true);
      // A way on besides the other times: call back or the waiting list, as API calls.
      expect(
        body.nextSteps.map((step: { kind: string; path: string }) => [step.kind, step.path]),
      ).toEqual([
        ["call-back", "/api/same-day/requests/{requestId}/callback"],
        ["waiting-list", "/api/same-day/waiting-list"],
      ]);
    }
    const winner = patients[responses.findIndex((r) => r.statusCode === 200)];
    const slot = await getSlot(t.db, t.tableName, wanted);
    expect(slot?.holdPatientId).toBe(winner?.role === "patient" ? winner.patientId : "");
  });

  it("answers a retry of a hold that worked (same Idempotency-Key) with 200 again, storing no record", async () => {
    const principal: Principal = {
      role: "patient",
      userId: "user-retrier",
      patientId: "patient-retrier",
      nhsNumber: "9990000018",
    };
    const wanted = slotAt("10:45").id;
    const send = () =>
      hold(
        httpEvent({
          method: "POST",
          path: "/api/same-day/holds",
          principal,
          headers: { "content-type": "application/json", "idempotency-key": "retry-key-0001" },
          body: JSON.stringify({ slotId: wanted }),
        }),
        lambdaContext(),
      );
    const first = await send();
    const retry = await send();
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(JSON.parse(retry.body ?? "")).toEqual(JSON.parse(first.body ?? ""));
    expect(await getSlot(t.db, t.tableName, wanted)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: "patient-retrier",
    });
    const records = await t.db.send(
      new ScanCommand({
        TableName: t.tableName,
        FilterExpression: "begins_with(pk, :idempotency)",
        ExpressionAttributeValues: { ":idempotency": "IDEMPOTENCY#" },
      }),
    );
    expect(records.Items).toEqual([]);
  });
});

describe("the times a 409 suggests, from the hold function's recent reads", () => {
  const armley = Array.from({ length: 12 }, (_, i) =>
    slotAt(
      `${String(10 + Math.floor(i / 4)).padStart(2, "0")}:${String((i % 4) * 15).padStart(2, "0")}`,
      "site-armley",
    ),
  );
  const patientNo = (i: number): Principal => ({
    role: "patient",
    userId: `user-armley-${i}`,
    patientId: `patient-armley-${i}`,
    nhsNumber: "9990000018",
  });

  /**
   * A hold function with sightings, as its entry module wires it, over a client that counts its
   * calls; the sightings' clock is the test's, beside the fixed `now`.
   */
  function sightingHold(
    clock: () => number,
    more: Partial<Parameters<typeof makeSameDayHold>[0]> = {},
  ) {
    const { db, calls } = countingClient();
    const handler = checkedHttp(
      routes.sameDayHoldCreate,
      makeSameDayHold({
        db,
        tableName: t.tableName,
        now: () => now,
        ...recentSiteDays(db, t.tableName, { clock }),
        ...more,
      }),
    );
    return { handler, calls };
  }

  it("reads a site's day once for many losers, skips what it saw taken, reads again when old, and spreads the suggestions", async () => {
    await publishSlots(t.db, t.tableName, armley);
    let clock = 0;
    let draw = 0;
    const random = () => [0.05, 0.9, 0.4, 0.7, 0.2, 0.6][draw++ % 6] as number;
    const { handler: cached, calls } = sightingHold(() => clock, { random });
    const holdAs = async (i: number, slotId: string) => {
      const response = await cached(
        httpEvent({
          method: "POST",
          path: "/api/same-day/holds",
          principal: patientNo(i),
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ slotId }),
        }),
        lambdaContext(),
      );
      const body = JSON.parse(response.body ?? "null");
      return {
        status: response.statusCode,
        offered: (body.alternatives ?? []).map((slot: { id: string }) => slot.id) as string[],
      };
    };
    const [first, second] = armley as [NewSlot, NewSlot];
    // A hold looks first (slot, marker, guard in one call): a refusal is read, a win written.
    const aLook = ["BatchGetItemCommand"];
    const aHold = [...aLook, "TransactWriteItemsCommand"];

    expect((await holdAs(0, first.id)).status).toBe(200);
    expect((await holdAs(1, second.id)).status).toBe(200);
    // A won hold answers from its look: the copy of the site's day is not needed.
    expect(calls.splice(0)).toEqual([...aHold, ...aHold]);

    const losers = await Promise.all([2, 3, 4].map((i) => holdAs(i, first.id)));
    for (const loser of losers) {
      expect(loser.status).toBe(409);
      expect(loser.offered.length).toBe(5);
      expect(loser.offered).not.toContain(first.id);
      expect(loser.offered).not.toContain(second.id);
    }
    // This container held the time a moment ago: the three losers are refused without a look,
    // and one read of the day between them serves their suggestions.
    expect(calls.splice(0)).toEqual(["QueryCommand"]);
    // Not the same five for everyone.
    expect(new Set(losers.map((loser) => loser.offered.join())).size).toBeGreaterThan(1);

    // Someone takes a suggested time through this container: the next loser is not sent there.
    const suggested = losers[0]?.offered[0] as string;
    expect((await holdAs(5, suggested)).status).toBe(200);
    const next = await holdAs(6, first.id);
    expect(next.offered).not.toContain(suggested);
    expect(calls.splice(0)).toEqual([...aHold]);

    // The patient who holds it always reaches the store: a retry after a lost answer is a 200.
    expect((await holdAs(0, first.id)).status).toBe(200);
    expect(calls.splice(0)).toEqual([...aHold]);

    // A time held through another container is refused by the first look here, then remembered.
    const elsewhere = armley.find(
      (slot) => ![first.id, second.id, suggested].includes(slot.id),
    ) as NewSlot;
    expect((await holdThrough(hold, patientNo(8), elsewhere.id)).statusCode).toBe(200);
    expect((await holdAs(9, elsewhere.id)).status).toBe(409);
    expect((await holdAs(10, elsewhere.id)).status).toBe(409);
    expect(calls.splice(0)).toEqual([...aLook]);

    // Once the sighting and the copy are a second and a half old, the slot is looked at and the
    // day read again: a hold let go meanwhile is offered again.
    clock += 1500;
    expect((await holdAs(7, first.id)).status).toBe(409);
    expect(calls.splice(0)).toEqual([...aLook, "QueryCommand"]);
  });

  it("takes holds of one slot in turns in one function: of 12 at once, one look and one write", async () => {
    const york = Array.from({ length: 3 }, (_, i) =>
      slotAt(`12:${String(i * 15).padStart(2, "0")}`, "site-york-clifton"),
    );
    await publishSlots(t.db, t.tableName, york);
    const [wanted, other] = york as [NewSlot, NewSlot];
    // A sightings' clock that stands still: a real one would find the fixed `now`'s hold over.
    // No turn goes ahead early, however slow a busy machine makes the winner's.
    const { handler, calls } = sightingHold(() => 0, holdTurns({ waitMs: 60_000 }));
    const racers = Array.from({ length: 12 }, (_, i) => patientNo(100 + i));
    const answers = await Promise.all(
      racers.map((principal) => holdThrough(handler, principal, wanted.id)),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([
      200,
      ...Array<number>(11).fill(409),
    ]);
    // The first hold looked and wrote; the eleven behind it found it sighted as held and were
    // refused without a call, their suggestions from one read of the site's day.
    expect(calls.splice(0).sort()).toEqual([
      "BatchGetItemCommand",
      "QueryCommand",
      "TransactWriteItemsCommand",
    ]);
    const winner = answers.findIndex((answer) => answer.statusCode === 200);
    expect((await getSlot(t.db, t.tableName, wanted.id))?.holdPatientId).toBe(
      `patient-armley-${100 + winner}`,
    );
    for (const answer of answers.filter((one) => one.statusCode === 409)) {
      const body = SlotTakenBody.parse(JSON.parse(answer.body ?? "null"));
      expect(body.error.code).toBe("slot_taken");
      expect(body.alternatives.map((slot) => slot.id)).toContain(other.id);
    }
  });

  it("refuses a time seen blocked from the site's day alone while the day agrees, and offers it again once freed", async () => {
    const leeds = Array.from({ length: 4 }, (_, i) =>
      slotAt(`11:${String(i * 15).padStart(2, "0")}`, "site-halifax"),
    );
    await publishSlots(t.db, t.tableName, leeds);
    const [blocked] = leeds as [NewSlot];
    expect((await blockSlot(t.db, t.tableName, blocked.id, "Clinician off sick", now)).kind).toBe(
      "done",
    );
    let clock = 0;
    const { handler, calls } = sightingHold(() => clock);
    const holdAs = async (i: number) =>
      (await holdThrough(handler, patientNo(i), blocked.id)).statusCode;

    // Seen blocked by one look; refused without one while the sighting is fresh.
    expect(await holdAs(1)).toBe(409);
    expect(await holdAs(2)).toBe(409);
    expect(calls.splice(0)).toEqual(["BatchGetItemCommand", "QueryCommand"]);
    // Older than a copy of the day: one read of the day (which still does not list it) answers
    // every hold on it for the next second and a half, with no look at the slot.
    clock += 1500;
    expect(await Promise.all([3, 4, 5].map(holdAs))).toEqual([409, 409, 409]);
    expect(calls.splice(0)).toEqual(["QueryCommand"]);

    // Unblocked through another container: within a copy's lifetime the next read of the day
    // lists it, and the hold goes to the store and wins.
    expect((await unblockSlot(t.db, t.tableName, blocked.id, now)).kind).toBe("done");
    clock += 1500;
    expect(await holdAs(6)).toBe(200);
    expect(calls.splice(0)).toEqual([
      "QueryCommand",
      "BatchGetItemCommand",
      "TransactWriteItemsCommand",
    ]);
    expect((await getSlot(t.db, t.tableName, blocked.id))?.holdPatientId).toBe("patient-armley-6");
  });
});
