import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { routes } from "@front-door/contracts";
import { createDocumentFiles, type DocumentFiles } from "@front-door/store";
import { inject } from "vitest";
import { makeDocumentDownload } from "../../functions/src/documents/handlers/document-download.ts";
import { makeDocumentUploadCheck } from "../../functions/src/documents/handlers/document-upload-check.ts";
import { makeDocumentUploadCreate } from "../../functions/src/documents/handlers/document-upload-create.ts";
import { type Call, routeCaller } from "./route-caller.ts";
import type { TestTable } from "./support.ts";

export const tom = {
  role: "patient" as const,
  userId: "u-doc-tom",
  patientId: "patient-tom",
  nhsNumber: "9990001383",
};
export const amira = {
  role: "patient" as const,
  userId: "u-doc-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};
export const armleyReceptionist = {
  role: "receptionist" as const,
  userId: "u-doc-reception",
  siteId: "site-armley",
};
export const otherClinician = {
  role: "clinician" as const,
  userId: "u-doc-clinician",
  siteId: "site-elsewhere",
};
export const analyst = {
  role: "icb-analyst" as const,
  userId: "u-doc-analyst",
  icbId: "icb-west-yorkshire",
};

export const pdfBytes = (marker: string) =>
  new TextEncoder().encode(`%PDF-1.7\n% ${marker}\n1 0 obj << >> endobj\n%%EOF\n`);
export const pngBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]);

/** The test's own client on the global s3rver. */
export function testFiles(): DocumentFiles {
  return createDocumentFiles({
    bucket: inject("documentsBucket"),
    endpoint: inject("s3Endpoint"),
    region: "eu-west-2",
  });
}

export interface DocumentCalls {
  create: Call;
  check: Call;
  download: Call;
}

export function documentCalls(t: TestTable, files: DocumentFiles, now: () => Date): DocumentCalls {
  return {
    create: routeCaller(
      t,
      routes.documentUploadCreate,
      (deps) => makeDocumentUploadCreate({ ...deps, files }),
      now,
    ),
    check: routeCaller(
      t,
      routes.documentUploadCheck,
      (deps) => makeDocumentUploadCheck({ ...deps, files }),
      now,
    ),
    download: routeCaller(
      t,
      routes.documentDownload,
      (deps) => makeDocumentDownload({ ...deps, files }),
      now,
    ),
  };
}

/** Asks for an upload URL and PUTs the bytes there as a browser would; the document id. */
export async function upload(
  calls: DocumentCalls,
  principal: typeof tom,
  bytes: Uint8Array<ArrayBuffer>,
  declared: { contentType?: string; size?: number; purpose?: string } = {},
): Promise<string> {
  const created = await calls.create({
    principal,
    body: {
      fileName: "letter.pdf",
      contentType: declared.contentType ?? "application/pdf",
      size: declared.size ?? bytes.length,
      purpose: declared.purpose ?? "phb",
    },
  });
  if (created.status !== 201) throw new Error(`upload refused: ${JSON.stringify(created.body)}`);
  const put = await fetch(created.body.uploadUrl, {
    method: "PUT",
    headers: created.body.uploadHeaders,
    body: bytes,
  });
  if (!put.ok) throw new Error(`PUT failed: ${put.status} ${await put.text()}`);
  return created.body.documentId;
}

export async function objectExists(files: DocumentFiles, key: string): Promise<boolean> {
  try {
    await files.client.send(new HeadObjectCommand({ Bucket: files.bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}
