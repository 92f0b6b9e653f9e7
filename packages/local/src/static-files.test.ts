import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowConnectTo, resolveStaticPath, serveStatic } from "./static-files.ts";

describe("resolveStaticPath", () => {
  const root = "/srv/web";
  it("maps paths inside the root, and / or /x/ to index.html", () => {
    expect(resolveStaticPath(root, "/")).toBe("/srv/web/index.html");
    expect(resolveStaticPath(root, "/book/")).toBe("/srv/web/book/index.html");
    expect(resolveStaticPath(root, "/assets/app.js")).toBe("/srv/web/assets/app.js");
    expect(resolveStaticPath(root, "/a%20b.css")).toBe("/srv/web/a b.css");
  });

  it.each([
    "/../etc/passwd",
    "/assets/../../etc/passwd",
    "/%2e%2e/etc/passwd",
    "/..%2f..%2fetc/passwd",
    "/assets/..%5c..%5cetc",
    "/a%00.html",
    "/%E0%A4%A",
    "relative",
  ])("refuses %s", (path) => {
    expect(resolveStaticPath(root, path)).toBeUndefined();
  });
});

describe("allowConnectTo", () => {
  it("adds exactly the origins given to connect-src, in a header or a page's meta policy", () => {
    const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' https://x.example">`;
    expect(allowConnectTo(page, ["http://127.0.0.1:4569"])).toBe(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' http://127.0.0.1:4569 https://x.example">`,
    );
    expect(allowConnectTo("connect-src 'self'", [])).toBe("connect-src 'self'");
  });
});

describe("serveStatic", () => {
  let base: string;
  let root: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), "static-test-"));
    root = join(base, "dist");
    await mkdir(join(root, "book"), { recursive: true });
    await writeFile(join(root, "index.html"), "<h1>home</h1>");
    await writeFile(join(root, "book", "index.html"), "<h1>book</h1>");
    await writeFile(join(root, "app.js"), "export {};");
    await writeFile(join(root, "style.css"), "body{}");
    await writeFile(join(base, "secret.txt"), "secret");
    await symlink(join(base, "secret.txt"), join(root, "leak.txt"));
    server = createServer((req, res) => void serveStatic(req, res, root));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(base, { recursive: true, force: true });
  });

  /** Raw request: fetch would normalise away the ../ we want to send. */
  const get = (path: string, method = "GET") =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
          let body = "";
          res.on("data", (chunk) => {
            body += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on("error", reject);
        req.end();
      },
    );

  it("serves files with their content type and the security headers", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.body).toBe("<h1>home</h1>");
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect((await get("/app.js")).headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await get("/style.css")).headers["content-type"]).toBe("text/css; charset=utf-8");
  });

  it("serves /x/index.html for /x/ and redirects /x to /x/", async () => {
    expect((await get("/book/")).body).toBe("<h1>book</h1>");
    const redirect = await get("/book?from=nav");
    expect(redirect.status).toBe(308);
    expect(redirect.headers.location).toBe("/book/?from=nav");
  });

  it("answers a miss with a 404 page carrying the security headers", async () => {
    const miss = await get("/nope.html");
    expect(miss.status).toBe(404);
    expect(miss.body).toContain("Page not found");
    expect(miss.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/book/..%2f..%2fsecret.txt"])(
    "does not let %s out of the web root",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(response.body).not.toContain("secret");
    },
  );

  it("does not follow a symlink out of the web root", async () => {
    const response = await get("/leak.txt");
    expect(response.status).toBe(404);
    expect(response.body).not.toContain("secret");
  });

  it("serves HEAD without a body and refuses other methods", async () => {
    const head = await get("/app.js", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await get("/app.js", "POST")).status).toBe(405);
  });
});
