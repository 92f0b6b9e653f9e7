import { describe, expect, it } from "vitest";
import {
  checkUpload,
  cleanFileName,
  documentMessages,
  maxDocumentBytes,
  precheckFile,
  sniffDocumentType,
} from "./document-rules.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);
const pdf = new TextEncoder().encode("%PDF-1.7\n");
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0);

describe("sniffDocumentType", () => {
  it("knows PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffDocumentType(pdf)).toBe("application/pdf");
    expect(sniffDocumentType(jpeg)).toBe("image/jpeg");
    expect(sniffDocumentType(png)).toBe("image/png");
  });

  it("knows nothing else, nor a signature cut short", () => {
    expect(sniffDocumentType(new TextEncoder().encode("<html><script>"))).toBeUndefined();
    expect(sniffDocumentType(new TextEncoder().encode("%PDF"))).toBeUndefined();
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a))).toBeUndefined();
    expect(sniffDocumentType(bytes(0xff, 0xd8))).toBeUndefined();
    expect(sniffDocumentType(new Uint8Array())).toBeUndefined();
  });
});

describe("checkUpload", () => {
  const declared = { declaredType: "application/pdf" as const, declaredSize: 9 };

  it("accepts a file of the declared type and size", () => {
    expect(checkUpload({ ...declared, actualSize: 9, firstBytes: pdf })).toEqual({
      kind: "accepted",
    });
  });

  it("refuses a file claiming PDF that is not, naming what it is", () => {
    expect(checkUpload({ ...declared, actualSize: 9, firstBytes: png })).toEqual({
      kind: "wrong-content",
      found: "image/png",
    });
    expect(
      checkUpload({ ...declared, actualSize: 9, firstBytes: new TextEncoder().encode("MZ") }),
    ).toEqual({ kind: "wrong-content", found: undefined });
  });

  it("refuses nothing uploaded, an oversize file and a size other than declared", () => {
    expect(checkUpload({ ...declared, actualSize: undefined, firstBytes: pdf }).kind).toBe(
      "missing",
    );
    expect(
      checkUpload({
        declaredType: "application/pdf",
        declaredSize: maxDocumentBytes + 1,
        actualSize: maxDocumentBytes + 1,
        firstBytes: pdf,
      }).kind,
    ).toBe("too-large");
    expect(checkUpload({ ...declared, actualSize: 10, firstBytes: pdf }).kind).toBe(
      "size-mismatch",
    );
  });

  it("accepts exactly the limit", () => {
    const atLimit = { declaredSize: maxDocumentBytes, actualSize: maxDocumentBytes };
    expect(checkUpload({ declaredType: "image/jpeg", ...atLimit, firstBytes: jpeg }).kind).toBe(
      "accepted",
    );
  });
});

describe("precheckFile", () => {
  it("uses the design system's words", () => {
    expect(precheckFile({ type: "text/html", size: 10 })).toBe(documentMessages.wrongType);
    expect(precheckFile({ type: "", size: 10 })).toBe(documentMessages.wrongType);
    expect(precheckFile({ type: "image/png", size: maxDocumentBytes + 1 })).toBe(
      documentMessages.tooLarge,
    );
    expect(precheckFile({ type: "image/png", size: 0 })).toBe(documentMessages.empty);
    expect(precheckFile({ type: "image/png", size: maxDocumentBytes })).toBeUndefined();
  });
});

describe("cleanFileName", () => {
  it("keeps the last segment without control characters or quotes", () => {
    expect(cleanFileName("C:\\fakepath\\letter.pdf")).toBe("letter.pdf");
    expect(cleanFileName('../../etc/pa"ss\r\nwd.png')).toBe("passwd.png");
    expect(cleanFileName("\u0000\u0007")).toBe("document");
    expect(cleanFileName("a".repeat(300))).toHaveLength(120);
  });
});
