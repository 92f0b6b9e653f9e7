import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root: everything local lives relative to it, whatever the working directory. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Gitignored: local data and the dev identity key never reach a commit. */
export const localDir = join(repoRoot, ".local");
export const identityKeyDir = join(localDir, "identity");
export const defaultDataDir = join(localDir, "dynamodb");
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
