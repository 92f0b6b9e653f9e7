import { readFile, writeFile } from "node:fs/promises";
import { round } from "./stats.ts";

/** One page's Lighthouse figures (mobile, default throttling). */
export interface PageFigures {
  path: string;
  /** Who was signed in, or "signed out". */
  who: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes over the wire (compressed as sent), all requests of the load. */
  transferBytes: number;
  scriptBytes: number;
  stylesheetBytes: number;
  requests: number;
}

/** A page's figures from the default run, with the run at the host-calibrated CPU slowdown. */
export interface MeasuredPage extends PageFigures {
  /** Lighthouse's benchmark index of this machine during the run (higher is faster). */
  benchmarkIndex: number;
  calibrated: PageFigures & { multiplier: number };
}

export const targets = { performance: 90, accessibility: 100 };

const start = "<!-- bench:pages:start -->";
const end = "<!-- bench:pages:end -->";

function kb(bytes: number): string {
  return `${round(bytes / 1024, 1)} KB`;
}

function verdict(page: PageFigures): string {
  const misses = [
    page.performance < targets.performance ? `performance ${page.performance}` : "",
    page.accessibility < targets.accessibility ? `accessibility ${page.accessibility}` : "",
  ].filter(Boolean);
  return misses.length ? `missed: ${misses.join(", ")}` : "met";
}

/** The report's section, between markers so re-runs replace only it. */
export function pagesSection(
  figures: readonly MeasuredPage[],
  context: { date: string; machine: string; lighthouse: string; chromium: string },
): string {
  const rows = figures.map(
    (p) =>
      `| ${p.path} | ${p.who} | ${p.performance} | ${p.calibrated.performance} (${p.calibrated.multiplier}×) | ${p.accessibility} | ${round(p.fcpMs / 1000, 2)} s | ${round(p.lcpMs / 1000, 2)} s | ${Math.round(p.tbtMs)} ms | ${round(p.cls, 3)} | ${kb(p.transferBytes)} | ${kb(p.scriptBytes)} | ${kb(p.stylesheetBytes)} | ${p.requests} | ${verdict(p)} |`,
  );
  const performances = figures.map((p) => p.performance);
  const calibrated = figures.map((p) => p.calibrated.performance);
  return `${start}
## Pages: Lighthouse, mobile

Written by \`npm run bench:pages\` (bench/lighthouse.ts; also a section of \`npm run bench\`).
Lighthouse ${context.lighthouse}'s default mobile run (Moto G Power emulation, simulated slow 4G
and 4× CPU slowdown, cold cache) of each page as the local runner serves it (compressed,
hashed files cached for a year, as CloudFront serves them), signed in through the dev sign-in
where the page is for a role. Demo data as \`npm start\` seeds it. Sizes are bytes over the
wire. Targets: performance ≥ ${targets.performance}, accessibility ${targets.accessibility}.
Pages that need a journey's earlier answers or a record's id are not in the table.

- Date: ${context.date}
- Machine: ${context.machine}; ${context.chromium}. Lighthouse's CPU figures (TBT and the
  score) depend on the machine's load at the time: its benchmark index was
  ${Math.round(Math.min(...figures.map((p) => p.benchmarkIndex)))}–${Math.round(Math.max(...figures.map((p) => p.benchmarkIndex)))} during this run, where
  Lighthouse expects at least 1,000 for its 4× slowdown (it warns below that) and a Moto G Power
  scores about 264. "performance (calibrated)" is a second run with the slowdown set to the
  index ÷ 264 (at least 1×), as Lighthouse's throttling guide advises for slow hosts; the
  other columns are the default run's.

| page | who | performance (4×) | performance (calibrated) | accessibility | FCP | LCP | TBT | CLS | transfer | JS | CSS | requests | target |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${rows.join("\n")}

Default run: lowest performance **${Math.min(...performances)}**, median ${median(performances)}; ${figures.filter((p) => verdict(p) === "met").length} of ${figures.length} pages meet both targets.
Calibrated run: lowest performance **${Math.min(...calibrated)}**, median ${median(calibrated)}; ${figures.filter((p) => verdict(p.calibrated) === "met").length} of ${figures.length} pages meet both targets.
${end}
`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Puts the section into the report: in place of the one between the markers, else at the end.
 * Other sections (written by bench/run.ts) are left as they are.
 */
export async function writePagesSection(file: string, section: string): Promise<void> {
  const report = await readFile(file, "utf8").catch(() => "# Benchmarks\n");
  const from = report.indexOf(start);
  const to = report.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${report.slice(0, from)}${section.trimEnd()}${report.slice(to + end.length)}`
      : `${report.trimEnd()}\n\n${section}`;
  await writeFile(file, next);
}
