import { adviceEmergencySigns, requestOutcomes, requestStatuses } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import {
  clearAdviceStorage,
  entryHeading,
  entryTag,
  fileSize,
  opensAgainWords,
  outcomeLabels,
  readConfirmation,
  type SentRequest,
  saveConfirmation,
  statusLabels,
} from "./advice-words.ts";
import { emergencySignLabel } from "./emergency-signs.ts";
import { answerRows } from "./problem-summary.ts";

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

const sent: SentRequest = {
  kind: "sent",
  requestId: "r1",
  reference: "ABC-123",
  urgent: false,
  whatHappensNext: { date: "2026-12-09", dueAt: "x", text: "By Wednesday" },
  reply: { date: "2026-12-10", dueAt: "x", text: "By Thursday" },
  safetyNetting: ["Call 111"],
};

describe("the words a patient sees", () => {
  it("says when a closed practice opens again as a day, a date and a time", () => {
    expect(opensAgainWords({ date: "2026-12-09", time: "08:00" })).toBe(
      "Wednesday 9 December at 8am",
    );
    expect(opensAgainWords({ date: "2026-12-12", time: "08:30" })).toBe(
      "Saturday 12 December at 8:30am",
    );
  });

  it("has words for every status, outcome and emergency sign", () => {
    for (const status of requestStatuses) expect(statusLabels[status].text).not.toBe("");
    for (const outcome of requestOutcomes) expect(outcomeLabels[outcome]).not.toBe("");
    for (const sign of [...adviceEmergencySigns.adult, ...adviceEmergencySigns.child]) {
      expect(emergencySignLabel(sign)).not.toMatch(/-/);
    }
    expect(emergencySignLabel("a-new-sign")).toBe("a new sign");
  });

  it("marks what needs a reply apart from what is for information", () => {
    const base = { seq: 2, at: "2026-12-08T10:00:00Z", by: "staff" as const };
    expect(entryHeading({ ...base, kind: "from-practice", needsReply: true })).toBe(
      "Your practice asked you",
    );
    expect(entryTag({ ...base, kind: "from-practice", needsReply: true })?.text).toBe(
      "Needs your reply",
    );
    expect(entryTag({ ...base, kind: "from-practice", needsReply: false })?.text).toBe(
      "For information",
    );
    expect(entryTag({ ...base, kind: "from-patient", by: "patient" })).toBeUndefined();
    expect(entryHeading({ ...base, kind: "event", by: "patient", action: "submit" })).toBe(
      "You sent your request",
    );
  });

  it("gives file sizes as people read them", () => {
    expect(fileSize(340_000)).toBe("340 KB");
    expect(fileSize(120)).toBe("1 KB");
    expect(fileSize(1_200_000)).toBe("1.2 MB");
  });

  it("lists a type's answers in words for checking", () => {
    expect(
      answerRows("fit-note", {
        kind: "extend",
        "offSince:day": "30",
        "offSince:month": "11",
        "offSince:year": "2026",
      }),
    ).toEqual([
      {
        question: "Is this a new fit note or to extend one?",
        answer: "To extend a fit note I have",
      },
      { question: "When did you first stay off work?", answer: "30 November 2026" },
    ]);
    expect(answerRows("new-problem", { gettingWorse: "no" })).toEqual([
      { question: "Is it getting worse?", answer: "No" },
    ]);
  });
});

describe("the confirmation kept in this tab", () => {
  it("comes back for its request only, and goes on signing out with the draft", () => {
    const store = memoryStore();
    saveConfirmation(store, sent);
    store.setItem("front-door.advice-draft", "{}");
    store.setItem("front-door.self-referral-draft.x", "{}");
    expect(readConfirmation(store, "r1")).toEqual(sent);
    expect(readConfirmation(store, "r2")).toBeUndefined();
    store.setItem("front-door.advice-sent.r3", JSON.stringify({ kind: "sent", requestId: "r3" }));
    expect(readConfirmation(store, "r3")).toBeUndefined();
    clearAdviceStorage(store);
    expect(store.length).toBe(1);
    expect(store.getItem("front-door.self-referral-draft.x")).toBe("{}");
  });
});
