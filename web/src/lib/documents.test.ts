import { describe, expect, it } from "vitest";
import type { ApiResult, RequestOptions } from "./api.ts";
import { type UploadDeps, uploadDocument } from "./documents.ts";

const file = (type: string, size: number, name = "letter.pdf") =>
  new File([new Uint8Array(size)], name, { type });

/** Fake API and storage: they note what was asked and answer from the scripts given. */
function fakes(answers: Record<string, ApiResult<unknown>>, putStatus = 200) {
  const calls: { path: string; body: unknown }[] = [];
  const puts: { url: string; headers: Record<string, string> }[] = [];
  const deps: UploadDeps = {
    api: async <T>(path: string, options: RequestOptions<T>) => {
      calls.push({ path, body: options.body });
      const answer = answers[path];
      if (!answer) throw new Error(`unexpected call to ${path}`);
      return answer as ApiResult<T>;
    },
    put: async (url, headers) => {
      puts.push({ url, headers });
      return putStatus;
    },
  };
  return { deps, calls, puts };
}

const started: ApiResult<unknown> = {
  ok: true,
  status: 201,
  data: {
    documentId: "d1",
    uploadUrl: "https://storage.example/pending/d1?X-Amz-Signature=x",
    uploadHeaders: { "content-type": "application/pdf" },
    expiresAt: "2026-12-16T09:05:00.000Z",
  },
};
const accepted: ApiResult<unknown> = { ok: true, status: 200, data: { document: {} } };

describe("uploadDocument", () => {
  it("refuses a wrong type or an oversize file before asking the API", async () => {
    const { deps, calls } = fakes({});
    expect(await uploadDocument(file("text/html", 10, "page.html"), "phb", deps)).toEqual({
      ok: false,
      message: "The selected file must be a PDF, JPG or PNG",
    });
    const big = file("image/png", 10 * 1024 * 1024 + 1, "photo.png");
    expect(await uploadDocument(big, "phb", deps)).toEqual({
      ok: false,
      message: "The selected file must be smaller than 10MB",
    });
    expect(calls).toEqual([]);
  });

  it("asks for a URL, PUTs the bytes with its headers, has them checked, and gives the id", async () => {
    const { deps, calls, puts } = fakes({
      "/api/me/documents": started,
      "/api/me/documents/d1/check": accepted,
    });
    expect(await uploadDocument(file("application/pdf", 20), "advice", deps)).toEqual({
      ok: true,
      documentId: "d1",
    });
    expect(calls[0]).toEqual({
      path: "/api/me/documents",
      body: { fileName: "letter.pdf", contentType: "application/pdf", size: 20, purpose: "advice" },
    });
    expect(puts).toEqual([
      {
        url: "https://storage.example/pending/d1?X-Amz-Signature=x",
        headers: { "content-type": "application/pdf" },
      },
    ]);
    expect(calls[1]?.path).toBe("/api/me/documents/d1/check");
  });

  it("shows the server's words when its check refuses the file", async () => {
    const { deps } = fakes({
      "/api/me/documents": started,
      "/api/me/documents/d1/check": {
        ok: false,
        status: 422,
        error: {
          code: "document_rejected",
          message: "The selected file must be a PDF, JPG or PNG",
          fields: [{ path: "file", message: "The selected file must be a PDF, JPG or PNG" }],
        },
      },
    });
    expect(await uploadDocument(file("application/pdf", 20), "phb", deps)).toEqual({
      ok: false,
      message: "The selected file must be a PDF, JPG or PNG",
    });
  });

  it("asks to try again when storage refuses the bytes, without asking for a check", async () => {
    const { deps, calls } = fakes({ "/api/me/documents": started }, 403);
    const outcome = await uploadDocument(file("application/pdf", 20), "phb", deps);
    expect(outcome).toEqual({
      ok: false,
      message: "The selected file could not be uploaded – try again",
    });
    expect(calls).toHaveLength(1);
  });
});
