import { DevInboxResponse, emptyProfile } from "@front-door/contracts";
import { demoUsers, type MessageRecord, patientView } from "@front-door/store";
import { describe, expect, it } from "vitest";
import { contactOf, demoPatientsOf, type InboxStore, readDevInbox } from "./dev-inbox.ts";

const record = (patientId: string, id: string, createdAt: string): MessageRecord => ({
  id,
  patientId,
  kind: "booking-confirmed",
  channels: ["sms"],
  text: `Message ${id}`,
  createdAt,
  status: "pending",
});

describe("demoPatientsOf", () => {
  it("lists the demo patients only, in sign-in order, with their patient ids", () => {
    expect(demoPatientsOf(demoUsers).map((p) => [p.user.id, p.patientId])).toEqual([
      ["user-patient-amira", "patient-amira"],
      ["user-patient-tom", "patient-tom"],
      ["user-patient-edith", "patient-edith"],
    ]);
  });
});

describe("contactOf", () => {
  it("gives where texts and emails would go, leaving out blank fields", () => {
    expect(
      contactOf({ ...emptyProfile, contact: { mobile: "+447700900123", email: " " } }),
    ).toEqual({ mobile: "+447700900123" });
    expect(contactOf(undefined)).toEqual({});
  });
});

describe("readDevInbox", () => {
  it("gives each demo patient their own messages and contact, in a shape the contract accepts", async () => {
    const asked: string[] = [];
    const store: InboxStore = {
      patientView,
      messagesFor: async (_db, tableName, patientId) => {
        asked.push(`${tableName}:${patientId}`);
        return patientId === "patient-tom"
          ? [
              record(patientId, "newer", "2026-12-05T09:00:00.000Z"),
              record(patientId, "older", "2026-12-05T08:00:00.000Z"),
            ]
          : [];
      },
      getPatient: async (_db, _tableName, patientId) =>
        patientId === "patient-tom"
          ? {
              id: patientId,
              nhsNumber: "9990001383",
              name: { given: "Tom", family: "Whitaker" },
              dateOfBirth: "1980-01-01",
              profile: { ...emptyProfile, contact: { email: "tom@example.com" } },
            }
          : undefined,
    };
    const inbox = await readDevInbox(store, {} as never, "table-x", demoUsers);
    expect(DevInboxResponse.safeParse(inbox).success).toBe(true);
    expect(asked).toEqual([
      "table-x:patient-amira",
      "table-x:patient-tom",
      "table-x:patient-edith",
    ]);
    const tom = inbox.inboxes.find((i) => i.patientId === "patient-tom");
    expect(tom?.user.displayName).toBe("Tom Whitaker");
    expect(tom?.contact).toEqual({ email: "tom@example.com" });
    expect(tom?.messages.map((m) => m.id)).toEqual(["newer", "older"]);
    expect(inbox.inboxes.find((i) => i.patientId === "patient-amira")?.messages).toEqual([]);
  });
});
