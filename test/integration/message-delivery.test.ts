import { randomUUID } from "node:crypto";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { emptyProfile } from "@front-door/contracts";
import {
  type Channel,
  type Delivery,
  DeliveryFailed,
  type MessageSender,
  SimulatedSender,
} from "@front-door/notify";
import {
  addPatientIfAbsent,
  getMessage,
  keys,
  type MessageChannel,
  type MessageKey,
  messagePut,
  replaceProfile,
} from "@front-door/store";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type DeliverDeps,
  deliverMessage,
  makeDeliverMessages,
} from "../../functions/src/handlers/deliver-messages.ts";
import { faultyTable, onKeys } from "./fault-fixture.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable({ seed: false });
});

const now = () => new Date("2026-12-01T09:00:00.000Z");

/** A sender that records what it was given, and fails the first `failures` sends if told. */
class RecordingSender implements MessageSender {
  readonly provider = "recording";
  readonly sent: Delivery[] = [];
  constructor(
    readonly channel: Channel,
    private failures: { count: number; retryable: boolean } = { count: 0, retryable: true },
  ) {}
  async send(delivery: Delivery) {
    if (this.failures.count > 0) {
      this.failures.count -= 1;
      throw new DeliveryFailed("recording: provider down", this.failures.retryable);
    }
    this.sent.push(delivery);
    return { provider: this.provider, providerId: `r-${this.sent.length}` };
  }
}

/** A patient who agreed to texts and emails (as the messages written for them say) unless told. */
async function patientWith(
  contact: { mobile?: string; email?: string },
  consent = { sms: true, email: true },
): Promise<string> {
  const id = `patient-${randomUUID()}`;
  await addPatientIfAbsent(t.db, t.tableName, {
    id,
    nhsNumber: "9990000018",
    name: { given: "Test", family: "Patient" },
    dateOfBirth: "1990-01-01",
    profile: { ...emptyProfile, contact, consent },
  });
  return id;
}

/** The patient changes what they agree to, keeping their contact details. */
function agreeTo(
  patientId: string,
  contact: { mobile?: string; email?: string },
  consent: { sms: boolean; email: boolean },
) {
  return replaceProfile(t.db, t.tableName, patientId, { ...emptyProfile, contact, consent }, now());
}

/**
 * Writes a message the way every change does: a Put inside a transaction. "at sending": written
 * without reading the patient, its channels chosen by their consent when it goes.
 */
async function outboxMessage(
  patientId: string,
  channels: MessageChannel[] | "at sending",
): Promise<MessageKey> {
  const message = {
    id: randomUUID(),
    patientId,
    kind: "booking-confirmed",
    ...(channels === "at sending"
      ? { channels: [], channelsAtSending: true as const }
      : { channels }),
    text: "You have an appointment with Armley Neighbourhood Health Centre.",
    createdAt: new Date().toISOString(),
    status: "pending" as const,
  };
  await t.db.send(new TransactWriteCommand({ TransactItems: [messagePut(t.tableName, message)] }));
  return keys.message(patientId, message.createdAt, message.id);
}

function deps(senders: DeliverDeps["senders"], extra: Partial<DeliverDeps> = {}): DeliverDeps {
  return { db: t.db, tableName: t.tableName, senders, now, ...extra };
}

