import { PatientMessage } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { isMessageKey, type MessageRecord, patientView } from "./messages.ts";

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
