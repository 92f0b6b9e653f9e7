/**
 * Builds the static site into web/dist: nhsuk-frontend's CSS and assets, our bundled page
 * scripts, and one HTML file per page composed from the shared layout. Deterministic (content
 * hashes, no timestamps), so an unchanged tree builds to identical bytes.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build, type Metafile } from "esbuild";
import { hashedName, unhashedFiles } from "./src/build/content-hash.ts";
import { purgeCss, usedNames } from "./src/build/css-purge.ts";
import { type BuiltAssets, renderPage } from "./src/layout/layout.ts";
import { pages } from "./src/pages/index.ts";

const started = performance.now();
const webDir = dirname(fileURLToPath(import.meta.url));
const distDir = join(webDir, "dist");
const require = createRequire(import.meta.url);
const nhsukPackage = require.resolve("nhsuk-frontend/package.json");
const nhsukDist = join(dirname(nhsukPackage), "dist", "nhsuk");

/** Output path (as a URL) of each entry point, keyed by the entry's source file. */
function outputsByEntry(metafile: Metafile): Map<string, string> {
  const map = new Map<string, string>();
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (info.entryPoint) map.set(info.entryPoint, `/${relative(distDir, join(webDir, output))}`);
  }
  return map;
}

function requireOutput(map: Map<string, string>, entry: string): string {
  const output = map.get(entry);
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output;
}

/**
 * nhsuk-frontend's CSS loads Frutiger from assets.nhs.uk. We serve nothing from other origins
 * (strict CSP, no third-party requests from a health service), so drop the @font-face rules and
 * let the font stack fall back to Arial — what the Sass option $nhsuk-include-font-face: false
 * would give us without a Sass build.
 */
async function readNhsukCss(): Promise<string> {
  const css = await readFile(join(nhsukDist, "nhsuk-frontend.min.css"), "utf8");
  const withoutFonts = css
    .replace(/@font-face\{[^}]*\}/g, "")
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, "");
  if (withoutFonts.includes("assets.nhs.uk")) {
    throw new Error("nhsuk-frontend CSS still refers to assets.nhs.uk: check the font-face strip");
  }
  return withoutFonts;
}

/** Every file under dist, relative to it, with "/" separators. */
async function distFiles(): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

const shared = {
  absWorkingDir: webDir,
  outdir: distDir,
  bundle: true,
  minify: true,
  sourcemap: "linked" as const,
  metafile: true as const,
  logLevel: "warning" as const,
  legalComments: "linked" as const,
  target: ["es2022", "chrome109", "firefox115", "safari15"],
} satisfies BuildOptions;

await rm(distDir, { recursive: true, force: true });
await mkdir(distDir, { recursive: true });

const [nhsukCss, pageBuild, bodyClassBuild, cssBuild] = await Promise.all([
  readNhsukCss(),
  build({
    ...shared,
    entryPoints: pages.map((page) => ({
      in: `src/pages/${page.script}/main.ts`,
      out: page.script,
    })),
    format: "esm" as const,
    // Code two or more pages share goes into chunks; a page loads only its own entry and the
    // chunks it imports, never another page's code.
    splitting: true,
    entryNames: "js/[name]-[hash]",
    chunkNames: "js/chunks/[name]-[hash]",
  }),
  // A classic script (not a module) so it runs before the body paints.
  build({
    ...shared,
    entryPoints: [{ in: "src/body-class.ts", out: "body-class" }],
    format: "iife" as const,
    entryNames: "js/[name]-[hash]",
  }),
  build({
    ...shared,
    entryPoints: [{ in: "src/site.css", out: "site" }],
    sourcemap: false,
    write: false,
  }),
  cp(join(nhsukDist, "assets"), join(distDir, "assets"), { recursive: true }),
]);

const pageOutputs = outputsByEntry(pageBuild.metafile);
const scripts = {
  bodyClassScript: requireOutput(outputsByEntry(bodyClassBuild.metafile), "src/body-class.ts"),
  pageScripts: Object.fromEntries(
    pages.map((page) => [
      page.script,
      requireOutput(pageOutputs, `src/pages/${page.script}/main.ts`),
    ]),
  ),
};

/**
 * One stylesheet for every page: nhsuk-frontend less the rules nothing we ship can match, then
 * our own additions. Used class names come from the pages' HTML and every script the build
 * wrote (which holds nhsuk-frontend's own scripts and every class our pages add at run time).
 */
const scriptTexts = await Promise.all(
  Object.keys(pageBuild.metafile.outputs)
    .concat(Object.keys(bodyClassBuild.metafile.outputs))
    .filter((output) => output.endsWith(".js"))
    .map((output) => readFile(join(webDir, output), "utf8")),
);
const used = usedNames([
  ...pages.map((page) => renderPage(page, { ...scripts, stylesheets: [] })),
  ...scriptTexts,
]);
const siteCss = cssBuild.outputFiles.find((file) => file.path.endsWith(".css"))?.text ?? "";
const css = `${purgeCss(nhsukCss, used)}\n${siteCss}`;
const cssHref = hashedName("css", "main", "css", css);
await mkdir(join(distDir, "css"), { recursive: true });
await writeFile(join(distDir, cssHref), css);

const assets: BuiltAssets = { ...scripts, stylesheets: [`/${cssHref}`] };
await Promise.all(
  pages.map(async (page) => {
    const folder = join(distDir, page.path);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "index.html"), renderPage(page, assets));
  }),
);

const unhashed = unhashedFiles(await distFiles());
if (unhashed.length) {
  throw new Error(`Files served as immutable without a content hash: ${unhashed.join(", ")}`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `web: built ${pages.length} pages into ${relative(process.cwd(), distDir)} in ${seconds}s; CSS ${kb(css.length)} (nhsuk-frontend's ${kb(nhsukCss.length)} purged to ${kb(css.length - siteCss.length)})`,
);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
