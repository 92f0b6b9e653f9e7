import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DevInboxResponse } from "@front-door/contracts";
import { type FrontDoor, startFrontDoor } from "@front-door/local";
import {
  confirmBooking,
  createDocumentClient,
  createDynamoDbClient,
  holdSlot,
  type NewSlot,
  publishSlots,
} from "@front-door/store";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * The local-only dev inbox: bookings written through the real store put messages in the outbox,
 * and GET /api/dev/inbox shows them to whoever runs the service locally.
 */
let front: FrontDoor;
let keyDir: string;

beforeAll(async () => {
  keyDir = await mkdtemp(join(tmpdir(), "local-dev-inbox-"));
  front = await startFrontDoor({
    port: 0,
    inMemory: true,
    dynamodbEndpoint: inject("dynamodbEndpoint"),
    tableName: `local-inbox-${randomUUID()}`,
    identityDir: keyDir,
    // The demo week has a test of its own (local-demo-week); nothing here needs its slots.
    demoSessions: false,
  });
});
afterAll(async () => {
  await front?.stop();
  await rm(keyDir, { recursive: true, force: true });
});

const slot = (localDate: string, hhmm: string): NewSlot => ({
  id: `site-chapeltown_${localDate}_${hhmm}_same-day-gp_in-person_inbox`,
  siteId: "site-chapeltown",
  icbId: "icb-west-yorkshire",
  service: "same-day-gp",
  channel: "in-person",
  start: `${localDate}T${hhmm}:00.000Z`,
  end: `${localDate}T${hhmm.slice(0, 3)}15:00.000Z`,
  localDate,
  localStart: hhmm,
  sameDayOnly: true,
  templateId: "inbox-test",
});

/** Books one slot for Amira on `localDate` at `now`, with the message a booking sends. */
async function bookForAmira(localDate: string, now: Date, text: string): Promise<void> {
  const db = createDocumentClient(createDynamoDbClient({ endpoint: front.dynamodbEndpoint }));
  const newSlot = slot(localDate, "08:00");
  await publishSlots(db, front.tableName, [newSlot]);
  const held = await holdSlot(db, front.tableName, newSlot.id, "patient-amira", now);
  if (held.kind !== "held") throw new Error(`Could not hold the slot: ${held.kind}`);
  const booked = await confirmBooking(db, front.tableName, {
    slot: held.slot,
    appointmentId: randomUUID(),
    bookingReference: `INBOX${localDate.slice(-2)}`,
    patientId: "patient-amira",
    bookedBy: "patient",
    sameDay: true,
    now,
    message: { id: randomUUID(), kind: "booking-confirmed", channels: ["sms"], text },
  });
  expect(booked.kind).toBe("booked");
}

async function inbox() {
  const response = await fetch(`${front.url}/api/dev/inbox`);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const parsed = DevInboxResponse.safeParse(await response.json());
  expect(parsed.success).toBe(true);
  return parsed.data as DevInboxResponse;
}

describe("GET /api/dev/inbox", () => {
  it("lists every demo patient, each with where texts and emails would go", async () => {
    const { inboxes } = await inbox();
    expect(inboxes.map((i) => i.user.id)).toEqual([
      "user-patient-amira",
      "user-patient-tom",
      "user-patient-edith",
    ]);
    expect(inboxes[0]).toMatchObject({
      patientId: "patient-amira",
      user: { displayName: "Amira Hussain", role: "patient" },
      contact: { mobile: "+447700900123", email: "amira.hussain@example.com" },
    });
    expect(inboxes[1]?.contact).toEqual({ email: "tom.whitaker@example.com" });
  });

  it("shows the messages a booking wrote to Amira's outbox, newest first, to Amira only — then sent", async () => {
    await bookForAmira("2026-12-07", new Date("2026-12-07T07:00:00Z"), "Booked for 7 December");
    await bookForAmira("2026-12-08", new Date("2026-12-08T07:00:00Z"), "Booked for 8 December");
    const amiraOf = async () =>
      (await inbox()).inboxes.find((i) => i.patientId === "patient-amira");
    const amira = await amiraOf();
    expect(amira?.messages.map((m) => [m.text, m.createdAt, m.channels])).toEqual([
      ["Booked for 8 December", "2026-12-08T07:00:00.000Z", ["sms"]],
      ["Booked for 7 December", "2026-12-07T07:00:00.000Z", ["sms"]],
    ]);
    expect(amira?.messages[0]).not.toHaveProperty("patientId");
    for (const other of (await inbox()).inboxes.filter((i) => i.patientId !== "patient-amira")) {
      expect(other.messages).toEqual([]);
    }
    // The runner reads the table's stream and runs the delivery function, as AWS would, with the
    // simulated sender: each message is marked sent by text (Amira agreed to texts only).
    await expect
      .poll(async () => (await amiraOf())?.messages.map((m) => m.status), { timeout: 15_000 })
      .toEqual(["sent", "sent"]);
    const sent = (await amiraOf())?.messages[0];
    expect(sent?.deliveries?.map((d) => [d.channel, d.outcome])).toEqual([["sms", "sent"]]);
  });

  it("answers only GET, and is not an API route that needs a token", async () => {
    const response = await fetch(`${front.url}/api/dev/inbox`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});
