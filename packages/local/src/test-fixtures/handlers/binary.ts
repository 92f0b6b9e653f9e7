/** Test fixture: a base64-encoded binary response, and a plain value with no statusCode. */
export async function handler(event: { rawPath: string }) {
  if (event.rawPath.endsWith("/plain")) return { hello: "world" };
  return {
    statusCode: 201,
    headers: { "content-type": "application/octet-stream" },
    body: Buffer.from([0, 1, 2, 255]).toString("base64"),
    isBase64Encoded: true,
  };
}
