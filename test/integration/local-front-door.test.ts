import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { envNames } from "@front-door/contracts";
import { securityHeaders } from "@front-door/lambda";
import {
  type FrontDoor,
  localClientId,
  localDynamoDbMaxSockets,
  privateKeyFileName,
  startFrontDoor,
} from "@front-door/local";
import { importJWK, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkAgainstOpenApi } from "../contract/openapi-check.ts";

/**
 * The local runner end to end with the real route table and handler modules, against the
 * DynamoDB Local the global setup started (a table of our own, so other files are untouched).
 * Its handlers run on two function threads, as the rush benchmark runs them; the other local-*
 * files run them on the server's thread, as `npm start` does.
 */
let front: FrontDoor;
let keyDir: string;

// The runner's start seeds the demo people and sites into the suite's shared DynamoDB Local,
// beside every other integration file's writes: give it room on a busy 2-core machine.
beforeAll(async () => {
  keyDir = await mkdtemp(join(tmpdir(), "local-front-door-"));
  front = await startFrontDoor({
    port: 0,
    inMemory: true,
    dynamodbEndpoint: inject("dynamodbEndpoint"),
    tableName: `local-${randomUUID()}`,
    identityDir: keyDir,
    // The demo week has a test of its own (local-demo-week); nothing here needs its slots.
    demoSessions: false,
    functionThreads: 2,
  });
}, 300_000);
afterAll(async () => {
  await front?.stop();
  await rm(keyDir, { recursive: true, force: true });
});

async function signIn(userId: string): Promise<string> {
  const response = await fetch(`${front.url}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  expect(response.status).toBe(200);
  return (await response.json()).token;
}

/** A 401 exactly as docs/integration.md and the OpenAPI document describe it. */
async function expectDocumented401(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  const body = await response.text();
  expect(JSON.parse(body)).toEqual({
    error: {
      code: "unauthenticated",
      message: expect.stringMatching(/^(Sign in to continue|Your sign-in has expired)/),
    },
  });
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(response.headers.get(name), name).toBe(value);
  }
  checkAgainstOpenApi("GET", "/api/me", {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body,
  });
}

/** Amira's ID token signed with the dev issuer's key, with one thing changed (times relative). */
async function devToken(change: {
  iat?: number;
  exp?: number;
  aud?: string;
  iss?: string;
  token_use?: string;
  kid?: string;
}): Promise<string> {
  const jwk = JSON.parse(await readFile(join(keyDir, privateKeyFileName), "utf8")) as JWK;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    token_use: change.token_use ?? "id",
    "cognito:groups": ["patient"],
    "custom:patient_id": "patient-amira",
    "custom:nhs_number": "9990000018",
  })
    .setProtectedHeader({ alg: "RS256", kid: change.kid ?? (jwk.kid as string) })
    .setIssuer(change.iss ?? front.url)
    .setAudience(change.aud ?? localClientId)
    .setSubject("user-patient-amira")
    .setIssuedAt(now + (change.iat ?? 0))
    .setExpirationTime(now + (change.exp ?? 600))
    .sign(await importJWK(jwk, "RS256"));
}

describe("startFrontDoor", () => {
  it("answers GET /api/health through the real handler", async () => {
    const response = await fetch(`${front.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      service: "front-door",
      database: "ok",
    });
  });

  it("sends a large API answer compressed when asked (as the function does behind CloudFront), the same JSON as plain", async () => {
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        get(
          `${front.url}/api/same-day/questionnaire`,
          { headers: { "accept-encoding": "br, gzip" } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () =>
              resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
            );
            response.on("error", reject);
          },
        ).on("error", reject);
      },
    );
    expect(raw.headers["content-encoding"]).toBe("br");
    expect(raw.headers.vary).toContain("Accept-Encoding");
    const plain = await fetch(`${front.url}/api/same-day/questionnaire`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    const plainText = await plain.text();
    expect(raw.body.length).toBeLessThan(plainText.length / 3);
    expect(JSON.parse(brotliDecompressSync(raw.body).toString("utf8"))).toEqual(
      JSON.parse(plainText),
    );
  });

  it("reports where it is and which table it uses", () => {
    expect(front.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(front.dynamodbEndpoint).toBe(inject("dynamodbEndpoint"));
    expect(front.tableName).toMatch(/^local-/);
  });

  it("lets the function modules' DynamoDB clients open more sockets than Lambda's need", () => {
    // One process plays every container: read by tableDeps at each module's first import.
    expect(process.env[envNames.dynamodbMaxSockets]).toBe(String(localDynamoDbMaxSockets));
  });

  it("lets a dev sign-in call a protected route and see their own seeded record", async () => {
    const token = await signIn("user-patient-amira");
    const response = await fetch(`${front.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      userId: "user-patient-amira",
      role: "patient",
      patient: { nhsNumber: "9990000018" },
    });
  });

  it("gives staff their site, from the same token claims Cognito would carry", async () => {
    const token = await signIn("user-reception-armley");
    const response = await fetch(`${front.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await response.json()).toMatchObject({
      role: "receptionist",
      site: { id: "site-armley" },
    });
  });

  it("refuses a protected route without a valid token from the function's own error path", async () => {
    const missing = await fetch(`${front.url}/api/me`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="front-door"');
    await expectDocumented401(missing);
    const refused = await fetch(`${front.url}/api/me`, {
      headers: { authorization: "Bearer abc.def.ghi" },
    });
    expect(refused.headers.get("www-authenticate")).toBe(
      'Bearer realm="front-door", error="invalid_token"',
    );
    await expectDocumented401(refused);
  });

  // Tokens signed with the dev issuer's own key, each wrong in one way: the function fetches the
  // runner's JWKS and checks them as it checks Cognito's in AWS.
  it.each([
    ["expired", { iat: -7200, exp: -3600 }],
    ["for another app client", { aud: "someone-elses-client" }],
    ["from another issuer", { iss: "https://cognito-idp.eu-west-2.amazonaws.com/other" }],
    ["an access token", { token_use: "access" }],
    ["under an unknown kid", { kid: "not-our-key" }],
  ])("refuses a token %s with 401 invalid_token", async (_, change) => {
    const response = await fetch(`${front.url}/api/me`, {
      headers: { authorization: `Bearer ${await devToken(change)}` },
    });
    expect(response.headers.get("www-authenticate")).toBe(
      'Bearer realm="front-door", error="invalid_token"',
    );
    await expectDocumented401(response);
  });

  it("accepts the same hand-made token when nothing is wrong with it (the negative tests can fail)", async () => {
    const response = await fetch(`${front.url}/api/me`, {
      headers: { authorization: `Bearer ${await devToken({})}` },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).userId).toBe("user-patient-amira");
  });

  it("answers a wrong method on a real path with 405 and Allow", async () => {
    const response = await fetch(`${front.url}/api/me`, { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });

  it("lets the handler, not the runner, refuse a role the route does not allow", async () => {
    // API Gateway's authorizer checks the token only; roles are the function's business.
    const token = await signIn("user-analyst-wy");
    const response = await fetch(`${front.url}/api/me/profile`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(403);
  });
});
