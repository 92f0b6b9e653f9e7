import { randomUUID } from "node:crypto";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { emptyProfile } from "@front-door/contracts";
import { londonToday } from "@front-door/domain";
import { type Delivery, type MessageSender, SimulatedSender } from "@front-door/notify";
import {
  addPatientIfAbsent,
  claimLeaseMs,
  failedMessagesOn,
  getMessage,
  keys,
  type MessageKey,
  messagePut,
  streamGraceMs,
} from "@front-door/store";
import { beforeEach, describe, expect, it } from "vitest";
import { deliverDueMessages } from "../../functions/src/handlers/deliver-due-messages.ts";
import { type DeliverDeps, deliverMessage } from "../../functions/src/handlers/deliver-messages.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

// Each test its own table: the sweep reads the whole index.
let t: TestTable;
beforeEach(async () => {
  t = await freshTable({ seed: false });
});

const created = new Date("2026-12-01T09:00:00.000Z");
const later = (ms: number) => () => new Date(created.getTime() + ms);
const minutes = (n: number) => n * 60_000;

/** Records each accepted send by message id, so "exactly once" is counted, not assumed. */
class CountingSender implements MessageSender {
  readonly provider = "counting";
  readonly sent: string[] = [];
  constructor(readonly channel: "sms" | "email") {}
  async send(delivery: Delivery) {
    this.sent.push(delivery.messageId);
    return { provider: this.provider };
  }
}

async function outboxMessage(): Promise<{ key: MessageKey; id: string }> {
  const patientId = `patient-${randomUUID()}`;
  await addPatientIfAbsent(t.db, t.tableName, {
    id: patientId,
    nhsNumber: "9990000018",
    name: { given: "Test", family: "Patient" },
    dateOfBirth: "1990-01-01",
    profile: {
      ...emptyProfile,
      contact: { mobile: "+447700900123" },
      consent: { sms: true, email: false },
    },
  });
  const id = randomUUID();
  const message = {
    id,
    patientId,
    kind: "booking-confirmed",
    channels: ["sms" as const],
    text: "You have an appointment with Armley Neighbourhood Health Centre.",
    createdAt: created.toISOString(),
    status: "pending" as const,
  };
  await t.db.send(new TransactWriteCommand({ TransactItems: [messagePut(t.tableName, message)] }));
  return { key: keys.message(patientId, message.createdAt, id), id };
}

function deps(senders: DeliverDeps["senders"], now: () => Date, extra: Partial<DeliverDeps> = {}) {
  return { db: t.db, tableName: t.tableName, senders, now, timeLeft: () => true, ...extra };
}

