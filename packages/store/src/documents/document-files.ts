import {
  BucketAlreadyOwnedByYou,
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

/**
 * The documents bucket, as the store uses it. Uploads land under `pending/`, which the
 * bucket's lifecycle rule empties after a day; a journey that attaches a document copies it
 * to `documents/` first (keepDocumentFiles), where nothing expires. So an upload nobody
 * attached disappears by itself, and an attached one never does.
 */
export interface DocumentFiles {
  client: S3Client;
  bucket: string;
}

export const pendingPrefix = "pending/";
export const keptPrefix = "documents/";

export const pendingKey = (documentId: string) => `${pendingPrefix}${documentId}`;
export const keptKey = (documentId: string) => `${keptPrefix}${documentId}`;

/** How long an upload or download link works. */
export const uploadUrlSeconds = 5 * 60;
export const downloadUrlSeconds = 5 * 60;

export function createDocumentFiles(options: {
  bucket: string;
  /** An S3-compatible server (s3rver, LocalStack): addressed path-style. */
  endpoint?: string;
  region?: string;
}): DocumentFiles {
  const client = new S3Client({
    ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
    ...(options.region ? { region: options.region } : {}),
  });
  return { client, bucket: options.bucket };
}

/**
 * A PUT URL bound to one key, content type and length: the signature covers both headers, so
 * the browser must send exactly what was declared or storage refuses the upload.
 */
export async function presignUpload(
  files: DocumentFiles,
  input: { key: string; contentType: string; size: number },
): Promise<{ url: string; headers: Record<string, string> }> {
  const command = new PutObjectCommand({
    Bucket: files.bucket,
    Key: input.key,
    ContentType: input.contentType,
    ContentLength: input.size,
  });
  const url = await getSignedUrl(files.client, command, {
    expiresIn: uploadUrlSeconds,
    // The presigner leaves content-type unsigned by default; sign it and the length.
    signableHeaders: new Set(["content-type", "content-length"]),
  });
  return { url, headers: { "content-type": input.contentType } };
}

/**
 * A GET URL that downloads as an attachment, never rendered inline in our origin. With a
 * version, exactly the bytes that were checked, whatever was PUT to the key since.
 */
export function presignDownload(
  files: DocumentFiles,
  input: { key: string; fileName: string; contentType: string; version?: string | undefined },
): Promise<string> {
  const command = new GetObjectCommand({
    Bucket: files.bucket,
    Key: input.key,
    ...(input.version ? { VersionId: input.version } : {}),
    ResponseContentType: input.contentType,
    ResponseContentDisposition: attachmentDisposition(input.fileName),
  });
  return getSignedUrl(files.client, command, { expiresIn: downloadUrlSeconds });
}

/** RFC 6266: an ASCII fallback name, and the real one percent-encoded (RFC 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  // encodeURIComponent leaves ' ( ) * alone, which RFC 5987 does not allow unencoded.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The object's size and version (S3 with versioning; none from s3rver), or undefined when
 * nothing is there. Later reads name the version, so what is checked is what is kept.
 */
export async function objectHead(
  files: DocumentFiles,
  key: string,
): Promise<{ size: number; version: string | undefined } | undefined> {
  try {
    const head = await files.client.send(new HeadObjectCommand({ Bucket: files.bucket, Key: key }));
    return { size: head.ContentLength ?? 0, version: head.VersionId };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** The first `count` bytes of an object (fewer if it is shorter): all a type check needs. */
export async function objectFirstBytes(
  files: DocumentFiles,
  key: string,
  count: number,
  version?: string,
): Promise<Uint8Array> {
  const object = await files.client.send(
    new GetObjectCommand({
      Bucket: files.bucket,
      Key: key,
      Range: `bytes=0-${count - 1}`,
      ...(version ? { VersionId: version } : {}),
    }),
  );
  const bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
  // A server that ignores Range sends everything: look at the start only.
  return bytes.subarray(0, count);
}

export async function deleteObject(files: DocumentFiles, key: string): Promise<void> {
  await files.client.send(new DeleteObjectCommand({ Bucket: files.bucket, Key: key }));
}

export async function copyObject(
  files: DocumentFiles,
  from: string,
  to: string,
  version?: string,
): Promise<void> {
  const source = `${files.bucket}/${from}`;
  await files.client.send(
    new CopyObjectCommand({
      Bucket: files.bucket,
      Key: to,
      CopySource: version ? `${source}?versionId=${encodeURIComponent(version)}` : source,
    }),
  );
}

/**
 * Creates the bucket when it is missing: for the local runner's S3-compatible server, never
 * for AWS, where the stateful stack owns the bucket.
 */
export async function ensureDocumentsBucket(files: DocumentFiles): Promise<void> {
  try {
    await files.client.send(new HeadBucketCommand({ Bucket: files.bucket }));
    return;
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  try {
    await files.client.send(new CreateBucketCommand({ Bucket: files.bucket }));
  } catch (error) {
    if (!(error instanceof BucketAlreadyOwnedByYou)) throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NotFound" ||
      error.name === "NoSuchKey" ||
      error.$metadata.httpStatusCode === 404)
  );
}
