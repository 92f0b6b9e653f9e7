// Subpaths, not the "jose" index: its `errors` namespace keeps every error class in the bundle.
import type { JWTPayload } from "jose";
import { decodeProtectedHeader } from "jose/decode/protected_header";
import { JOSEError, JWKSInvalid, JWKSTimeout } from "jose/errors";
import { createRemoteJWKSet } from "jose/jwks/remote";
import { type JWTVerifyGetKey, jwtVerify } from "jose/jwt/verify";
import type { Claims } from "./principal.ts";

/**
 * Who may sign the bearer tokens the functions accept: the Cognito user pool in AWS, the local
 * runner's dev issuer on a developer's machine. The same check runs in both.
 */
export interface TokenIssuer {
  /** e.g. https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_abc, or http://127.0.0.1:3000. */
  issuer: string;
  /** Where its signing keys are published; Cognito's is `${issuer}/.well-known/jwks.json`. */
  jwksUrl: string;
  /** App client ids whose ID tokens are accepted (the token's `aud`). */
  clientIds: readonly string[];
}

/** The token was checked and refused: the caller gets 401 with error="invalid_token". */
export class TokenRejected extends Error {
  override name = "TokenRejected";
}

/**
 * The signing keys could not be fetched (the issuer is slow or down): nothing is known about the
 * token, so the caller is asked to retry (503) rather than told to sign in again.
 */
export class TokenKeysUnavailable extends Error {
  override name = "TokenKeysUnavailable";
}

export type TokenVerifier = (token: string) => Promise<Claims>;

/**
 * How long keys are kept before a background-free refetch, and how soon after one fetch an
 * unknown `kid` may trigger another. Cognito rotates keys rarely and publishes the new one
 * first, so a 10-minute cache costs nothing; the cooldown stops a flood of tokens with made-up
 * kids from turning into a flood of requests to the issuer.
 */
export const jwksCacheMaxAgeMs = 10 * 60_000;
export const jwksCooldownMs = 30_000;
export const jwksTimeoutMs = 3_000;
/** Leeway for clocks that disagree a little, as API Gateway's authorizer allows. */
const clockToleranceSeconds = 5;

/**
 * Checks a Cognito ID token as API Gateway's JWT authorizer did, and a little more: RS256 only
 * (so never `alg: none` nor an HMAC signed with a public key), a `kid` that is one of the
 * issuer's keys, the issuer, the audience (one of the app clients), `token_use: id` (the ID
 * token carries the role and scope claims; an access token does not), expiry, not-before and an
 * issue time that is not in the future.
 */
export function createTokenVerifier(
  issuer: TokenIssuer,
  keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(issuer.jwksUrl), {
    cacheMaxAge: jwksCacheMaxAgeMs,
    cooldownDuration: jwksCooldownMs,
    timeoutDuration: jwksTimeoutMs,
  }),
): TokenVerifier {
  if (issuer.clientIds.length === 0) throw new Error("No app client ids to accept tokens for");
  const checked = new CheckedTokens();
  return async (token) => {
    const known = checked.get(token);
    if (known) return { ...known };
    let payload: JWTPayload;
    try {
      if (!decodeProtectedHeader(token).kid) throw new TokenRejected("token has no kid");
      ({ payload } = await jwtVerify(token, keys, {
        issuer: issuer.issuer,
        audience: [...issuer.clientIds],
        algorithms: ["RS256"],
        requiredClaims: ["exp", "iat", "sub", "token_use"],
        clockTolerance: clockToleranceSeconds,
      }));
    } catch (error) {
      throw refusal(error);
    }
    if (payload.token_use !== "id") throw new TokenRejected("not an ID token");
    if ((payload.iat ?? 0) > Math.floor(Date.now() / 1000) + clockToleranceSeconds) {
      throw new TokenRejected("token issued in the future");
    }
    const claims = claimsOf(payload);
    checked.set(token, claims, payload.exp as number);
    return claims;
  };
}

/** How many checked tokens a function keeps, and for how long at most (the keys' own cache). */
export const checkedTokensMax = 2_000;
export const checkedTokenMaxAgeMs = jwksCacheMaxAgeMs;

/**
 * Tokens this process has already checked, with their claims, so a patient's next request to a
 * warm function (the hold, then the booking) costs a lookup, not another RS256 signature check
 * (in a rush, about a twelfth of the function's CPU). Only a token that passed every check is
 * kept, by its exact text, until it expires (with the same leeway) or for as long as the keys
 * are cached, whichever is sooner; the oldest go first when full. A refused token is never kept:
 * it is checked again each time, as a made-up one should cost its sender.
 */
class CheckedTokens {
  private readonly entries = new Map<string, { claims: Claims; until: number }>();

  get(token: string): Claims | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (Date.now() >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  set(token: string, claims: Claims, exp: number): void {
    const until = Math.min((exp + clockToleranceSeconds) * 1000, Date.now() + checkedTokenMaxAgeMs);
    if (this.entries.size >= checkedTokensMax) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { claims, until });
  }
}

function refusal(error: unknown): Error {
  if (error instanceof TokenRejected) return error;
  // The issuer's keys could not be had: a timeout, a network error or a bad answer from it.
  if (error instanceof JWKSTimeout) return new TokenKeysUnavailable("JWKS timed out");
  if (error instanceof JWKSInvalid) return new TokenKeysUnavailable("JWKS is not valid");
  if (error instanceof JOSEError) {
    if (error.code === "ERR_JOSE_GENERIC" && /JSON Web Key Set/.test(error.message)) {
      return new TokenKeysUnavailable(error.message);
    }
    return new TokenRejected(error.code);
  }
  if (error instanceof TypeError && /fetch/i.test(error.message)) {
    return new TokenKeysUnavailable("JWKS could not be fetched");
  }
  // Anything else (a malformed token that jose reports some other way) is still a refusal.
  return new TokenRejected(error instanceof Error ? error.name : "refused");
}

/** Claims as the glue reads them: arrays kept, numbers and booleans as API Gateway spells them. */
function claimsOf(payload: JWTPayload): Claims {
  const claims: Claims = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) claims[name] = value.map(String);
    else if (typeof value === "object") claims[name] = JSON.stringify(value);
    else claims[name] = typeof value === "string" ? value : String(value);
  }
  return claims;
}

const verifiers = new Map<string, TokenVerifier>();

/**
 * The verifier for an issuer, made once per process and kept: its key cache then lasts across
 * invocations of a warm function (and across every route the local runner hosts).
 */
export function tokenVerifierFor(issuer: TokenIssuer): TokenVerifier {
  const key = JSON.stringify([issuer.issuer, issuer.jwksUrl, [...issuer.clientIds].sort()]);
  let verifier = verifiers.get(key);
  if (!verifier) {
    verifier = createTokenVerifier(issuer);
    verifiers.set(key, verifier);
  }
  return verifier;
}
