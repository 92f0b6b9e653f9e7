import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DemoUser } from "@front-door/store";
import { generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityIssuer,
  type IdentityIssuer,
  localClientId,
  privateKeyFileName,
  TokenRejected,
} from "./identity.ts";

const amira: DemoUser = {
  id: "user-patient-amira",
  role: "patient",
  displayName: "Amira Hussain",
  description: "",
  scope: { patientId: "patient-amira", nhsNumber: "9990000018" },
};
const issuerUrl = "http://127.0.0.1:3000";

let keyDir: string;
let identity: IdentityIssuer;
let privateJwk: JWK;

beforeAll(async () => {
  keyDir = await mkdtemp(join(tmpdir(), "identity-test-"));
  identity = await createIdentityIssuer({ keyDir, issuer: issuerUrl });
  privateJwk = JSON.parse(await readFile(join(keyDir, privateKeyFileName), "utf8"));
});
afterAll(() => rm(keyDir, { recursive: true, force: true }));

/** Signs whatever a test wants with the issuer's own key (or another), to probe verification. */
async function sign(
  claims: Record<string, unknown>,
  options: { key?: CryptoKey; kid?: string | null; iat?: number; exp?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const key = options.key ?? ((await importJWK(privateJwk, "RS256")) as CryptoKey);
  const kid = options.kid === undefined ? privateJwk.kid : options.kid;
  return new SignJWT({ iss: issuerUrl, aud: localClientId, sub: "u", ...claims })
    .setProtectedHeader({ alg: "RS256", ...(kid ? { kid } : {}) })
    .setIssuedAt(options.iat ?? now)
    .setExpirationTime(options.exp ?? now + 60)
    .sign(key);
}

describe("local identity issuer", () => {
  it("issues Cognito-shaped ID tokens that it then accepts", async () => {
    const claims = await identity.verifyToken(await identity.issueToken(amira));
    expect(claims).toMatchObject({
      iss: issuerUrl,
      aud: localClientId,
      token_use: "id",
      sub: "user-patient-amira",
      "cognito:groups": ["patient"],
      name: "Amira Hussain",
      "custom:patient_id": "patient-amira",
      "custom:nhs_number": "9990000018",
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(3600);
    expect(claims).not.toHaveProperty("custom:site_id");
  });

  it("gives a PHB team member their ICB and approval limit", async () => {
    const claims = await identity.verifyToken(
      await identity.issueToken({
        id: "user-phb-case-manager-wy",
        role: "phb-team",
        displayName: "Jo Bell",
        description: "",
        scope: { icbId: "icb-west-yorkshire", approvalLimitPence: "10000000" },
      }),
    );
    expect(claims).toMatchObject({
      "cognito:groups": ["phb-team"],
      "custom:icb_id": "icb-west-yorkshire",
      "custom:approval_limit_pence": "10000000",
    });
  });

  it("publishes only the public half of its key", () => {
    const [key] = identity.jwks.keys;
    expect(key).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", kid: privateJwk.kid });
    expect(key).not.toHaveProperty("d");
    expect(key).not.toHaveProperty("p");
  });

  it("keeps its key across restarts, so earlier tokens stay valid", async () => {
    const token = await identity.issueToken(amira);
    const again = await createIdentityIssuer({ keyDir, issuer: issuerUrl });
    expect(again.jwks).toEqual(identity.jwks);
    await expect(again.verifyToken(token)).resolves.toMatchObject({ sub: amira.id });
  });

  it("accepts a token it did not mint only if every check passes", async () => {
    await expect(identity.verifyToken(await sign({}))).resolves.toMatchObject({ sub: "u" });
  });

  const rejections: [string, () => Promise<string>][] = [
    ["missing", async () => ""],
    ["not a JWT", async () => "not.a.jwt"],
    [
      "bad signature",
      async () => {
        const { privateKey } = await generateKeyPair("RS256");
        return sign({}, { key: privateKey });
      },
    ],
    [
      "tampered payload",
      async () => {
        const [header, , signature] = (await sign({})).split(".");
        const payload = Buffer.from(
          JSON.stringify({ iss: issuerUrl, aud: localClientId, sub: "admin", exp: 2e9, iat: 1 }),
        ).toString("base64url");
        return `${header}.${payload}.${signature}`;
      },
    ],
    ["wrong issuer", () => sign({ iss: "https://cognito-idp.eu-west-2.amazonaws.com/other" })],
    ["wrong audience", () => sign({ aud: "some-other-client" })],
    [
      "expired",
      () => {
        const now = Math.floor(Date.now() / 1000);
        return sign({}, { iat: now - 7200, exp: now - 3600 });
      },
    ],
    ["issued in the future", () => sign({}, { iat: Math.floor(Date.now() / 1000) + 600 })],
    ["no kid", () => sign({}, { kid: null })],
    ["unknown kid", () => sign({}, { kid: "someone-elses-key" })],
  ];
  it.each(rejections)("rejects a token that is %s", async (_, make) => {
    await expect(identity.verifyToken(await make())).rejects.toBeInstanceOf(TokenRejected);
  });

  it("rejects an HS256 token signed with the public key as the secret", async () => {
    const secret = new TextEncoder().encode(JSON.stringify(identity.jwks.keys[0]));
    const token = await new SignJWT({ iss: issuerUrl, aud: localClientId, sub: "u" })
      .setProtectedHeader({ alg: "HS256", kid: privateJwk.kid as string })
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(secret);
    await expect(identity.verifyToken(token)).rejects.toBeInstanceOf(TokenRejected);
  });
});
