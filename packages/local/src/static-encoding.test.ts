import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchesEtag, negotiateEncoding } from "./static-encoding.ts";
import { serveStatic } from "./static-files.ts";

describe("negotiateEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["*", "br"],
    ["identity", undefined],
    ["gzip;q=0", undefined],
    [undefined, undefined],
  ])("%s → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe("matchesEtag", () => {
  it("matches the tag, a weak form of it, one of a list, or *", () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });
});

describe("serveStatic: compression and caching, as CloudFront serves the site", () => {
  let root: string;
  let server: Server;
  let port: number;
  const page = `<!doctype html><title>Home</title>${"<p>Book a same-day appointment.</p>".repeat(80)}`;
  const script = `export const words = ${JSON.stringify("nhsuk-button ".repeat(200))};`;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "static-encoding-"));
    await mkdir(join(root, "js"), { recursive: true });
    await writeFile(join(root, "index.html"), page);
    await writeFile(join(root, "js", "home-ABCDEFGH.js"), script);
    await writeFile(join(root, "tiny.css"), "body{}");
    server = createServer((req, res) => void serveStatic(req, res, root));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        });
        req.on("error", reject);
        req.end();
      },
    );

  it("sends brotli when accepted, gzip when only that is, and plain bytes otherwise", async () => {
    const br = await get("/", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(page.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);

    const gz = await get("/js/home-ABCDEFGH.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get("/");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it("leaves files under 1,000 bytes uncompressed, as CloudFront does", async () => {
    const tiny = await get("/tiny.css", { "accept-encoding": "br" });
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.body.toString()).toBe("body{}");
  });

  it("lets browsers keep content-hashed files for a year, and revalidate pages", async () => {
    expect((await get("/js/home-ABCDEFGH.js")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await get("/")).headers["cache-control"]).toBe("no-cache");
    expect((await get("/tiny.css")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers a revalidation with the same ETag with 304 and no body", async () => {
    const first = await get("/", { "accept-encoding": "br" });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await get("/", { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers["cache-control"]).toBe("no-cache");
    expect((await get("/", { "if-none-match": '"something-else"' })).status).toBe(200);
  });
});
