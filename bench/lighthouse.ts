import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, type as osType, release, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startFrontDoor } from "@front-door/local";
import lighthouse, { type Flags, type Result } from "lighthouse";
// Lighthouse drives Chromium through puppeteer-core (its own dependency, same version): the
// page we sign in on must be a puppeteer page for Lighthouse to measure in the same tab.
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import {
  type MeasuredPage,
  type PageFigures,
  pagesSection,
  writePagesSection,
} from "./lighthouse-report.ts";
import { round } from "./stats.ts";

/**
 * Lighthouse (mobile, default throttling) on each page a person can open directly: signed out,
 * and as a patient, receptionist, analyst and PHB team member through the dev sign-in. The
 * session lives in the tab's sessionStorage, so each measured page is opened in the tab that
 * signed in, with the HTTP cache cleared first: a cold load, signed in.
 */
const measured: readonly { path: string; as?: string }[] = [
  { path: "/" },
  { path: "/sign-in/" },
  { path: "/find/" },
  { path: "/same-day/" },
  { path: "/self-referral/" },
  { path: "/advice/" },
  { path: "/personal-health-budgets/" },
  { path: "/appointments/", as: "Tom Whitaker" },
  { path: "/same-day/triage/", as: "Tom Whitaker" },
  { path: "/referrals/", as: "Tom Whitaker" },
  { path: "/self-referral/questions/?service=armley-msk-physiotherapy", as: "Tom Whitaker" },
  { path: "/advice/requests/", as: "Tom Whitaker" },
  { path: "/personal-health-budgets/applications/", as: "Tom Whitaker" },
  { path: "/profile/", as: "Tom Whitaker" },
  { path: "/staff/day/", as: "Priya Shah" },
  { path: "/staff/queue/", as: "Priya Shah" },
  { path: "/staff/sessions/", as: "Priya Shah" },
  { path: "/staff/referrals/", as: "Priya Shah" },
  { path: "/staff/advice/", as: "Priya Shah" },
  { path: "/dashboard/", as: "Helen Brooks" },
  { path: "/phb/team/", as: "Jo Bell" },
];

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const flags: Flags = {
  logLevel: "error",
  output: "json",
  onlyCategories: ["performance", "accessibility"],
  // Keep the tab's sessionStorage (the sign-in); the HTTP cache is cleared by us instead.
  disableStorageReset: true,
};

/**
 * Lighthouse's 4× CPU slowdown assumes a host about four times faster than the phone it
 * emulates (a Moto G Power, benchmark index ~264 by Chrome DevTools' calibration). A second run
 * divides the host's own index by that instead (never below 1×), as Lighthouse's throttling
 * guide advises for slow hosts, so both figures are reported.
 */
const emulatedPhoneIndex = 264;

function calibratedMultiplier(benchmarkIndex: number): number {
  return Math.max(1, round(benchmarkIndex / emulatedPhoneIndex, 1));
}

