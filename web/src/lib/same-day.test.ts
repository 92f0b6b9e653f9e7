import type { TriageQuestionnaire } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  londonClockTime,
  readHeldSlot,
  safeId,
  sameDayQuery,
  saveHeldSlot,
  triageFieldId,
  visibleSectionIds,
} from "./same-day.ts";

const questionnaire: TriageQuestionnaire = {
  id: "q",
  version: 1,
  title: "t",
  sections: [
    { id: "who", title: "Who", questions: [] },
    {
      id: "adult",
      title: "A",
      showWhen: { question: "appointmentFor", answer: "myself" },
      questions: [],
    },
    {
      id: "child",
      title: "C",
      showWhen: { question: "appointmentFor", answer: "child" },
      questions: [],
    },
    { id: "problem", title: "P", questions: [] },
  ],
};

describe("visibleSectionIds", () => {
  it("shows only unconditional sections before anyone is chosen", () => {
    expect(visibleSectionIds(questionnaire, {})).toEqual(["who", "problem"]);
  });
  it("shows the adult sections for myself and the child ones for a child", () => {
    expect(visibleSectionIds(questionnaire, { appointmentFor: "myself" })).toEqual([
      "who",
      "adult",
      "problem",
    ]);
    expect(visibleSectionIds(questionnaire, { appointmentFor: "child" })).toEqual([
      "who",
      "child",
      "problem",
    ]);
  });
});

describe("londonClockTime", () => {
  it("shows London time in winter (GMT) and summer (BST)", () => {
    expect(londonClockTime("2026-11-24T10:42:00.000Z")).toBe("10:42");
    expect(londonClockTime("2026-07-01T10:42:00.000Z")).toBe("11:42");
  });
});

describe("query and ids", () => {
  it("accepts the service's ids and refuses anything else", () => {
    expect(safeId("slot_site-a_2026-11-24_10:00")).toBe("slot_site-a_2026-11-24_10:00");
    expect(safeId("<script>")).toBeUndefined();
    expect(safeId(null)).toBeUndefined();
    expect(sameDayQuery("?requestId=abc&slotId=x%20y")).toEqual({
      requestId: "abc",
      slotId: undefined,
      appointmentId: undefined,
    });
  });
  it("points an answer error at its question's first input", () => {
    expect(triageFieldId("chestPain")).toBe("q-chestPain");
  });
});

describe("held slot hand-over", () => {
  it("reads back what was saved for that slot only", () => {
    const map = new Map<string, string>();
    const store = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    const slot = {
      id: "s1",
      siteId: "a",
      channel: "video" as const,
      start: "2026-11-24T10:00:00.000Z",
      end: "2026-11-24T10:15:00.000Z",
      localDate: "2026-11-24",
      localStart: "10:00",
      localEnd: "10:15",
    };
    const held = {
      hold: { slot, heldUntil: "2026-11-24T09:55:00.000Z" },
      site: { id: "a", name: "A", address: { lines: [], town: "T", postcode: "P" }, phone: "1" },
    };
    saveHeldSlot(store, held);
    expect(readHeldSlot(store, "s1")).toEqual(held);
    expect(readHeldSlot(store, "s2")).toBeUndefined();
  });
});
