import { describe, expect, it } from "vitest";
import {
  attachmentDisposition,
  createDocumentFiles,
  presignDownload,
  presignUpload,
} from "./document-files.ts";

const files = () => {
  const made = createDocumentFiles({ bucket: "docs", region: "eu-west-2" });
  // Presigning is local arithmetic: fixed credentials, no network.
  made.client.config.credentials = async () => ({
    accessKeyId: "AKIDEXAMPLE",
    secretAccessKey: "x",
  });
  return made;
};

describe("presignUpload", () => {
  it("signs the content type and length into a 5-minute PUT URL for the one key", async () => {
    const { url, headers } = await presignUpload(files(), {
      key: "pending/abc",
      contentType: "image/png",
      size: 1234,
    });
    const parsed = new URL(url);
    expect(parsed.pathname).toBe("/pending/abc");
    expect(parsed.searchParams.get("X-Amz-Expires")).toBe("300");
    expect(parsed.searchParams.get("X-Amz-SignedHeaders")?.split(";")).toEqual(
      expect.arrayContaining(["content-length", "content-type", "host"]),
    );
    expect(headers).toEqual({ "content-type": "image/png" });
  });
});

describe("presignDownload", () => {
  it("asks S3 to serve the file as an attachment with its own type", async () => {
    const url = new URL(
      await presignDownload(files(), {
        key: "documents/abc",
        fileName: "letter.pdf",
        contentType: "application/pdf",
      }),
    );
    expect(url.searchParams.get("response-content-disposition")).toBe(
      `attachment; filename="letter.pdf"; filename*=UTF-8''letter.pdf`,
    );
    expect(url.searchParams.get("response-content-type")).toBe("application/pdf");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("300");
    expect(url.searchParams.get("versionId")).toBeNull();
  });

  it("names the checked version when there is one, so a later PUT to the key is not served", async () => {
    const url = new URL(
      await presignDownload(files(), {
        key: "pending/abc",
        fileName: "a.png",
        contentType: "image/png",
        version: "v-checked",
      }),
    );
    expect(url.searchParams.get("versionId")).toBe("v-checked");
  });
});

describe("attachmentDisposition", () => {
  it("keeps an ASCII fallback free of quotes and separators, and the real name encoded", () => {
    expect(attachmentDisposition('Zoë "scan"; 100%.png')).toBe(
      `attachment; filename="Zo_ _scan__ 100_.png"; filename*=UTF-8''Zo%C3%AB%20%22scan%22%3B%20100%25.png`,
    );
  });

  it("encodes what RFC 5987 forbids in the real name", () => {
    expect(attachmentDisposition("Tom's (copy).pdf")).toContain(
      "filename*=UTF-8''Tom%27s%20%28copy%29.pdf",
    );
  });
});
