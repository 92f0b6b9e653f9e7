import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/**
 * Below this many bytes a response goes as it is: the headers and the CPU cost more than the
 * bytes saved. A confirmation is a few hundred bytes; a slots page or a day list tens of KB.
 */
export const compressFromBytes = 1024;

type Encoding = "br" | "gzip";

/**
 * The encoding to answer with, from the request's Accept-Encoding (q-values honoured, `*`
 * read as both): Brotli where accepted, else gzip, else none.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? weights.get("*") ?? 0;
  if (weightOf("br") > 0 && weightOf("br") >= weightOf("gzip")) return "br";
  if (weightOf("gzip") > 0) return "gzip";
  return undefined;
}

/**
 * Compresses a response body in place when the caller accepts it and it is worth it. In AWS,
 * CloudFront passes /api/* through uncached, and it compresses only what it caches, so the
 * function does it: API Gateway returns the bytes (base64 in the result) with the header.
 */
export function compressResponse(
  response: APIGatewayProxyStructuredResultV2,
  acceptEncoding: string | undefined,
): void {
  const { body } = response;
  if (typeof body !== "string" || response.isBase64Encoded) return;
  response.headers ??= {};
  const headers = response.headers;
  if (headers["content-encoding"] !== undefined) return;
  const bytes = Buffer.from(body, "utf8");
  if (bytes.length < compressFromBytes) return;
  // The answer depends on Accept-Encoding from here on, whatever it was this time.
  headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
  const encoding = chooseEncoding(acceptEncoding);
  if (!encoding) return;
  const compressed =
    encoding === "br"
      ? // Quality 4: most of Brotli's gain on JSON for a fraction of its default (11) CPU.
        brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 4,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        })
      : gzipSync(bytes, { level: 6 });
  response.body = compressed.toString("base64");
  response.isBase64Encoded = true;
  headers["content-encoding"] = encoding;
}
