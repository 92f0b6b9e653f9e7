import { randomUUID } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { claimNames } from "@front-door/contracts";
import type { DemoUser } from "@front-door/store";
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  SignJWT,
} from "jose";

/** The app client id local tokens are issued for: the `aud` the authorizer insists on. */
export const localClientId = "front-door-local-web";
export const tokenLifetimeSeconds = 3600;
export const privateKeyFileName = "signing-key.private.jwk.json";

export interface IdentityIssuer {
  issuer: string;
  audience: string;
  jwks: JSONWebKeySet;
  /** An ID token with the claims Cognito would put in one for this person. */
  issueToken(user: DemoUser): Promise<string>;
}

/**
 * A stand-in for Cognito that only ever runs on a developer's machine. The key pair persists in
 * keyDir so that tokens survive a restart; the issuer is the runner's own URL, so the JWKS sits
 * at `${issuer}/.well-known/jwks.json` exactly as Cognito lays it out. Tokens are checked by the
 * functions themselves (@front-door/lambda's token verifier), against that JWKS, as in AWS.
 */
export async function createIdentityIssuer(options: {
  keyDir: string;
  issuer: string;
}): Promise<IdentityIssuer> {
  const privateJwk = await loadOrCreateKey(options.keyDir);
  const kid = privateJwk.kid as string;
  const signingKey = await importJWK(privateJwk, "RS256");
  const publicJwk = toPublicJwk(privateJwk);
  const jwks: JSONWebKeySet = { keys: [publicJwk] };
  const { issuer } = options;

  return {
    issuer,
    audience: localClientId,
    jwks,
    async issueToken(user) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        token_use: "id",
        "cognito:username": user.id,
        [claimNames.groups]: [user.role],
        [claimNames.displayName]: user.displayName,
        ...scopeClaims(user.scope),
        auth_time: now,
      })
        .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
        .setIssuer(issuer)
        .setAudience(localClientId)
        .setSubject(user.id)
        .setJti(randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + tokenLifetimeSeconds)
        .sign(signingKey);
    },
  };
}

/** demoUsers' scope keys are claimNames' keys too: patientId → custom:patient_id, and so on. */
function scopeClaims(scope: DemoUser["scope"]): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [key, value] of Object.entries(scope)) {
    const claim = claimNames[key as keyof typeof claimNames];
    if (claim) claims[claim] = value as string;
  }
  return claims;
}

async function loadOrCreateKey(keyDir: string): Promise<JWK> {
  const file = join(keyDir, privateKeyFileName);
  const existing = await readKey(file);
  if (existing) return existing;

  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  jwk.kid = await calculateJwkThumbprint(jwk);
  jwk.alg = "RS256";
  jwk.use = "sig";
  await mkdir(keyDir, { recursive: true, mode: 0o700 });
  // Write aside, then hard-link into place: link fails if another process got there first,
  // and then everyone uses that one key.
  const temp = `${file}.${process.pid}.${randomUUID()}`;
  await writeFile(temp, `${JSON.stringify(jwk)}\n`, { mode: 0o600 });
  try {
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await rm(temp, { force: true });
  }
  const stored = await readKey(file);
  if (!stored) throw new Error(`Could not read the identity key at ${file}`);
  return stored;
}

async function readKey(file: string): Promise<JWK | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`The identity key at ${file} is unreadable: delete it to make a new one`);
  }
}

function toPublicJwk(jwk: JWK): JWK {
  const { kty, n, e, kid, alg, use } = jwk;
  return { kty, n, e, kid, alg, use } as JWK;
}
