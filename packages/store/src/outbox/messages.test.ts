import { PatientMessage } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  isMessageKey,
  type MessageRecord,
  messagePut,
  outboxShard,
  outboxShards,
  patientView,
  streamGraceMs,
} from "./messages.ts";

const sent: MessageRecord = {
  id: "m1",
  patientId: "patient-amira",
  kind: "booking-confirmed",
  channels: ["sms", "email"],
  text: "You have an appointment",
  createdAt: "2026-12-05T08:00:00.000Z",
  status: "sent",
  attempts: 2,
  claimedAt: "2026-12-05T08:00:01.000Z",
  settledAt: "2026-12-05T08:00:02.000Z",
  deliveries: [
    {
      channel: "sms",
      outcome: "sent",
      at: "2026-12-05T08:00:02.000Z",
      provider: "sns",
      providerId: "provider-123",
    },
    { channel: "email", outcome: "failed", at: "2026-12-05T08:00:02.000Z", reason: "ses: X" },
  ],
};

describe("patientView", () => {
  it("keeps what the patient may see and drops the patient id, provider ids and claim", () => {
    const view = patientView(sent);
    expect(PatientMessage.safeParse(view).success).toBe(true);
    expect(view).toEqual({
      id: "m1",
      kind: "booking-confirmed",
      channels: ["sms", "email"],
      text: "You have an appointment",
      createdAt: "2026-12-05T08:00:00.000Z",
      status: "sent",
      deliveries: [
        { channel: "sms", outcome: "sent", at: "2026-12-05T08:00:02.000Z" },
        { channel: "email", outcome: "failed", at: "2026-12-05T08:00:02.000Z" },
      ],
    });
  });

  it("has no deliveries before delivery", () => {
    const { deliveries: _d, ...pending } = sent;
    expect(patientView({ ...pending, status: "pending" })).not.toHaveProperty("deliveries");
  });
});

describe("isMessageKey", () => {
  it("knows a message's key from other items in the same partition", () => {
    expect(isMessageKey({ pk: "PATIENT#p1", sk: "MSG#2026-12-05T08:00:00.000Z#m1" })).toBe(true);
    expect(isMessageKey({ pk: "PATIENT#p1", sk: "PATIENT" })).toBe(false);
    expect(isMessageKey({ pk: "SLOT#s1", sk: "MSG#x" })).toBe(false);
    expect(isMessageKey({ pk: "PATIENT#p1" })).toBe(false);
  });
});

describe("messagePut and the sweep's index", () => {
  it("puts a new message in the due index, due once the stream's grace has passed", () => {
    const put = messagePut("table", { ...sent, status: "pending", attempts: undefined });
    expect(put.Put.Item).toMatchObject({
      gsi1pk: `OUTBOXDUE#${String(outboxShard("m1")).padStart(2, "0")}`,
      gsi1sk: `${new Date(Date.parse(sent.createdAt) + streamGraceMs).toISOString()}#m1`,
    });
  });

  it("spreads messages over every partition, each message always to the same one", () => {
    const shards = Array.from({ length: 2_000 }, (_, i) => outboxShard(`message-${i}`));
    const counts = Array.from(
      { length: outboxShards },
      (_, shard) => shards.filter((s) => s === shard).length,
    );
    expect(Math.min(...counts)).toBeGreaterThan(2_000 / outboxShards / 2);
    expect(outboxShard("message-7")).toBe(shards[7]);
  });
});
