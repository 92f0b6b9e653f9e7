import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding, compressFromBytes, compressResponse } from "./compression.ts";

const big = JSON.stringify({
  slots: Array.from({ length: 60 }, (_, i) => ({ id: `site-armley_2026-12-08_${i}`, free: true })),
});

describe("choosing an encoding", () => {
  it("prefers Brotli, falls back to gzip, and honours q-values and *", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0.5, gzip;q=1")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*;q=0")).toBeUndefined();
    expect(chooseEncoding("identity")).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding("")).toBeUndefined();
  });
});

describe("compressing a response", () => {
  it("compresses a large JSON body to the encoding asked for, losslessly, and varies on it", () => {
    const br = { statusCode: 200, headers: { "content-type": "application/json" }, body: big };
    compressResponse(br, "gzip, br");
    expect(br).toMatchObject({
      isBase64Encoded: true,
      headers: { "content-encoding": "br", vary: "Accept-Encoding" },
    });
    const bytes = Buffer.from(br.body, "base64");
    expect(bytes.length).toBeLessThan(big.length / 4);
    expect(brotliDecompressSync(bytes).toString("utf8")).toBe(big);

    const gz = { statusCode: 200, headers: { vary: "Origin" }, body: big };
    compressResponse(gz, "gzip");
    expect(gz.headers).toMatchObject({
      "content-encoding": "gzip",
      vary: "Origin, Accept-Encoding",
    });
    expect(gunzipSync(Buffer.from(gz.body, "base64")).toString("utf8")).toBe(big);
  });

  it("leaves alone what is small, not accepted, already encoded or binary", () => {
    const small = { statusCode: 201, headers: {}, body: "x".repeat(compressFromBytes - 1) };
    compressResponse(small, "br");
    expect(small).toEqual({
      statusCode: 201,
      headers: {},
      body: "x".repeat(compressFromBytes - 1),
    });

    const plain = { statusCode: 200, headers: {}, body: big };
    compressResponse(plain, undefined);
    expect(plain.body).toBe(big);
    expect(plain.headers).toEqual({ vary: "Accept-Encoding" });

    const encoded = { statusCode: 200, headers: { "content-encoding": "gzip" }, body: big };
    compressResponse(encoded, "br");
    expect(encoded.body).toBe(big);

    const binary = { statusCode: 200, isBase64Encoded: true, body: "AAAA".repeat(600) };
    compressResponse(binary, "br");
    expect(binary.body).toBe("AAAA".repeat(600));
  });
});
