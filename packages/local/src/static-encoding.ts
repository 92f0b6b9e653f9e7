import { createHash } from "node:crypto";
import { extname } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/**
 * What CloudFront does in front of the site bucket, done here for the local runner: compress
 * text with brotli or gzip as the browser accepts, let browsers keep content-hashed files for a
 * year, make them revalidate everything else, and answer revalidation with 304.
 */

/** web/build.ts names everything under these folders by content (see web/src/build/content-hash.ts). */
const hashedFolders = ["/js/", "/css/"];

export const immutableCacheControl = "public, max-age=31536000, immutable";

/** Cache-Control for a URL path: a year for content-hashed files, revalidate for the rest. */
export function cacheControlFor(urlPath: string): string {
  return hashedFolders.some((folder) => urlPath.startsWith(folder))
    ? immutableCacheControl
    : "no-cache";
}

export type ContentEncoding = "br" | "gzip";

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, unless refused (q=0). */
export function negotiateEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (allows("br")) return "br";
  if (allows("gzip")) return "gzip";
  return undefined;
}

const compressible = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".map",
  ".json",
  ".webmanifest",
  ".txt",
  ".xml",
  ".svg",
]);

/** CloudFront compresses files from 1,000 bytes: smaller ones gain nothing. */
const minimumCompressedSize = 1000;

export function isCompressible(file: string, size: number): boolean {
  return size >= minimumCompressedSize && compressible.has(extname(file).toLowerCase());
}

/** A strong validator from the bytes themselves, so a rebuilt but unchanged file still matches. */
export function entityTag(body: Uint8Array): string {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
}

/** True when If-None-Match names the entity's tag (or is *): answer 304. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressed bodies, kept per file until the file changes (web/dist is rebuilt in place by the
 * browser tests' setup): each file is compressed once per server, off the event loop.
 */
export class CompressedBodies {
  readonly #cache = new Map<string, Promise<Buffer>>();

  get(etag: string, encoding: ContentEncoding, body: Buffer): Promise<Buffer> {
    const key = `${encoding}:${etag}`;
    let compressed = this.#cache.get(key);
    if (!compressed) {
      // A bound for long sessions of rebuilds: web/dist itself has a few hundred files.
      if (this.#cache.size > 4000) this.#cache.clear();
      compressed =
        encoding === "br"
          ? brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            })
          : gzipAsync(body, { level: 9 });
      this.#cache.set(key, compressed);
      compressed.catch(() => this.#cache.delete(key));
    }
    return compressed;
  }
}
