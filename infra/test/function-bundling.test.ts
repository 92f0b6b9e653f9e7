import path from "node:path";
import { fileURLToPath } from "node:url";
import { jobList, routeList, streamConsumerList } from "@front-door/contracts";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import {
  functionBuildOptions,
  functionBundling,
  lambdaUnreachedCredentialSources,
} from "../src/route-function.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const functionsDir = path.join(repo, "functions/src");

/** Every entry the stacks deploy: routes, the unmatched-request catch-all, jobs, stream consumers. */
const entries = [
  ...new Set([
    ...[...routeList, ...jobList, ...streamConsumerList].map((work) => work.handler),
    "unmatched-request",
  ]),
].map((handler) => path.join(functionsDir, `${handler}.ts`));

/** Bundles entries as RouteFunction does (the same shared settings), keeping only the metafile. */
async function bundle(entryPoints: string[]): Promise<Metafile> {
  const result = await build({
    entryPoints,
    outdir: path.join(repo, ".local/function-bundling-test"),
    write: false,
    ...functionBuildOptions(),
    metafile: true,
    logLevel: "silent",
  });
  return result.metafile;
}

/**
 * Modules outside the bundle that a bundle imports statically, so loads at every cold start:
 * anything but Node's own modules. An external reached only by `import()` is not listed.
 */
function staticExternalImports(metafile: Metafile): string[] {
  return Object.entries(metafile.outputs).flatMap(([output, { imports }]) =>
    imports
      .filter((i) => i.external && i.kind !== "dynamic-import" && !i.path.startsWith("node:"))
      .map((i) => `${path.basename(output)} imports ${i.path}`),
  );
}

describe("function bundles", () => {
  it("leave out only the credential sources Lambda never reaches", () => {
    expect([...functionBundling.externalModules].sort()).toEqual(
      [...lambdaUnreachedCredentialSources].sort(),
    );
  });

  it("import nothing from outside the bundle at load but Node's own modules", async () => {
    const metafile = await bundle(entries);
    expect(Object.keys(metafile.outputs).filter((o) => o.endsWith(".js"))).toHaveLength(
      entries.length,
    );
    expect(staticExternalImports(metafile)).toEqual([]);
    // The externals are in effect: a bundle with an SDK client reaches them by import() alone.
    const dynamicExternals = new Set(
      Object.values(metafile.outputs).flatMap(({ imports }) =>
        imports.filter((i) => i.external && i.kind === "dynamic-import").map((i) => i.path),
      ),
    );
    expect(dynamicExternals).toContain("@aws-sdk/credential-provider-ini");
  });

  it("would report an entry that imported one of them statically", async () => {
    const metafile = await bundle([
      path.join(repo, "infra/test/fixtures/imports-ini-statically.ts"),
    ]);
    expect(staticExternalImports(metafile)).toEqual([
      "imports-ini-statically.js imports @aws-sdk/credential-provider-ini",
    ]);
  });
});
