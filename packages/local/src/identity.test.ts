import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DemoUser } from "@front-door/store";
import { createLocalJWKSet, type JWK, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createIdentityIssuer,
  type IdentityIssuer,
  localClientId,
  privateKeyFileName,
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

/**
 * Reads a token back with the issuer's published keys. The checks a function makes (issuer,
 * audience, token_use, kid, algorithm, expiry) are @front-door/lambda's token-verifier tests.
 */
async function verify(token: string, issuer: IdentityIssuer = identity) {
  const { payload } = await jwtVerify(token, createLocalJWKSet(issuer.jwks), {
    issuer: issuerUrl,
    audience: localClientId,
    algorithms: ["RS256"],
  });
  return payload;
}

describe("local identity issuer", () => {
  it("issues Cognito-shaped ID tokens that it then accepts", async () => {
    const claims = await verify(await identity.issueToken(amira));
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
    const claims = await verify(
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
    await expect(verify(token, again)).resolves.toMatchObject({ sub: amira.id });
  });
});
