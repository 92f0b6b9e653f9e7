import { createReadStream } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";

/**
 * Headers on every page and asset. The CSP allows only our own origin and no inline script, so
 * the web app is held to the same rules locally as behind CloudFront.
 */
export const staticSecurityHeaders: Readonly<Record<string, string>> = {
  "content-security-policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // Uploads go from the page straight to the local S3 server (see startS3Local's CORS).
    "connect-src 'self' http://127.0.0.1:*",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".pdf": "application/pdf",
};

export function contentTypeFor(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? "application/octet-stream";
}

/**
 * The file a URL path names inside root, or undefined when it would escape root or cannot be
 * decoded. Only the path is considered: strip the query first.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith("/") || decoded.includes("\0") || decoded.includes("\\"))
    return undefined;
  if (decoded.split("/").some((part) => part === "..")) return undefined;
  const base = resolve(root);
  const target = resolve(base, `.${decoded}`);
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  return decoded.endsWith("/") ? join(target, "index.html") : target;
}

/** Serves GET and HEAD from root: `/x/` means `/x/index.html`; misses get the 404 page. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
): Promise<number> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return sendPlain(res, 405, "Method Not Allowed", { allow: "GET, HEAD" });
  }
  const urlPath = (req.url ?? "/").split("?")[0] as string;
  const file = resolveStaticPath(root, urlPath);
  if (!file) return sendPlain(res, 400, "Bad Request");

  const found = await regularFileInside(root, file);
  if (found === "directory") {
    // /x is a folder: send the browser to /x/ so relative links inside it resolve.
    const query = req.url?.includes("?") ? req.url.slice(req.url.indexOf("?")) : "";
    res.writeHead(308, { ...staticSecurityHeaders, location: `${urlPath}/${query}` });
    res.end();
    return 308;
  }
  if (!found) return sendNotFound(res, root, req.method === "HEAD");

  res.writeHead(200, {
    ...staticSecurityHeaders,
    "content-type": contentTypeFor(found.path),
    "content-length": found.size,
    // Local development: always revalidate so a rebuilt web/dist shows on reload.
    "cache-control": "no-cache",
  });
  if (req.method === "HEAD") {
    res.end();
    return 200;
  }
  await new Promise<void>((done, fail) => {
    createReadStream(found.path).on("error", fail).on("end", done).pipe(res);
  });
  return 200;
}

async function regularFileInside(
  root: string,
  file: string,
): Promise<{ path: string; size: number } | "directory" | undefined> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return "directory";
    if (!info.isFile()) return undefined;
    // A symlink inside web/dist must not lead outside it.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return undefined;
    return { path: realFile, size: info.size };
  } catch {
    return undefined;
  }
}

async function sendNotFound(res: ServerResponse, root: string, headOnly: boolean) {
  let page: Buffer;
  try {
    page = await readFile(join(root, "404.html"));
  } catch {
    const hint = (await stat(root).catch(() => undefined))
      ? ""
      : "<p>The web app has not been built: run <code>npm run build:web</code>.</p>";
    page = Buffer.from(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head><body><h1>Page not found</h1>${hint}</body></html>`,
    );
  }
  res.writeHead(404, {
    ...staticSecurityHeaders,
    "content-type": "text/html; charset=utf-8",
    "content-length": page.length,
    "cache-control": "no-cache",
  });
  res.end(headOnly ? undefined : page);
  return 404;
}

function sendPlain(res: ServerResponse, status: number, text: string, extra = {}): number {
  res.writeHead(status, {
    ...staticSecurityHeaders,
    "content-type": "text/plain; charset=utf-8",
    ...extra,
  });
  res.end(text);
  return status;
}