describe("delivering outbox messages (DynamoDB Local)", () => {
  it("sends by each consented channel to the patient's current contact details, once", async () => {
    const patientId = await patientWith({ mobile: "+447700900123", email: "a@example.com" });
    const key = await outboxMessage(patientId, ["sms", "email"]);
    const sms = new RecordingSender("sms");
    const email = new RecordingSender("email");

    const outcome = await deliverMessage(deps({ sms, email }), key);
    expect(outcome.kind).toBe("settled");
    expect(sms.sent.map((d) => d.to)).toEqual(["+447700900123"]);
    expect(email.sent.map((d) => [d.to, d.subject])).toEqual([
      ["a@example.com", "Your appointment is booked"],
    ]);
    const stored = await getMessage(t.db, t.tableName, key);
    expect(stored?.status).toBe("sent");
    expect(stored?.attempts).toBe(1);
    expect(
      stored?.deliveries?.map((d) => [d.channel, d.outcome, d.provider, d.providerId]),
    ).toEqual([
      ["sms", "sent", "recording", "r-1"],
      ["email", "sent", "recording", "r-1"],
    ]);
    expect(stored).not.toHaveProperty("claimedAt");

    // The stream delivers a record at least once: the second time sends nothing.
    expect(await deliverMessage(deps({ sms, email }), key)).toEqual({ kind: "skipped" });
    expect(sms.sent).toHaveLength(1);
    expect(email.sent).toHaveLength(1);
  });

  it("sends once when two deliveries of the same record race", async () => {
    const patientId = await patientWith({ mobile: "+447700900123" });
    const key = await outboxMessage(patientId, ["sms"]);
    const sms = new RecordingSender("sms");
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => deliverMessage(deps({ sms }), key)),
    );
    expect(outcomes.filter((o) => o.kind === "settled")).toHaveLength(1);
    expect(sms.sent).toHaveLength(1);
  });

  it("keeps a channel that went when another must be retried, and sends only the rest later", async () => {
    const patientId = await patientWith({ mobile: "+447700900123", email: "a@example.com" });
    const key = await outboxMessage(patientId, ["sms", "email"]);
    const sms = new RecordingSender("sms");
    const email = new RecordingSender("email", { count: 1, retryable: true });

    const first = await deliverMessage(deps({ sms, email }, { random: () => 1 }), key);
    // After the first attempt the wait is a minute at most (half of it at least).
    expect(first).toEqual({
      kind: "retry-later",
      reason: "recording: provider down",
      nextAttemptAt: "2026-12-01T09:01:00.000Z",
    });
    const between = await getMessage(t.db, t.tableName, key);
    expect(between?.status).toBe("pending");
    expect(between?.nextAttemptAt).toBe("2026-12-01T09:01:00.000Z");
    expect(between?.deliveries?.map((d) => `${d.channel}:${d.outcome}`)).toEqual(["sms:sent"]);

    // Not before its time: a redelivered stream record or an early sweep takes nothing.
    const early = () => new Date("2026-12-01T09:00:59.000Z");
    expect(await deliverMessage(deps({ sms, email }, { now: early }), key)).toEqual({
      kind: "skipped",
    });
    const later = () => new Date("2026-12-01T09:01:00.000Z");
    const second = await deliverMessage(deps({ sms, email }, { now: later }), key);
    expect(second.kind).toBe("settled");
    expect(sms.sent).toHaveLength(1);
    expect(email.sent).toHaveLength(1);
    const settled = await getMessage(t.db, t.tableName, key);
    expect(settled?.status).toBe("sent");
    expect(settled?.attempts).toBe(2);
  });

  it("settles as failed after the last attempt, or at once when the provider refuses for good", async () => {
    const patientId = await patientWith({ mobile: "+447700900123" });
    const flaky = await outboxMessage(patientId, ["sms"]);
    const down = new RecordingSender("sms", { count: 10, retryable: true });
    const outcomes = [];
    for (let hour = 0; hour < 3; hour++) {
      const at = () => new Date(now().getTime() + hour * 3_600_000);
      outcomes.push(await deliverMessage(deps({ sms: down }, { maxAttempts: 3, now: at }), flaky));
    }
    expect(outcomes.map((o) => o.kind)).toEqual(["retry-later", "retry-later", "settled"]);
    const failed = await getMessage(t.db, t.tableName, flaky);
    expect(failed?.status).toBe("failed");
    expect(failed?.deliveries?.[0]).toMatchObject({
      outcome: "failed",
      reason: "recording: provider down",
    });

    const refused = await outboxMessage(patientId, ["sms"]);
    const rejecting = new RecordingSender("sms", { count: 1, retryable: false });
    expect((await deliverMessage(deps({ sms: rejecting }), refused)).kind).toBe("settled");
    expect((await getMessage(t.db, t.tableName, refused))?.status).toBe("failed");
  });

  it("records a channel with no address or no provider, and a message with no consented channel", async () => {
    const patientId = await patientWith({ email: "a@example.com" });
    const key = await outboxMessage(patientId, ["sms", "email"]);
    const outcome = await deliverMessage(deps({ sms: new SimulatedSender("sms") }), key);
    expect(outcome).toMatchObject({ kind: "settled", status: "failed" });
    const stored = await getMessage(t.db, t.tableName, key);
    expect(stored?.deliveries?.map((d) => `${d.channel}:${d.outcome}`)).toEqual([
      "sms:no-address",
      "email:no-provider",
    ]);

    const none = await outboxMessage(patientId, []);
    expect(await deliverMessage(deps({}), none)).toMatchObject({ status: "not-sent" });
    expect((await getMessage(t.db, t.tableName, none))?.status).toBe("not-sent");
  });

  it("sends nothing by a channel the patient stopped agreeing to after the message was written", async () => {
    const contact = { mobile: "+447700900123", email: "a@example.com" };
    const patientId = await patientWith(contact);
    // Written while the patient agreed to both, as the change that wrote it read their consent.
    const key = await outboxMessage(patientId, ["sms", "email"]);
    const withdrawn = await agreeTo(patientId, contact, { sms: false, email: true });
    expect(withdrawn).toBeDefined();
    const sms = new RecordingSender("sms");
    const email = new RecordingSender("email");

    expect(await deliverMessage(deps({ sms, email }), key)).toMatchObject({ status: "sent" });
    expect(sms.sent).toEqual([]);
    expect(email.sent.map((d) => d.to)).toEqual(["a@example.com"]);
    const stored = await getMessage(t.db, t.tableName, key);
    expect(stored?.deliveries?.map((d) => `${d.channel}:${d.outcome}`)).toEqual([
      "sms:consent-withdrawn",
      "email:sent",
    ]);
  });

  it("settles as not sent when the patient withdrew every channel, even mid-retry", async () => {
    const contact = { mobile: "+447700900123", email: "a@example.com" };
    const patientId = await patientWith(contact);
    const key = await outboxMessage(patientId, ["sms", "email"]);
    // The first attempt: the text goes, the email's provider says "not now".
    const sms = new RecordingSender("sms");
    const email = new RecordingSender("email", { count: 1, retryable: true });
    expect(await deliverMessage(deps({ sms, email }), key)).toMatchObject({
      kind: "retry-later",
    });
    // Before the retry the patient withdraws both: the email is not sent; the text that went stays.
    await agreeTo(patientId, contact, { sms: false, email: false });
    const later = () => new Date(now().getTime() + 60 * 60_000);
    expect(await deliverMessage(deps({ sms, email }, { now: later }), key)).toMatchObject({
      kind: "settled",
      status: "sent",
    });
    expect(email.sent).toEqual([]);
    expect(sms.sent).toHaveLength(1);
    const stored = await getMessage(t.db, t.tableName, key);
    expect(stored?.deliveries?.map((d) => `${d.channel}:${d.outcome}`)).toEqual([
      "sms:sent",
      "email:consent-withdrawn",
    ]);

    // Withdrawn before anything went: not sent, as for a patient who agreed to none.
    const quiet = await patientWith(contact, { sms: false, email: false });
    const none = await outboxMessage(quiet, ["sms", "email"]);
    expect(await deliverMessage(deps({ sms, email }), none)).toMatchObject({
      kind: "settled",
      status: "not-sent",
    });
    expect(sms.sent).toHaveLength(1);
    expect(email.sent).toEqual([]);
    expect((await getMessage(t.db, t.tableName, none))?.status).toBe("not-sent");
  });

  it("chooses the channels of a message written without reading the patient by their consent when it goes, and keeps that choice for a retry", async () => {
    const contact = { mobile: "+447700900123", email: "a@example.com" };
    // Agreed to email only by the time it goes: no text is sent, and none is recorded as withdrawn.
    const emailOnly = await patientWith(contact, { sms: false, email: true });
    const key = await outboxMessage(emailOnly, "at sending");
    expect(await getMessage(t.db, t.tableName, key)).toMatchObject({
      channels: [],
      channelsAtSending: true,
    });
    const sms = new RecordingSender("sms");
    const email = new RecordingSender("email", { count: 1, retryable: true });
    expect(await deliverMessage(deps({ sms, email }), key)).toMatchObject({ kind: "retry-later" });
    const backingOff = await getMessage(t.db, t.tableName, key);
    expect(backingOff?.channels).toEqual(["email"]);
    expect(backingOff?.channelsAtSending).toBeUndefined();
    // Agreeing to texts before the retry does not add them: the channels were chosen when it went.
    await agreeTo(emailOnly, contact, { sms: true, email: true });
    const later = () => new Date(now().getTime() + 60 * 60_000);
    expect(await deliverMessage(deps({ sms, email }, { now: later }), key)).toMatchObject({
      kind: "settled",
      status: "sent",
    });
    expect(sms.sent).toEqual([]);
    expect(email.sent.map((d) => d.to)).toEqual(["a@example.com"]);
    const sent = await getMessage(t.db, t.tableName, key);
    expect(sent?.deliveries?.map((d) => `${d.channel}:${d.outcome}`)).toEqual(["email:sent"]);

    // Both agreed: both go, and both are recorded as the message's channels.
    const both = await patientWith(contact);
    const bothKey = await outboxMessage(both, "at sending");
    expect(await deliverMessage(deps({ sms, email }), bothKey)).toMatchObject({ status: "sent" });
    expect((await getMessage(t.db, t.tableName, bothKey))?.channels).toEqual(["sms", "email"]);

    // Agreed to neither, or no record at all: not sent, with no channels.
    for (const patientId of [
      await patientWith(contact, { sms: false, email: false }),
      `patient-${randomUUID()}`,
    ]) {
      const quiet = await outboxMessage(patientId, "at sending");
      expect(await deliverMessage(deps({ sms, email }), quiet)).toMatchObject({
        kind: "settled",
        status: "not-sent",
      });
      const stored = await getMessage(t.db, t.tableName, quiet);
      expect(stored).toMatchObject({ status: "not-sent", channels: [] });
      expect(stored?.channelsAtSending).toBeUndefined();
    }
    expect(sms.sent).toHaveLength(1);
  });

  it("records the channels chosen at sending only with the claim's end: retried when throttled, and nothing half-written when the store stays busy", async () => {
    const contact = { mobile: "+447700900123", email: "a@example.com" };
    const patientId = await patientWith(contact, { sms: true, email: false });
    const messageWrites = (rule: { times?: number }) =>
      faultyTable(t, [
        {
          kind: "throttle",
          commands: ["UpdateItem"],
          key: onKeys(`PATIENT#${patientId}`),
          after: 1, // the claim goes in; the claim's end is throttled
          ...rule,
        },
      ]);

    // Throttled twice: the store's retry writes the end, the channels with it.
    const key = await outboxMessage(patientId, "at sending");
    const sms = new RecordingSender("sms");
    const busy = messageWrites({ times: 2 });
    expect(await deliverMessage(deps({ sms }, { db: busy.db }), key)).toMatchObject({
      status: "sent",
    });
    expect(busy.log.injected("throttle")).toBe(2);
    busy.client.destroy();
    const sent = await getMessage(t.db, t.tableName, key);
    expect(sent).toMatchObject({ status: "sent", channels: ["sms"] });
    expect(sent?.channelsAtSending).toBeUndefined();

    // Throttled throughout: the delivery fails (the stream tries again), and the message still
    // holds its claim with its mark, channels not yet recorded, for the sweep once the lease ends.
    const stuck = await outboxMessage(patientId, "at sending");
    const down = messageWrites({});
    await expect(deliverMessage(deps({ sms }, { db: down.db }), stuck)).rejects.toThrow();
    down.client.destroy();
    expect(await getMessage(t.db, t.tableName, stuck)).toMatchObject({
      status: "sending",
      channels: [],
      channelsAtSending: true,
    });
  });

  it("takes back a claim left by a delivery that died, once its lease has run out", async () => {
    const patientId = await patientWith({ mobile: "+447700900123" });
    const key = await outboxMessage(patientId, ["sms"]);
    const dying = new RecordingSender("sms");
    // A delivery that claims, then never settles: simulate with a sender that never returns.
    const stuck = deliverMessage(
      deps({ sms: { channel: "sms", provider: "stuck", send: () => new Promise(() => {}) } }),
      key,
    );
    void stuck;
    await expect
      .poll(async () => (await getMessage(t.db, t.tableName, key))?.status)
      .toBe("sending");
    expect(await deliverMessage(deps({ sms: dying }), key)).toEqual({ kind: "skipped" });
    const later = () => new Date(now().getTime() + 6 * 60_000);
    const retaken = await deliverMessage(deps({ sms: dying }, { now: later }), key);
    expect(retaken.kind).toBe("settled");
    expect(dying.sent).toHaveLength(1);
  });

  it("leaves a provider's 'not now' to the sweep, reports a record the store failed, and ignores other items", async () => {
    const patientId = await patientWith({ mobile: "+447700900123", email: "a@example.com" });
    const ok = await outboxMessage(patientId, ["sms"]);
    const retry = await outboxMessage(patientId, ["email"]);
    const record = (key: MessageKey, sequence: string, eventName = "INSERT") => ({
      eventName,
      dynamodb: { Keys: { pk: { S: key.pk }, sk: { S: key.sk } }, SequenceNumber: sequence },
    });
    const event = {
      Records: [
        record(ok, "100"),
        record({ pk: `PATIENT#${patientId}`, sk: "PATIENT" }, "101"),
        record(retry, "102"),
        record(ok, "103", "MODIFY"),
      ],
    } as unknown as DynamoDBStreamEvent;
    const sms = new RecordingSender("sms");
    const email = new RecordingSender("email", { count: 1, retryable: true });
    const handler = makeDeliverMessages(deps({ sms, email }));
    // The stream's retries would come seconds apart: the email waits in the sweep's index.
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(sms.sent).toHaveLength(1);
    expect(email.sent).toHaveLength(0);
    expect((await getMessage(t.db, t.tableName, retry))?.status).toBe("pending");

    // The store unreachable through its retries: the record goes back to the stream.
    const unreachable = faultyTable(t, [{ kind: "connection" }]);
    const third = await outboxMessage(patientId, ["sms"]);
    const failing = makeDeliverMessages(deps({ sms }, { db: unreachable.db }));
    expect(
      await failing({ Records: [record(third, "104")] } as unknown as DynamoDBStreamEvent),
    ).toEqual({ batchItemFailures: [{ itemIdentifier: "104" }] });
    unreachable.client.destroy();
    expect((await getMessage(t.db, t.tableName, third))?.status).toBe("pending");
  });
});
