import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root: everything local lives relative to it, whatever the working directory. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Gitignored: local data and the dev identity key never reach a commit. */
export const localDir = join(repoRoot, ".local");
export const identityKeyDir = join(localDir, "identity");
export const defaultDataDir = join(localDir, "dynamodb");
/** The local S3 server's objects (uploaded documents), beside the table's data. */
export const defaultS3Dir = join(localDir, "s3");

/** Where npm start keeps documents: inside FRONT_DOOR_DATA_DIR when that moves the data. */
export function s3DirFor(env: NodeJS.ProcessEnv = process.env): string {
  return env.FRONT_DOOR_DATA_DIR ? join(env.FRONT_DOOR_DATA_DIR, "s3") : defaultS3Dir;
}
/** The documents bucket the local S3 server creates on start. */
export const localDocumentsBucket = "front-door-documents";
/** Written into the data folder by npm start, so npm run reset can refuse while it runs. */
export const pidFileName = "front-door.pid";

export const functionsSrcDir = join(repoRoot, "functions", "src");
export const webDistDir = join(repoRoot, "web", "dist");

/**
 * The DynamoDB Local jar is cached per user, outside the checkout: its licence forbids
 * redistributing it, and one download serves every clone and worktree.
 */
export function jarCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const cacheHome = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(cacheHome, "front-door", "dynamodb-local");
}
