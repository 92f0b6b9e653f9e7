import { readFile, rm, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import {
  defaultDataDir,
  identityKeyDir,
  jarCacheRoot,
  pidFileName,
  repoRoot,
  s3DirFor,
} from "./local-paths.ts";

/**
 * `npm run reset`: throws away the local DynamoDB data and the uploaded documents (s3rver's
 * folder), so the next `npm start` reseeds the demo data from scratch. The sign-in key and the DynamoDB Local download are kept.
 */
const dataDir = process.env.FRONT_DOOR_DATA_DIR || defaultDataDir;
const shown = (path: string) => relative(repoRoot, path) || path;

const running = await runningPid();
if (running) {
  // Deleting the database under a running DynamoDB Local would leave it serving a ghost.
  console.error(
    `Front Door is still running (pid ${running}): stop it first (Ctrl-C), then run npm run reset`,
  );
  process.exit(1);
}

// The documents folder may sit inside the data folder (FRONT_DOOR_DATA_DIR): look first.
const existing: string[] = [];
for (const dir of new Set([dataDir, s3DirFor()])) {
  if (await stat(dir).catch(() => undefined)) existing.push(dir);
}
for (const dir of existing) {
  await rm(dir, { recursive: true, force: true });
  console.log(`Removed ${shown(dir)}: that local data is gone.`);
}
if (existing.length === 0) console.log(`Nothing to reset: ${shown(dataDir)} does not exist.`);
console.log("npm start reseeds the demo data.");
console.log(
  `Kept the dev sign-in key (${shown(identityKeyDir)}) and the DynamoDB Local download (${jarCacheRoot()}).`,
);

async function runningPid(): Promise<number | undefined> {
  // main.ts writes this file; a stale one (after a kill -9) names a process that is gone.
  const text = await readFile(join(dataDir, pidFileName), "utf8").catch(() => "");
  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
