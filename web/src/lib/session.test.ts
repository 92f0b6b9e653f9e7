import { describe, expect, it } from "vitest";
import {
  clearSession,
  decodeJwtClaims,
  readSession,
  type SessionStore,
  saveSession,
  sessionFromDevToken,
  sessionFromIdToken,
} from "./session.ts";

function memoryStore(): SessionStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function jwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "RS256" })}.${part(claims)}.signature`;
}

const now = 1_800_000_000_000;

describe("session", () => {
  it("keeps a dev sign-in until its token expires", () => {
    const store = memoryStore();
    const session = sessionFromDevToken(
      {
        token: "t1",
        tokenType: "Bearer",
        expiresIn: 3600,
        user: { id: "u1", role: "receptionist", displayName: "Priya Shah", description: "" },
      },
      now,
    );
    saveSession(store, session);
    expect(readSession(store, now + 60_000)).toEqual({
      token: "t1",
      expiresAt: now + 3_600_000,
      displayName: "Priya Shah",
      role: "receptionist",
    });
    expect(readSession(store, now + 3_600_000)).toBeUndefined();
    expect(store.items.size).toBe(0);
  });

  it("forgets a session that is not one of ours", () => {
    const store = memoryStore();
    store.setItem("front-door.session", "{not json");
    expect(readSession(store, now)).toBeUndefined();
    store.setItem(
      "front-door.session",
      JSON.stringify({ token: "t", expiresAt: now * 2, displayName: "X", role: "admin" }),
    );
    expect(readSession(store, now)).toBeUndefined();
  });

  it("signs out by clearing the token", () => {
    const store = memoryStore();
    saveSession(store, { token: "t", expiresAt: now * 2, displayName: "X", role: "patient" });
    clearSession(store);
    expect(readSession(store, now)).toBeUndefined();
  });

  it("reads a Cognito ID token's name and group, including non-ASCII names", () => {
    const token = jwt({ sub: "abc", name: "Zoë Ó Briain", "cognito:groups": ["clinician"] });
    expect(decodeJwtClaims(token)?.name).toBe("Zoë Ó Briain");
    expect(sessionFromIdToken(token, 3600, now)).toEqual({
      token,
      expiresAt: now + 3_600_000,
      displayName: "Zoë Ó Briain",
      role: "clinician",
    });
  });

  it("refuses an ID token with no role we know", () => {
    expect(
      sessionFromIdToken(jwt({ sub: "abc", "cognito:groups": ["admins"] }), 3600, now),
    ).toBeUndefined();
    expect(sessionFromIdToken("not-a-jwt", 3600, now)).toBeUndefined();
  });
});
