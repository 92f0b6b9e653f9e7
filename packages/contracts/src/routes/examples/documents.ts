import type * as z from "zod/mini";
import type {
  DocumentCheckRequest,
  DocumentCheckResponse,
  DocumentDownloadResponse,
  DocumentUploadRequest,
  DocumentUploadResponse,
} from "../../documents.ts";

/**
 * Examples for supporting documents (routes/documents.ts): Tom Whitaker uploads his care plan
 * for a personal health budget on Tuesday 8 December 2026 at 09:15. The links are presigned as
 * the deployed functions sign them (temporary credentials, the stage's versioned bucket), but
 * with the example keys from AWS's documentation and a made-up account: never real ones.
 */

export const documentUploadCreateBodyExample = {
  fileName: "care-plan.pdf",
  contentType: "application/pdf",
  size: 48213,
  purpose: "phb",
} satisfies z.input<typeof DocumentUploadRequest>;

export const documentUploadCreateExample = {
  documentId: "1a01e200-2663-47a1-aadf-c3cff8cc7883",
  uploadUrl:
    "https://front-door-prod-documents-123456789012-eu-west-2.s3.eu-west-2.amazonaws.com/pending/1a01e200-2663-47a1-aadf-c3cff8cc7883?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20261208%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20261208T091500Z&X-Amz-Expires=300&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLE&X-Amz-Signature=5b1c0e417b6668677e683c1845a7e6322383a7bfa14d81d8c3d4029dd11dd335&X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost&x-amz-checksum-crc32=AAAAAA%3D%3D&x-amz-sdk-checksum-algorithm=CRC32&x-id=PutObject",
  uploadHeaders: { "content-type": "application/pdf" },
  expiresAt: "2026-12-08T09:20:00.000Z",
} satisfies z.output<typeof DocumentUploadResponse>;

export const documentUploadCheckBodyExample = {} satisfies z.input<typeof DocumentCheckRequest>;

export const documentUploadCheckExample = {
  document: {
    documentId: "1a01e200-2663-47a1-aadf-c3cff8cc7883",
    fileName: "care-plan.pdf",
    contentType: "application/pdf",
    size: 48213,
    purpose: "phb",
    status: "accepted",
    attached: false,
  },
} satisfies z.output<typeof DocumentCheckResponse>;

export const documentDownloadExample = {
  document: {
    documentId: "1a01e200-2663-47a1-aadf-c3cff8cc7883",
    fileName: "care-plan.pdf",
    contentType: "application/pdf",
    size: 48213,
    purpose: "phb",
    status: "accepted",
    attached: false,
  },
  url: "https://front-door-prod-documents-123456789012-eu-west-2.s3.eu-west-2.amazonaws.com/pending/1a01e200-2663-47a1-aadf-c3cff8cc7883?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20261208%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20261208T091500Z&X-Amz-Expires=300&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLE&X-Amz-Signature=60742fc09cce4403042ed31f347db659157d058866eb8f47bf3e7d58500f31a8&X-Amz-SignedHeaders=host&response-content-disposition=attachment%3B%20filename%3D%22care-plan.pdf%22%3B%20filename%2A%3DUTF-8%27%27care-plan.pdf&response-content-type=application%2Fpdf&versionId=3HL4kqtJlcpXroDTDmJ%2BrmSpXd3dIbrHY&x-amz-checksum-mode=ENABLED&x-id=GetObject",
  expiresAt: "2026-12-08T09:20:00.000Z",
} satisfies z.output<typeof DocumentDownloadResponse>;