describe("the delivery sweep (DynamoDB Local)", () => {
  it("delivers exactly once a message whose first delivery timed out after claiming it", async () => {
    const { key, id } = await outboxMessage();
    // The stream's delivery claims, then its send never returns: Lambda's timeout ends it.
    const hung: MessageSender = {
      channel: "sms",
      provider: "hung",
      send: () => new Promise(() => {}),
    };
    void deliverMessage(deps({ sms: hung }, later(1_000)), key);
    await expect
      .poll(async () => (await getMessage(t.db, t.tableName, key))?.status)
      .toBe("sending");

    const sms = new CountingSender("sms");
    // Lambda retries the stream record seconds later: the live claim keeps it from sending.
    expect(await deliverMessage(deps({ sms }, later(15_000)), key)).toEqual({ kind: "skipped" });
    // The sweep leaves it alone until the claim's lease has run out...
    expect(await deliverDueMessages(deps({ sms }, later(claimLeaseMs)))).toMatchObject({ due: 0 });
    // ...then takes it up and sends it.
    const swept = await deliverDueMessages(deps({ sms }, later(claimLeaseMs + minutes(1))));
    expect(swept).toMatchObject({ due: 1, sent: 1, failed: 0 });
    // Later sweeps and stream retries find nothing more to do.
    expect(await deliverDueMessages(deps({ sms }, later(minutes(60))))).toMatchObject({ due: 0 });
    expect(await deliverMessage(deps({ sms }, later(minutes(61))), key)).toEqual({
      kind: "skipped",
    });
    expect(sms.sent).toEqual([id]);
    const stored = await getMessage(t.db, t.tableName, key);
    expect(stored).toMatchObject({ status: "sent", attempts: 2 });
    expect(stored).not.toHaveProperty("claimedAt");
  });

  it("delivers once when the claim's answer was lost after DynamoDB committed it", async () => {
    const { key, id } = await outboxMessage();
    const lossy = faultyTable(t, [
      {
        kind: "timeout",
        commands: ["UpdateItem"],
        key: onKeys("PATIENT#"),
        times: 1,
        afterCommit: true,
      },
    ]);
    const sms = new CountingSender("sms");
    const outcome = await deliverMessage(deps({ sms }, later(1_000), { db: lossy.db }), key);
    lossy.client.destroy();
    expect(outcome).toMatchObject({ kind: "settled", status: "sent" });
    // The store's retry met our own claim and recognised it: one attempt counted, one send.
    expect(
      lossy.log.attempts.filter((a) => a.operation === "UpdateItem").map((a) => a.fault),
    ).toEqual(["timeout", undefined, undefined]);
    expect(sms.sent).toEqual([id]);
    expect(await getMessage(t.db, t.tableName, key)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("finds a message the stream never delivered once the stream's grace has passed", async () => {
    const { id } = await outboxMessage();
    const sms = new CountingSender("sms");
    expect(await deliverDueMessages(deps({ sms }, later(streamGraceMs - 1_000)))).toMatchObject({
      due: 0,
    });
    expect(await deliverDueMessages(deps({ sms }, later(streamGraceMs)))).toMatchObject({
      due: 1,
      sent: 1,
    });
    expect(sms.sent).toEqual([id]);
  });

  it("backs off from a throttling provider over minutes, then delivers once", async () => {
    const { key } = await outboxMessage();
    const sms = new SimulatedSender("sms", [{ kind: "throttle", times: 3 }]);
    const first = await deliverMessage(deps({ sms }, later(1_000), { random: () => 0 }), key);
    expect(first).toMatchObject({ kind: "retry-later", reason: "simulated: ThrottlingException" });
    // Sweeping every minute: attempts 2, 3 and 4 fall due ½, 1 and 2 minutes after each other.
    const outcomes: string[] = [];
    for (let minute = 1; minute <= 6; minute += 1) {
      const run = await deliverDueMessages(
        deps({ sms }, later(minutes(minute) + 1_000), { random: () => 0 }),
      );
      outcomes.push(`${run.due}:${run.backingOff}:${run.sent}`);
    }
    expect(outcomes).toEqual(["1:1:0", "1:1:0", "0:0:0", "1:0:1", "0:0:0", "0:0:0"]);
    expect([sms.refused, sms.accepted]).toEqual([3, 1]);
    expect(await getMessage(t.db, t.tableName, key)).toMatchObject({ status: "sent", attempts: 4 });
  });

  it("after the last attempt settles the message as failed, counted and listed for operations", async () => {
    const { key, id } = await outboxMessage();
    const sms = new SimulatedSender("sms", [{ kind: "throttle" }]);
    const runs = [];
    for (let hour = 0; hour < 3; hour += 1) {
      runs.push(
        await deliverDueMessages(
          deps({ sms }, later(streamGraceMs + hour * 3_600_000), { maxAttempts: 3 }),
        ),
      );
    }
    expect(runs.map((run) => [run.backingOff, run.undeliverable])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    const stored = await getMessage(t.db, t.tableName, key);
    expect(stored).toMatchObject({ status: "failed", attempts: 3 });
    const failed = await failedMessagesOn(t.db, t.tableName, londonToday(created));
    expect(failed).toEqual([
      expect.objectContaining({ id, kind: "booking-confirmed", attempts: 3 }),
    ]);
    expect(failed[0]).not.toHaveProperty("text");
    // Settled: no sweep takes it up again.
    expect(await deliverDueMessages(deps({ sms }, later(minutes(600))))).toMatchObject({ due: 0 });
  });

  it("counts what the store could not do and what it had no time for, for the next run", async () => {
    const { id } = await outboxMessage();
    const sms = new CountingSender("sms");
    const unreachable = faultyTable(t, [{ kind: "connection", commands: ["Query"] }]);
    const failing = await deliverDueMessages(
      deps({ sms }, later(minutes(3)), { db: unreachable.db }),
    );
    unreachable.client.destroy();
    expect(failing).toMatchObject({ due: 0, failed: 16 });
    const outOfTime = await deliverDueMessages({
      ...deps({ sms }, later(minutes(3))),
      timeLeft: () => false,
    });
    expect(outOfTime).toMatchObject({ due: 1, leftForNextRun: 1, sent: 0 });
    expect(await deliverDueMessages(deps({ sms }, later(minutes(4))))).toMatchObject({ sent: 1 });
    expect(sms.sent).toEqual([id]);
  });
});
