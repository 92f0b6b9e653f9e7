import type { CognitoConfig } from "./config.ts";
import {
  authorizeUrl,
  codeChallengeS256,
  logoutUrl,
  randomUrlSafeString,
  readCallbackParams,
  tokenExchangeRequest,
} from "./pkce.ts";
import { landingPath, safeReturnPath } from "./return-path.ts";
import { clearSession, saveSession, sessionFromIdToken } from "./session.ts";

/** The verifier and state live only in this tab, for the few seconds of the round trip. */
const pendingKey = "front-door.pkce";

interface PendingSignIn {
  state: string;
  verifier: string;
  returnPath: string;
}

function redirectUri(config: CognitoConfig): string {
  return new URL(config.redirectPath, location.origin).toString();
}

/** Sends the browser to Cognito's managed login. */
export async function startCognitoSignIn(config: CognitoConfig, returnPath: string): Promise<void> {
  const pending: PendingSignIn = {
    state: randomUrlSafeString(16),
    verifier: randomUrlSafeString(32),
    returnPath,
  };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const url = authorizeUrl({
    domain: config.domain,
    clientId: config.clientId,
    redirectUri: redirectUri(config),
    state: pending.state,
    codeChallenge: await codeChallengeS256(pending.verifier),
  });
  location.assign(url);
}

export type CallbackOutcome =
  | { kind: "signed-in"; returnPath: string }
  | { kind: "failed"; reason: string };

/** Runs on /signed-in/: checks the state, swaps the code for tokens, keeps the ID token. */
export async function completeCognitoSignIn(config: CognitoConfig): Promise<CallbackOutcome> {
  const params = readCallbackParams(location.search);
  const rawPending = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  if (params.kind === "error") {
    return { kind: "failed", reason: params.description ?? params.error };
  }
  if (params.kind === "missing" || !rawPending) {
    return { kind: "failed", reason: "The sign-in link was incomplete or has already been used." };
  }
  const pending = JSON.parse(rawPending) as PendingSignIn;
  // A state we did not issue means this callback was not started by this tab: refuse it.
  if (pending.state !== params.state) {
    return { kind: "failed", reason: "The sign-in did not match the one this page started." };
  }
  const { url, init } = tokenExchangeRequest({
    domain: config.domain,
    clientId: config.clientId,
    redirectUri: redirectUri(config),
    code: params.code,
    codeVerifier: pending.verifier,
  });
  let body: { id_token?: unknown; expires_in?: unknown };
  try {
    const response = await fetch(url, init);
    if (!response.ok)
      return { kind: "failed", reason: `Sign-in was refused (${response.status}).` };
    body = (await response.json()) as typeof body;
  } catch {
    return { kind: "failed", reason: "We could not reach the sign-in service." };
  }
  const expiresIn = typeof body.expires_in === "number" ? body.expires_in : 3600;
  const session =
    typeof body.id_token === "string" ? sessionFromIdToken(body.id_token, expiresIn) : undefined;
  if (!session)
    return { kind: "failed", reason: "Your account does not have a role in this service." };
  saveSession(sessionStorage, session);
  return {
    kind: "signed-in",
    returnPath: landingPath(safeReturnPath(pending.returnPath, location.origin), session.role),
  };
}

/** Ends the Cognito session too, or the next sign-in would silently reuse it. */
export function cognitoSignOut(config: CognitoConfig): void {
  clearSession(sessionStorage);
  location.assign(logoutUrl(config.domain, config.clientId, `${location.origin}/`));
}
