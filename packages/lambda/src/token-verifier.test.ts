import { createServer, type Server } from "node:http";
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  SignJWT,
  UnsecuredJWT,
} from "jose";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createTokenVerifier,
  type TokenIssuer,
  TokenKeysUnavailable,
  TokenRejected,
  type TokenVerifier,
} from "./token-verifier.ts";

const clientId = "web-client";
let server: Server;
let issuer: TokenIssuer;
let signingKey: CryptoKey;
let publicJwk: JWK;
/** What the JWKS endpoint serves, and how often it was asked. */
let published: { keys: JWK[] };
let jwksFetches = 0;
let jwksStatus = 200;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "key-1", alg: "RS256", use: "sig" };
  server = createServer((_req, res) => {
    jwksFetches += 1;
    res.writeHead(jwksStatus, { "content-type": "application/json" });
    res.end(JSON.stringify(published));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  issuer = {
    issuer: `${base}/pool`,
    jwksUrl: `${base}/pool/.well-known/jwks.json`,
    clientIds: [clientId],
  };
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

let verify: TokenVerifier;
beforeEach(() => {
  published = { keys: [publicJwk] };
  jwksFetches = 0;
  jwksStatus = 200;
  // A fresh verifier (and key cache) per test, over the real HTTP fetch of the JWKS.
  verify = createTokenVerifier(issuer);
});

const now = () => Math.floor(Date.now() / 1000);

/** A Cognito-shaped ID token; each test changes one thing. */
function idToken(
  claims: JWTPayload = {},
  options: { key?: CryptoKey; kid?: string | null; alg?: string } = {},
): Promise<string> {
  const kid = options.kid === undefined ? "key-1" : options.kid;
  return new SignJWT({
    iss: issuer.issuer,
    aud: clientId,
    sub: "user-1",
    token_use: "id",
    "cognito:groups": ["patient"],
    "custom:patient_id": "patient-1",
    iat: now(),
    exp: now() + 3600,
    ...claims,
  })
    .setProtectedHeader({ alg: options.alg ?? "RS256", ...(kid ? { kid } : {}) })
    .sign(options.key ?? signingKey);
}

describe("tokens a warm function has already checked", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A verifier over the published keys that counts how often a signature is checked. */
  function counted() {
    const local = createLocalJWKSet({ keys: [publicJwk] });
    const checks = { count: 0 };
    const keys: JWTVerifyGetKey = (header, token) => {
      checks.count += 1;
      return local(header, token);
    };
    return { verify: createTokenVerifier(issuer, keys), checks };
  }

  it("answers the same token's claims again without checking its signature again", async () => {
    const { verify: warm, checks } = counted();
    const token = await idToken();
    const first = await warm(token);
    expect(await warm(token)).toEqual(first);
    expect(checks.count).toBe(1);
    // Another token is checked in full.
    await warm(await idToken({ sub: "user-2" }));
    expect(checks.count).toBe(2);
  });

  it("refuses a kept token once it has expired, and never keeps a refused one", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { verify: warm, checks } = counted();
    const token = await idToken({ exp: now() + 60 });
    await warm(token);
    vi.setSystemTime(Date.now() + 70_000);
    await expect(warm(token)).rejects.toBeInstanceOf(TokenRejected);
    const forged = await idToken({}, { key: (await generateKeyPair("RS256")).privateKey });
    await expect(warm(forged)).rejects.toBeInstanceOf(TokenRejected);
    await expect(warm(forged)).rejects.toBeInstanceOf(TokenRejected);
    expect(checks.count).toBe(4);
  });
});

