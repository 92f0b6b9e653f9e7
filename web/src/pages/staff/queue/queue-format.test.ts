import type { QueueEntry } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { askedAt, nhsNumberText, queueStatusText, splitQueue } from "./queue-format.ts";

const entry = (id: string, status: QueueEntry["status"], outcome?: string): QueueEntry => ({
  id,
  status,
  service: "same-day-gp",
  createdAt: "2026-07-01T07:04:00.000Z",
  ...(outcome ? { outcome } : {}),
});

describe("queue format", () => {
  it("gives the time asked in London time, summer or winter", () => {
    expect(askedAt("2026-07-01T07:04:00.000Z")).toBe("Asked at 8:04am");
    expect(askedAt("2026-11-24T07:04:00.000Z")).toBe("Asked at 7:04am");
  });

  it("names a closed request's outcome in words", () => {
    expect(queueStatusText(entry("a", "closed", "redirected-to-111"))).toBe(
      "Closed: Sent to NHS 111",
    );
    expect(queueStatusText(entry("b", "allocated"))).toBe("Given an appointment");
  });

  it("shows the patient's NHS number in groups of 3, 3 and 4, and nothing without a patient", () => {
    const tom = {
      id: "patient-tom",
      name: { given: "Thomas", family: "Whitaker" },
      nhsNumber: "9990001383",
      communication: { britishSignLanguage: true, easyRead: false, largePrint: false },
    };
    expect(nhsNumberText({ ...entry("a", "open"), patient: tom })).toBe("NHS number 999 000 1383");
    expect(nhsNumberText(entry("b", "open"))).toBeUndefined();
  });

  it("keeps the open requests apart, in the API's order", () => {
    const { open, rest } = splitQueue([
      entry("1", "open"),
      entry("2", "open"),
      entry("3", "closed", "other"),
    ]);
    expect(open.map((r) => r.id)).toEqual(["1", "2"]);
    expect(rest.map((r) => r.id)).toEqual(["3"]);
  });
});
