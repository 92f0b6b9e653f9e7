import { readFile, realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import {
  CompressedBodies,
  cacheControlFor,
  entityTag,
  isCompressible,
  matchesEtag,
  negotiateEncoding,
} from "./static-encoding.ts";

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
    "connect-src 'self'",
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

/**
 * The policy with more origins pages may connect to: locally, the document store the web PUTs
 * uploads to (s3rver, on a port chosen at start). Its exact origin, nothing wider.
 */
export function allowConnectTo(policy: string, origins: readonly string[]): string {
  if (!origins.length) return policy;
  return policy.replace(/connect-src 'self'/g, `connect-src 'self' ${origins.join(" ")}`);
}

/**
 * Serves GET and HEAD from root: `/x/` means `/x/index.html`; misses get the 404 page. Text is
 * compressed as the browser accepts and content-hashed files are cached for a year, as
 * CloudFront serves them (static-encoding.ts).
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  connectOrigins: readonly string[] = [],
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

  const headers = {
    ...staticSecurityHeaders,
    "content-security-policy": allowConnectTo(
      staticSecurityHeaders["content-security-policy"] as string,
      connectOrigins,
    ),
  };
  let body = await readFile(found.path);
  if (connectOrigins.length && extname(found.path) === ".html") {
    // The page's own meta policy must allow them too: both policies apply.
    body = Buffer.from(allowConnectTo(body.toString("utf8"), connectOrigins));
  }
  const etag = entityTag(body);
  const compress = isCompressible(found.path, body.length);
  const validators = {
    etag,
    "cache-control": cacheControlFor(urlPath),
    ...(compress ? { vary: "Accept-Encoding" } : {}),
  };
  if (matchesEtag(header(req, "if-none-match"), etag)) {
    res.writeHead(304, { ...headers, ...validators });
    res.end();
    return 304;
  }
  const encoding = compress ? negotiateEncoding(header(req, "accept-encoding")) : undefined;
  const sent = encoding ? await compressedBodies.get(etag, encoding, body) : body;
  res.writeHead(200, {
    ...headers,
    ...validators,
    "content-type": contentTypeFor(found.path),
    "content-length": sent.length,
    ...(encoding ? { "content-encoding": encoding } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : sent);
  return 200;
}

const compressedBodies = new CompressedBodies();

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

async function regularFileInside(
  root: string,
  file: string,
): Promise<{ path: string } | "directory" | undefined> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return "directory";
    if (!info.isFile()) return undefined;
    // A symlink inside web/dist must not lead outside it.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return undefined;
    return { path: realFile };
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
