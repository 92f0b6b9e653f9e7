import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FrontDoor, startFrontDoor } from "@front-door/local";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * Documents through the local runner as `npm start` runs them: its own s3rver on 127.0.0.1,
 * objects in a folder of ours, the bucket created on start, CORS for the runner's origin.
 */
let front: FrontDoor;
let scratch: string;

beforeAll(async () => {
  // As npm start runs with no S3_ENDPOINT: a runner started earlier in the same vitest process
  // (the browser project's) leaves its own endpoint in the environment workers inherit.
  delete process.env.S3_ENDPOINT;
  delete process.env.DOCUMENTS_BUCKET;
  scratch = await mkdtemp(join(tmpdir(), "local-documents-"));
  front = await startFrontDoor({
    port: 0,
    inMemory: true,
    dynamodbEndpoint: inject("dynamodbEndpoint"),
    tableName: `local-${randomUUID()}`,
    identityDir: join(scratch, "identity"),
    s3Dir: join(scratch, "s3"),
    demoSessions: false,
  });
});
afterAll(async () => {
  await front?.stop();
  await rm(scratch, { recursive: true, force: true });
});

async function api(path: string, token: string, body?: unknown) {
  const response = await fetch(`${front.url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

describe("documents in the local runner", () => {
  it("serves S3 on 127.0.0.1 only, keeping objects in the folder it was given", () => {
    expect(front.s3Endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(front.documentsBucket).toBe("front-door-documents");
  });

  it("lets a signed-in patient upload, check and download a PDF over HTTP", async () => {
    const signIn = await fetch(`${front.url}/api/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: "user-patient-amira" }),
    });
    const { token } = await signIn.json();
    const bytes = new TextEncoder().encode("%PDF-1.4\n% local\n%%EOF\n");
    const created = await api("/api/me/documents", token, {
      fileName: "letter.pdf",
      contentType: "application/pdf",
      size: bytes.length,
      purpose: "advice",
    });
    expect(created.status).toBe(201);
    expect(created.body.uploadUrl.startsWith(`${front.s3Endpoint}/front-door-documents/`)).toBe(
      true,
    );
    // A browser on the runner's page may PUT there (CORS preflight for our origin only).
    const preflight = await fetch(created.body.uploadUrl, {
      method: "OPTIONS",
      headers: {
        origin: front.url,
        "access-control-request-method": "PUT",
        "access-control-request-headers": "content-type",
      },
    });
    // s3rver answers a matching preflight with "*"; what matters is that it matched.
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("PUT");
    const stranger = await fetch(created.body.uploadUrl, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "PUT" },
    });
    expect(stranger.status).toBe(403);
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();

    const put = await fetch(created.body.uploadUrl, {
      method: "PUT",
      headers: created.body.uploadHeaders,
      body: bytes,
    });
    expect(put.status).toBe(200);
    const { documentId } = created.body;
    const checked = await api(`/api/me/documents/${documentId}/check`, token, {});
    expect(checked.status).toBe(200);
    const download = await api(`/api/documents/${documentId}/download`, token);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await (await fetch(download.body.url)).arrayBuffer())).toEqual(bytes);
    expect((await readdir(join(scratch, "s3"))).length).toBeGreaterThan(0);
  });
});
