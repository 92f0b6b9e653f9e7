import { describe, expect, it } from "vitest";
import {
  authorizeUrl,
  base64Url,
  codeChallengeS256,
  cognitoBaseUrl,
  logoutUrl,
  randomUrlSafeString,
  readCallbackParams,
  tokenExchangeRequest,
} from "./pkce.ts";

describe("PKCE", () => {
  it("derives the S256 challenge from RFC 7636's own example", async () => {
    // RFC 7636 appendix B.
    const verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    expect(await codeChallengeS256(verifier)).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("makes verifiers of 43 URL-safe characters, different every time", () => {
    const a = randomUrlSafeString();
    const b = randomUrlSafeString();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it("base64url-encodes without padding or + and /", () => {
    const bytes = new Uint8Array([251, 255, 191, 0]);
    expect(base64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
    expect(base64Url(bytes)).toBe("-_-_AA");
  });
});

describe("Cognito URLs", () => {
  const domain = "front-door.auth.eu-west-2.amazoncognito.com";

  it("accepts a bare domain or a URL, always speaking https", () => {
    expect(cognitoBaseUrl(domain)).toBe(`https://${domain}`);
    expect(cognitoBaseUrl(`https://${domain}/`)).toBe(`https://${domain}`);
    expect(cognitoBaseUrl(`http://${domain}`)).toBe(`https://${domain}`);
  });

  it("asks for an authorization code with an S256 challenge and our state", () => {
    const url = new URL(
      authorizeUrl({
        domain,
        clientId: "client-123",
        redirectUri: "https://front-door.example/signed-in/",
        state: "state-abc",
        codeChallenge: "challenge-xyz",
      }),
    );
    expect(url.origin + url.pathname).toBe(`https://${domain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "code",
      client_id: "client-123",
      redirect_uri: "https://front-door.example/signed-in/",
      scope: "openid email profile",
      state: "state-abc",
      code_challenge_method: "S256",
      code_challenge: "challenge-xyz",
    });
  });

  it("exchanges the code with the verifier as a form post and no client secret", () => {
    const { url, init } = tokenExchangeRequest({
      domain,
      clientId: "client-123",
      redirectUri: "https://front-door.example/signed-in/",
      code: "code-1",
      codeVerifier: "verifier-1",
    });
    expect(url).toBe(`https://${domain}/oauth2/token`);
    expect(init.method).toBe("POST");
    expect(init.headers).toEqual({ "content-type": "application/x-www-form-urlencoded" });
    expect(Object.fromEntries(new URLSearchParams(String(init.body)))).toEqual({
      grant_type: "authorization_code",
      client_id: "client-123",
      code: "code-1",
      redirect_uri: "https://front-door.example/signed-in/",
      code_verifier: "verifier-1",
    });
  });

  it("signs out at Cognito and comes back to our home page", () => {
    const url = new URL(logoutUrl(domain, "client-123", "https://front-door.example/"));
    expect(url.pathname).toBe("/logout");
    expect(url.searchParams.get("client_id")).toBe("client-123");
    expect(url.searchParams.get("logout_uri")).toBe("https://front-door.example/");
  });

  it("reads the callback: a code and state, an error, or nothing usable", () => {
    expect(readCallbackParams("?code=c1&state=s1")).toEqual({
      kind: "code",
      code: "c1",
      state: "s1",
    });
    expect(readCallbackParams("?error=access_denied&error_description=User+cancelled")).toEqual({
      kind: "error",
      error: "access_denied",
      description: "User cancelled",
    });
    expect(readCallbackParams("?code=c1")).toEqual({ kind: "missing" });
  });
});
