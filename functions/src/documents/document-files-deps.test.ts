import { describe, expect, it } from "vitest";
import { documentFilesDeps } from "./document-files-deps.ts";

describe("documentFilesDeps", () => {
  it("stops at cold start, naming the variable, when the bucket is not set", () => {
    expect(() => documentFilesDeps({ AWS_REGION: "eu-west-2" })).toThrow("DOCUMENTS_BUCKET");
  });

  it("uses S3_ENDPOINT path-style when set, and AWS's own endpoint otherwise", async () => {
    const local = documentFilesDeps({
      DOCUMENTS_BUCKET: "docs",
      S3_ENDPOINT: "http://127.0.0.1:4569",
      AWS_REGION: "eu-west-2",
    });
    expect(local.bucket).toBe("docs");
    expect(local.client.config.forcePathStyle).toBe(true);
    expect((await local.client.config.endpoint?.())?.hostname).toBe("127.0.0.1");
    const aws = documentFilesDeps({ DOCUMENTS_BUCKET: "docs", AWS_REGION: "eu-west-2" });
    expect(aws.client.config.endpoint).toBeUndefined();
  });
});
