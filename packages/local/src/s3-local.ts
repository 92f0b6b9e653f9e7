import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useLocalAwsDefaults } from "./dynamodb-local.ts";

/**
 * s3rver, an S3-compatible server in this process, for the documents bucket: uploads and
 * downloads through presigned URLs work as against S3. It checks that a request's access key
 * exists but does not verify SigV4 signatures, so a signed content type or length is not
 * enforced here as S3 enforces it; the server's own check of every upload is what decides.
 */
export interface S3Local {
  endpoint: string;
  stop(): Promise<void>;
}

export interface S3LocalOptions {
  /** Where objects are kept (created if missing). */
  directory: string;
  /** The bucket to create on start (kept if it exists). */
  bucket: string;
  /** Origins a browser may PUT and GET from (the local web). */
  allowedOrigins?: readonly string[];
  /** Default: any free port. */
  port?: number;
  /** Access key clients sign with; default $AWS_ACCESS_KEY_ID (see useLocalAwsDefaults). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;
interface S3rverAccount {
  createKeyPair(accessKeyId: string, secretAccessKey: string): void;
}

const require = createRequire(import.meta.url);

/** Starts s3rver on 127.0.0.1 only, with the bucket created and CORS for the given origins. */
export async function startS3Local(options: S3LocalOptions): Promise<S3Local> {
  const S3rver = require("s3rver") as S3rverClass;
  // s3rver knows one key pair (S3RVER); the developer's local key is added beside it.
  const { DUMMY_ACCOUNT } = require("s3rver/lib/models/account") as {
    DUMMY_ACCOUNT: S3rverAccount;
  };
  const accessKeyId = options.credentials?.accessKeyId ?? process.env.AWS_ACCESS_KEY_ID;
  const secret = options.credentials?.secretAccessKey ?? process.env.AWS_SECRET_ACCESS_KEY;
  if (accessKeyId && secret) DUMMY_ACCOUNT.createKeyPair(accessKeyId, secret);
  await mkdir(options.directory, { recursive: true });
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port ?? 0,
    silent: true,
    directory: options.directory,
    // Path-style only: no bucket names as host names.
    vhostBuckets: false,
    configureBuckets: [
      {
        name: options.bucket,
        configs: options.allowedOrigins?.length ? [corsXml(options.allowedOrigins)] : [],
      },
    ],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () => server.close(),
  };
}

/** Lets the web PUT uploads (with their content type) and GET downloads; nothing else. */
function corsXml(origins: readonly string[]): string {
  const allowed = origins.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`).join("");
  return `<CORSConfiguration><CORSRule>${allowed}<AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>content-type</AllowedHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
}

export interface DocumentStorage {
  endpoint: string;
  bucket: string;
  stop(): Promise<void>;
}

/**
 * Where the local runner's documents go: the S3-compatible endpoint given (LocalStack, or
 * AWS's own), its bucket created if missing; else s3rver on 127.0.0.1, keeping objects in
 * `directory` (a temporary folder, removed on stop, when none is given).
 */
export async function startDocumentStorage(options: {
  endpoint?: string | undefined;
  directory?: string | undefined;
  bucket: string;
  allowedOrigins: readonly string[];
}): Promise<DocumentStorage> {
  if (options.endpoint) {
    const { createDocumentFiles, ensureDocumentsBucket } = await import("@front-door/store");
    const files = createDocumentFiles({ bucket: options.bucket, endpoint: options.endpoint });
    try {
      await ensureDocumentsBucket(files);
    } finally {
      files.client.destroy();
    }
    return { endpoint: options.endpoint, bucket: options.bucket, stop: async () => {} };
  }
  // s3rver checks the access key exists: make sure there is one to register and sign with.
  useLocalAwsDefaults();
  const scratch = options.directory ? undefined : await mkdtemp(join(tmpdir(), "front-door-s3-"));
  const directory = options.directory ?? (scratch as string);
  try {
    const s3 = await startS3Local({
      directory,
      bucket: options.bucket,
      allowedOrigins: options.allowedOrigins,
    });
    return {
      endpoint: s3.endpoint,
      bucket: options.bucket,
      stop: async () => {
        await s3.stop();
        if (scratch) await rm(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (scratch) await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}
