/**
 * OAuth 2.0 authorization code flow with PKCE (RFC 7636, S256) against Cognito's managed login.
 * Pure functions, so the URLs and request bodies are unit-tested without a browser.
 */

export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** 32 random bytes → a 43-character verifier, inside RFC 7636's 43–128 range. */
export function randomUrlSafeString(byteLength = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteLength)));
}

export async function codeChallengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** Config may give "x.auth.eu-west-2.amazoncognito.com" or a full URL: always https, no slash. */
export function cognitoBaseUrl(domain: string): string {
  const host = domain
    .trim()
    .replace(/^https?:\/\//, "")
    .replace(/\/+$/, "");
  return `https://${host}`;
}

export interface AuthorizeParams {
  domain: string;
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scope?: string;
}

export function authorizeUrl(params: AuthorizeParams): string {
  const url = new URL("/oauth2/authorize", cognitoBaseUrl(params.domain));
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: params.clientId,
    redirect_uri: params.redirectUri,
    scope: params.scope ?? "openid email profile",
    state: params.state,
    code_challenge_method: "S256",
    code_challenge: params.codeChallenge,
  }).toString();
  return url.toString();
}

export interface TokenExchangeParams {
  domain: string;
  clientId: string;
  redirectUri: string;
  code: string;
  codeVerifier: string;
}

/** The token endpoint request: a public client, so no secret, just the verifier. */
export function tokenExchangeRequest(params: TokenExchangeParams): {
  url: string;
  init: RequestInit;
} {
  return {
    url: `${cognitoBaseUrl(params.domain)}/oauth2/token`,
    init: {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        client_id: params.clientId,
        code: params.code,
        redirect_uri: params.redirectUri,
        code_verifier: params.codeVerifier,
      }).toString(),
    },
  };
}

export function logoutUrl(domain: string, clientId: string, logoutUri: string): string {
  const url = new URL("/logout", cognitoBaseUrl(domain));
  url.search = new URLSearchParams({ client_id: clientId, logout_uri: logoutUri }).toString();
  return url.toString();
}

/** What the callback receives: a code and the state we sent, or an error from Cognito. */
export type CallbackParams =
  | { kind: "code"; code: string; state: string }
  | { kind: "error"; error: string; description?: string }
  | { kind: "missing" };

export function readCallbackParams(search: string): CallbackParams {
  const params = new URLSearchParams(search);
  const error = params.get("error");
  if (error) {
    const description = params.get("error_description") ?? undefined;
    return { kind: "error", error, ...(description ? { description } : {}) };
  }
  const code = params.get("code");
  const state = params.get("state");
  if (code && state) return { kind: "code", code, state };
  return { kind: "missing" };
}
