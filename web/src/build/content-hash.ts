import { createHash } from "node:crypto";

/**
 * Files under these folders of web/dist are named by their content, so servers may tell
 * browsers to keep them for a year (packages/local's static server and the CloudFront
 * deployment both rely on it). Everything else (HTML, config.json, nhsuk assets) is revalidated.
 */
export const hashedFolders = ["js", "css"] as const;

const base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Eight base32 characters of the content's SHA-256, in the style of esbuild's [hash]. */
export function contentHash(content: string | Uint8Array): string {
  const digest = createHash("sha256").update(content).digest();
  let out = "";
  for (let i = 0; i < 8; i++) out += base32[(digest[i] as number) & 31];
  return out;
}

/** `folder/name-HASH.ext` for content written under one of the hashed folders. */
export function hashedName(
  folder: (typeof hashedFolders)[number],
  name: string,
  ext: string,
  content: string | Uint8Array,
): string {
  return `${folder}/${name}-${contentHash(content)}.${ext}`;
}

/** esbuild's and contentHash's names: `name-XXXXXXXX.js`, maybe with .map or .LEGAL.txt after. */
const hashedFile = /-[A-Z2-7]{8}\.(js|css)(\.map|\.LEGAL\.txt)?$/;

/**
 * The files (paths relative to web/dist, with "/") under the hashed folders whose names carry
 * no content hash: the build refuses to finish while there are any, since they would be cached
 * for a year under a name that a later build may reuse for different bytes.
 */
export function unhashedFiles(relativePaths: readonly string[]): string[] {
  return relativePaths.filter(
    (path) =>
      hashedFolders.some((folder) => path.startsWith(`${folder}/`)) && !hashedFile.test(path),
  );
}
