import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { routeList } from "@front-door/contracts";
import { build } from "esbuild";
import { functionBuildOptions } from "../infra/src/route-function.ts";
import { median } from "./stats.ts";

export interface BundleFigure {
  route: string;
  bytes: number;
  coldInitMs: number;
  coldInitRuns: number[];
}

/**
 * Bundles each route's entry the way the CDK stack does (the settings are shared with
 * RouteFunction) and times importing it in a fresh Node process, ten times.
 */
export async function measureBundles(
  repo: string,
  outDir: string,
  runs = 5,
): Promise<BundleFigure[]> {
  mkdirSync(outDir, { recursive: true });
  const figures: BundleFigure[] = [];
  for (const route of routeList) {
    const outfile = join(outDir, `${route.id}.mjs`);
    await build({
      entryPoints: [join(repo, "functions/src", `${route.handler}.ts`)],
      outfile,
      ...functionBuildOptions(),
      sourcemap: false,
      logLevel: "silent",
    });
    const coldInitRuns: number[] = [];
    for (let i = 0; i < runs; i++) coldInitRuns.push(timeImport(outfile));
    figures.push({
      route: route.id,
      bytes: statSync(outfile).size,
      coldInitMs: median(coldInitRuns),
      coldInitRuns,
    });
  }
  return figures;
}

/** Milliseconds to import the bundle (module evaluation, config, SDK client) in a new process. */
function timeImport(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    env: {
      ...process.env,
      TABLE_NAME: "bench",
      AWS_REGION: "eu-west-2",
      AWS_ACCESS_KEY_ID: "bench",
      AWS_SECRET_ACCESS_KEY: "bench",
      POWERTOOLS_SERVICE_NAME: "front-door",
      // Routes with document access read the bucket's name at cold start, as in Lambda.
      DOCUMENTS_BUCKET: "bench-documents",
      NODE_NO_WARNINGS: "1",
    },
    encoding: "utf8",
  });
  return Number(out);
}
