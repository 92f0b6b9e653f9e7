/**
 * What a supporting document may be, shared by the browser's pre-check and the server's check.
 * The browser's answer is only a courtesy: the server decides from the bytes that arrived.
 */

/** 10 MB: enough for a scanned letter or a phone photo; anything larger is refused. */
export const maxDocumentBytes = 10 * 1024 * 1024;

export const documentTypes = ["application/pdf", "image/jpeg", "image/png"] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Journeys a document can be uploaded for. */
export const documentPurposes = ["phb", "advice"] as const;
export type DocumentPurpose = (typeof documentPurposes)[number];

/** How a file of each type begins: `%PDF-`, the JPEG SOI marker, the PNG signature. */
const signatures: Record<DocumentType, readonly number[]> = {
  "application/pdf": [0x25, 0x50, 0x44, 0x46, 0x2d],
  "image/jpeg": [0xff, 0xd8, 0xff],
  "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** Bytes the server reads from the start of an upload: the longest signature. */
export const documentSignatureBytes = Math.max(...Object.values(signatures).map((s) => s.length));

/** The design system's words for the two ways a file is refused. */
export const documentMessages = {
  wrongType: "The selected file must be a PDF, JPG or PNG",
  tooLarge: "The selected file must be smaller than 10MB",
  empty: "The selected file is empty",
} as const;

export function isDocumentType(value: string): value is DocumentType {
  return (documentTypes as readonly string[]).includes(value);
}

/** The type the file's first bytes say it is, whatever its name or declared type claim. */
export function sniffDocumentType(firstBytes: Uint8Array): DocumentType | undefined {
  return documentTypes.find((type) => {
    const signature = signatures[type];
    return (
      firstBytes.length >= signature.length &&
      signature.every((byte, index) => firstBytes[index] === byte)
    );
  });
}

export type UploadCheck =
  | { kind: "accepted" }
  | { kind: "missing" }
  | { kind: "too-large" }
  | { kind: "size-mismatch" }
  | { kind: "wrong-content"; found: DocumentType | undefined };

/**
 * Whether what arrived is what was declared: present, no larger than the limit, exactly the
 * declared size (the upload URL was signed for it), and starting with its type's signature.
 */
export function checkUpload(input: {
  declaredType: DocumentType;
  declaredSize: number;
  /** Undefined when nothing was uploaded. */
  actualSize: number | undefined;
  firstBytes: Uint8Array;
}): UploadCheck {
  if (input.actualSize === undefined) return { kind: "missing" };
  if (input.actualSize > maxDocumentBytes) return { kind: "too-large" };
  if (input.actualSize !== input.declaredSize) return { kind: "size-mismatch" };
  const found = sniffDocumentType(input.firstBytes);
  if (found !== input.declaredType) return { kind: "wrong-content", found };
  return { kind: "accepted" };
}

/**
 * A file name safe to keep and to offer back in Content-Disposition: the last path segment,
 * control characters and quotes removed, at most 120 characters. Never trusted for the type.
 */
export function cleanFileName(name: string): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? "";
  const cleaned = Array.from(lastSegment)
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code >= 0x20 && code !== 0x7f && char !== '"';
    })
    .join("")
    .trim()
    .slice(0, 120);
  return cleaned || "document";
}

/** Browser-side pre-check of a chosen file: the same words the server would use. */
export function precheckFile(file: { type: string; size: number }): string | undefined {
  if (!isDocumentType(file.type)) return documentMessages.wrongType;
  if (file.size > maxDocumentBytes) return documentMessages.tooLarge;
  if (file.size === 0) return documentMessages.empty;
  return undefined;
}
