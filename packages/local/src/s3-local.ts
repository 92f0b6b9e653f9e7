import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";

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