async function signIn(page: Page, baseUrl: string, who: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in/?return=${encodeURIComponent(path)}`);
  const button = await page.waitForSelector(`::-p-text(Sign in as ${who})`);
  if (!button) throw new Error(`No dev sign-in for ${who}`);
  await button.click();
  const pathname = new URL(path, baseUrl).pathname;
  await page.waitForFunction((expected) => location.pathname === expected, {}, pathname);
}

function figuresOf(lhr: Result, path: string, who: string): PageFigures {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = (
    lhr.audits["resource-summary"]?.details as
      | { items: { resourceType: string; transferSize: number; requestCount: number }[] }
      | undefined
  )?.items;
  const of = (type: string) => items?.find((item) => item.resourceType === type);
  return {
    path,
    who,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: numeric("first-contentful-paint"),
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    transferBytes: of("total")?.transferSize ?? 0,
    scriptBytes: of("script")?.transferSize ?? 0,
    stylesheetBytes: of("stylesheet")?.transferSize ?? 0,
    requests: of("total")?.requestCount ?? 0,
  };
}

/**
 * Lighthouse's own advice when it fails to record a load's trace ("NO_NAVSTART: … Please run
 * Lighthouse again"), which it did about once in 20 loads on a busy machine here: a whole-table run
 * should not be lost to it, so such a load is measured again, up to twice.
 */
const retriedErrors = new Set(["NO_NAVSTART", "NO_FCP", "PROTOCOL_TIMEOUT"]);

async function run(page: Page, url: string, runFlags: Flags): Promise<Result> {
  for (let attempt = 0; ; attempt++) {
    const lhr = await runOnce(page, url, runFlags);
    const error = lhr.runtimeError;
    if (!error) return lhr;
    if (attempt >= 2 || !retriedErrors.has(error.code)) {
      throw new Error(`${url}: ${error.message}`);
    }
    console.log(`  (${url}: ${error.code}; measuring again)`);
  }
}

/** One cold load of the page in the tab it is given (which keeps its sign-in). */
async function runOnce(page: Page, url: string, runFlags: Flags): Promise<Result> {
  // As Lighthouse clears caches when it may reset storage: the disk cache, and the tab's
  // memory cache by turning caching off and on again (the sign-in already loaded the scripts).
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  await cdp.send("Network.clearBrowserCache");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  await cdp.detach();
  const result = await lighthouse(url, runFlags, undefined, page);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

/** What held a page back: its performance audits that scored under 0.9, worst first. */
function weakAudits(lhr: Result): string[] {
  const ids = lhr.categories.performance?.auditRefs.map((ref) => ref.id) ?? [];
  return ids
    .map((id) => lhr.audits[id])
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
    .sort((a, b) => (a?.score ?? 0) - (b?.score ?? 0))
    .slice(0, 4)
    .map((audit) => `${audit?.id}${audit?.displayValue ? ` (${audit.displayValue})` : ""}`);
}

export async function measurePages(
  baseUrl: string,
  reportDir: string,
  pages: readonly { path: string; as?: string }[] = measured,
): Promise<MeasuredPage[]> {
  await mkdir(reportDir, { recursive: true });
  const browser: Browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: chromiumArgs,
  });
  const figures: MeasuredPage[] = [];
  try {
    for (const { path, as } of pages) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        if (as) await signIn(page, baseUrl, as, path);
        const lhr = await run(page, `${baseUrl}${path}`, flags);
        const benchmarkIndex = lhr.environment.benchmarkIndex;
        const multiplier = calibratedMultiplier(benchmarkIndex);
        const calibrated = await run(page, `${baseUrl}${path}`, {
          ...flags,
          throttling: { ...lhr.configSettings.throttling, cpuSlowdownMultiplier: multiplier },
        });
        const page_ = {
          ...figuresOf(lhr, path, as ?? "signed out"),
          benchmarkIndex,
          calibrated: { multiplier, ...figuresOf(calibrated, path, as ?? "signed out") },
        };
        figures.push(page_);
        const name = path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";
        await writeFile(join(reportDir, `${name}.json`), JSON.stringify(lhr));
        await writeFile(join(reportDir, `${name}.calibrated.json`), JSON.stringify(calibrated));
        console.log(
          `  ${path.padEnd(58)} perf ${String(page_.performance).padStart(3)} (${String(page_.calibrated.performance).padStart(3)} at ${multiplier}×, index ${Math.round(benchmarkIndex)})  a11y ${String(page_.accessibility).padStart(3)}  LCP ${round(page_.lcpMs / 1000, 2)} s  TBT ${Math.round(page_.tbtMs)} ms  CLS ${round(page_.cls, 3)}  ${round(page_.transferBytes / 1024, 1)} KB${page_.performance < 90 ? `  — ${weakAudits(lhr).join("; ")}` : ""}`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/**
 * Starts the local service as the browser tests do (web/dist must be built), measures every
 * page and writes its section of docs/benchmarks.md.
 */
export async function benchPages(repo: string): Promise<MeasuredPage[]> {
  const previousLogLevel = process.env.POWERTOOLS_LOG_LEVEL;
  process.env.POWERTOOLS_LOG_LEVEL = "WARN";
  const front = await startFrontDoor({ port: 0, inMemory: true, jobs: false });
  let figures: MeasuredPage[];
  try {
    figures = await measurePages(front.url, join(repo, ".local/bench/lighthouse"));
  } finally {
    await front.stop();
    if (previousLogLevel === undefined) delete process.env.POWERTOOLS_LOG_LEVEL;
    else process.env.POWERTOOLS_LOG_LEVEL = previousLogLevel;
  }
  const lighthouseVersion = (
    JSON.parse(await readFile(join(repo, "node_modules/lighthouse/package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  const section = pagesSection(figures, {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${round(totalmem() / 2 ** 30, 1)} GiB, ${osType()} ${release()}, Node ${process.version}`,
    lighthouse: lighthouseVersion,
    chromium: "Debian Chromium, headless",
  });
  await writePagesSection(join(repo, "docs/benchmarks.md"), section);
  return figures;
}

/**
 * Some of the pages, named by the start of their path (`tsx bench/lighthouse.ts /staff/day/
 * /dashboard/`): printed, with the JSON reports under .local/bench/lighthouse, while working on
 * them. The table in docs/benchmarks.md is only written by a run of every page.
 */
export async function benchSomePages(repo: string, prefixes: readonly string[]): Promise<void> {
  const pages = measured.filter(({ path }) => prefixes.some((prefix) => path.startsWith(prefix)));
  if (pages.length === 0) throw new Error(`No measured page starts with ${prefixes.join(" or ")}`);
  process.env.POWERTOOLS_LOG_LEVEL = "WARN";
  const front = await startFrontDoor({ port: 0, inMemory: true, jobs: false });
  try {
    await measurePages(front.url, join(repo, ".local/bench/lighthouse"), pages);
  } finally {
    await front.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
  const prefixes = process.argv.slice(2);
  console.log("Lighthouse (mobile) on each page, the local service in memory…");
  if (prefixes.length > 0) {
    await benchSomePages(repo, prefixes);
    console.log("Reports in .local/bench/lighthouse; docs/benchmarks.md left as it was");
  } else {
    await benchPages(repo);
    console.log("Wrote the pages section of docs/benchmarks.md");
  }
}
