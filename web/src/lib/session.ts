import { claimNames, type DevTokenResponse, type Role, roles } from "@front-door/contracts";

/**
 * Who is signed in in this tab. sessionStorage (not localStorage) so the token goes away with
 * the tab: people use shared computers at libraries and GP surgeries.
 */
export interface Session {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  displayName: string;
  role: Role;
}

export type SessionStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const sessionKey = "front-door.session";

/** Treat a token as expired a little early, so a request never leaves with one about to lapse. */
const expiryMarginMs = 30_000;

function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export function readSession(store: SessionStore, now = Date.now()): Session | undefined {
  const raw = store.getItem(sessionKey);
  if (!raw) return undefined;
  let parsed: Partial<Session>;
  try {
    parsed = JSON.parse(raw) as Partial<Session>;
  } catch {
    store.removeItem(sessionKey);
    return undefined;
  }
  const { token, expiresAt, displayName, role } = parsed;
  if (
    typeof token !== "string" ||
    typeof expiresAt !== "number" ||
    typeof displayName !== "string" ||
    !isRole(role) ||
    expiresAt - expiryMarginMs <= now
  ) {
    store.removeItem(sessionKey);
    return undefined;
  }
  return { token, expiresAt, displayName, role };
}

export function saveSession(store: SessionStore, session: Session): void {
  store.setItem(sessionKey, JSON.stringify(session));
}

export function clearSession(store: SessionStore): void {
  store.removeItem(sessionKey);
}

export function sessionFromDevToken(response: DevTokenResponse, now = Date.now()): Session {
  return {
    token: response.token,
    expiresAt: now + response.expiresIn * 1000,
    displayName: response.user.displayName,
    role: response.user.role,
  };
}

/** Reads a JWT's claims without verifying it: the API verifies; we only need a name to show. */
export function decodeJwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === "object" ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A Cognito ID token: the role is the (single) Cognito group, the name the "name" claim. */
export function sessionFromIdToken(
  idToken: string,
  expiresInSeconds: number,
  now = Date.now(),
): Session | undefined {
  const claims = decodeJwtClaims(idToken);
  if (!claims) return undefined;
  const groups = claims[claimNames.groups];
  const role = Array.isArray(groups) ? groups.find(isRole) : undefined;
  if (!role) return undefined;
  const name = claims[claimNames.displayName] ?? claims.email ?? claims[claimNames.subject];
  return {
    token: idToken,
    expiresAt: now + expiresInSeconds * 1000,
    displayName: typeof name === "string" ? name : "Signed in",
    role,
  };
}

export const roleLabels: Record<Role, string> = {
  patient: "Patient",
  receptionist: "Receptionist",
  clinician: "Clinician",
  "icb-analyst": "ICB analyst",
  "phb-team": "Personal health budgets team",
};