describe("the bearer token check", () => {
  it("accepts a good ID token and hands over its claims (arrays kept, numbers as text)", async () => {
    const claims = await verify(await idToken());
    expect(claims).toMatchObject({
      sub: "user-1",
      "cognito:groups": ["patient"],
      "custom:patient_id": "patient-1",
      exp: expect.stringMatching(/^\d+$/),
    });
  });

  const refusals: Array<[string, () => Promise<string>]> = [
    ["expired", () => idToken({ iat: now() - 7200, exp: now() - 3600 })],
    [
      "from another issuer",
      () => idToken({ iss: "https://cognito-idp.eu-west-2.amazonaws.com/x" }),
    ],
    ["for another app client", () => idToken({ aud: "someone-elses-client" })],
    ["an access token (token_use access)", () => idToken({ token_use: "access" })],
    ["without token_use", () => idToken({ token_use: undefined })],
    ["issued in the future", () => idToken({ iat: now() + 600 })],
    ["not yet valid", () => idToken({ nbf: now() + 600 })],
    [
      "signed by another key under the right kid",
      async () => idToken({}, { key: (await generateKeyPair("RS256")).privateKey }),
    ],
    [
      "tampered with after signing",
      async () => {
        const [header, , signature] = (await idToken()).split(".");
        const payload = Buffer.from(
          JSON.stringify({ iss: issuer.issuer, aud: clientId, sub: "admin", token_use: "id" }),
        ).toString("base64url");
        return `${header}.${payload}.${signature}`;
      },
    ],
    [
      "signed with a key the issuer does not publish (unknown kid)",
      () => idToken({}, { kid: "key-9" }),
    ],
    ["without a kid", () => idToken({}, { kid: null })],
    [
      "unsigned (alg none)",
      async () => {
        const unsigned = new UnsecuredJWT({ token_use: "id", "cognito:groups": ["patient"] })
          .setIssuer(issuer.issuer)
          .setAudience(clientId)
          .setSubject("user-1")
          .setIssuedAt()
          .setExpirationTime("1h")
          .encode();
        // An attacker adds a kid so the key lookup cannot be what refuses it.
        const [, payload] = unsigned.split(".");
        const header = Buffer.from(JSON.stringify({ alg: "none", kid: "key-1" })).toString(
          "base64url",
        );
        return `${header}.${payload}.`;
      },
    ],
    [
      "HS256, signed with the public key as the secret",
      async () =>
        new SignJWT({ iss: issuer.issuer, aud: clientId, sub: "u", token_use: "id" })
          .setProtectedHeader({ alg: "HS256", kid: "key-1" })
          .setIssuedAt()
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode(JSON.stringify(publicJwk))),
    ],
    ["not a JWT at all", async () => "not.a.jwt"],
  ];
  it.each(refusals)("refuses a token %s", async (_, make) => {
    await expect(verify(await make())).rejects.toBeInstanceOf(TokenRejected);
  });

  it("fetches the keys once and keeps them across calls (a warm function's invocations)", async () => {
    for (let i = 0; i < 5; i += 1) await verify(await idToken());
    expect(jwksFetches).toBe(1);
  });

  it("refetches for an unknown kid at most once per cooldown, so made-up kids cannot flood the issuer", async () => {
    await verify(await idToken());
    for (let i = 0; i < 10; i += 1) {
      await expect(verify(await idToken({}, { kid: `made-up-${i}` }))).rejects.toBeInstanceOf(
        TokenRejected,
      );
    }
    // The first fetch is recent, so unknown kids are refused from the cache, not refetched.
    expect(jwksFetches).toBe(1);
  });

  it("finds a rotated-in key on the first token that uses it (fresh verifier, new JWKS)", async () => {
    const next = await generateKeyPair("RS256");
    published = {
      keys: [publicJwk, { ...(await exportJWK(next.publicKey)), kid: "key-2", alg: "RS256" }],
    };
    await expect(
      verify(await idToken({}, { key: next.privateKey, kid: "key-2" })),
    ).resolves.toMatchObject({ sub: "user-1" });
  });

  it("says the keys are unavailable, not that the token is bad, when the JWKS cannot be had", async () => {
    jwksStatus = 500;
    await expect(verify(await idToken())).rejects.toBeInstanceOf(TokenKeysUnavailable);
  });

  it("accepts any of several app clients, and no other", async () => {
    const both = createTokenVerifier({ ...issuer, clientIds: [clientId, "nhs-app-client"] });
    await expect(both(await idToken({ aud: "nhs-app-client" }))).resolves.toBeDefined();
    await expect(both(await idToken({ aud: "third-client" }))).rejects.toBeInstanceOf(
      TokenRejected,
    );
    expect(() => createTokenVerifier({ ...issuer, clientIds: [] })).toThrow(/client ids/);
  });
});
