import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Axe from "axe-core";
import type { Page } from "playwright-core";
import { expect } from "vitest";

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface Finding {
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string }[];
}

/** Runs axe-core on the page as it is now; fails on any serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  // Not page.addScriptTag: that adds an inline <script>, which the strict CSP (rightly) blocks.
  // Evaluating through the DevTools protocol is outside the page's CSP.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const findings: Finding[] = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html })),
    }));
  });
  // Every rule counts: conditional reveals no longer carry the library's aria-expanded
  // (web/src/lib/conditional-reveal.ts), so no exception is made for them.
  const serious = findings.filter((f) => f.impact === "serious" || f.impact === "critical");
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
