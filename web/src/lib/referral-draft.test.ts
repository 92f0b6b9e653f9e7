import { describe, expect, it } from "vitest";
import {
  clearAllDrafts,
  clearDraft,
  type DraftStore,
  draftOwner,
  readDraft,
  saveDraft,
} from "./referral-draft.ts";

function memoryStore(): DraftStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function jwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "RS256" })}.${part(claims)}.signature`;
}

const physio = "armley-msk-physiotherapy";
const draft = {
  owner: "user-tom",
  serviceId: physio,
  questionnaireVersion: 1,
  values: { area: "back", "startedOn:day": "3" },
};

describe("self-referral drafts", () => {
  it("gives the answers back to the person who gave them", () => {
    const store = memoryStore();
    saveDraft(store, draft);
    expect(readDraft(store, physio, "user-tom")).toEqual(draft);
    expect(readDraft(store, "york-podiatry", "user-tom")).toBeUndefined();
  });

  it("never shows one person's answers to the next person in the same tab, and removes them", () => {
    const store = memoryStore();
    saveDraft(store, draft);
    expect(readDraft(store, physio, "user-amira")).toBeUndefined();
    expect(store.items.size).toBe(0);
  });

  it("drops a draft it cannot read rather than fill the form with nonsense", () => {
    const store = memoryStore();
    store.setItem(`front-door.self-referral-draft.${physio}`, "{not json");
    expect(readDraft(store, physio, "user-tom")).toBeUndefined();
    store.setItem(
      `front-door.self-referral-draft.${physio}`,
      JSON.stringify({ ...draft, values: { area: 3 } }),
    );
    expect(readDraft(store, physio, "user-tom")).toBeUndefined();
    expect(store.items.size).toBe(0);
  });

  it("clears one service's draft once referred, and every draft on signing out", () => {
    const store = memoryStore();
    store.setItem("front-door.session", "kept");
    saveDraft(store, draft);
    saveDraft(store, { ...draft, serviceId: "york-podiatry" });
    clearDraft(store, physio);
    expect(readDraft(store, physio, "user-tom")).toBeUndefined();
    expect(readDraft(store, "york-podiatry", "user-tom")).toBeDefined();
    saveDraft(store, draft);
    clearAllDrafts(store);
    expect([...store.items.keys()]).toEqual(["front-door.session"]);
  });

  it("knows the owner by the token's subject, which outlasts any one sign-in", () => {
    const session = { expiresAt: 0, displayName: "Tom Whitaker", role: "patient" as const };
    expect(draftOwner({ ...session, token: jwt({ sub: "user-patient-tom" }) })).toBe(
      "user-patient-tom",
    );
    expect(draftOwner({ ...session, token: "opaque" })).toBe("name:Tom Whitaker");
  });
});
