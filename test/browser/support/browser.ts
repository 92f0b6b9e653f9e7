import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";

/** Debian's Chromium, headless, with everything that would reach the internet switched off. */
export const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export interface BrowserFixture {
  readonly page: Page;
  readonly baseUrl: string;
}

/**
 * One Chromium per test file and a fresh context (so a fresh sessionStorage) per test. Each
 * test also fails if the page threw, broke the CSP, logged a contract mismatch, or asked
 * anything of another origin than its own or the document store: none of those show up as a wrong heading, but all are bugs.
 */
export function useBrowser(contextOptions: BrowserContextOptions = {}): BrowserFixture {
  const baseUrl = inject("baseUrl");
  const documentsOrigin = inject("documentsOrigin");
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch(launchOptions);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error("Chromium did not start");
    context = await browser.newContext({ baseURL: baseUrl, ...contextOptions });
    // Fail within the test's own time, with Playwright's message, rather than at vitest's limit.
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    problems = [];
    page.on("pageerror", (error) => problems.push(`Uncaught error: ${error.message}`));
    page.on("console", (message) => {
      const text = message.text();
      if (/Content Security Policy|does not match the contract/.test(text)) {
        problems.push(`Console ${message.type()}: ${text}`);
      }
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      // Uploads go straight to the document store, as they go to S3 in AWS.
      if (
        url.protocol.startsWith("http") &&
        url.origin !== baseUrl &&
        url.origin !== documentsOrigin
      ) {
        problems.push(`Request to another origin: ${request.url()}`);
      }
    });
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && page) {
      // Where the page was and what it showed: enough to tell a slow API from a broken page.
      const file = `/tmp/front-door-browser-${task.name.replace(/\W+/g, "-").slice(0, 80)}.png`;
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.error(`Failed at ${page.url()}; screenshot: ${file}`);
    }
    await context?.close();
    expect(problems, "problems seen in the page").toEqual([]);
  });

  return {
    baseUrl,
    get page() {
      if (!page) throw new Error("No page: use the fixture inside a test");
      return page;
    },
  };
}

/**
 * Signs in through the dev sign-in page, as a person would, and waits to be sent on: back to
 * `returnPath` when given, otherwise to wherever the person's role lands them.
 */
export async function signInAs(
  page: Page,
  displayName: string,
  returnPath?: string,
): Promise<void> {
  await page.goto(
    returnPath === undefined ? "/sign-in/" : `/sign-in/?return=${encodeURIComponent(returnPath)}`,
  );
  await page.getByRole("button", { name: `Sign in as ${displayName}` }).click();
  if (returnPath === undefined) {
    await page.waitForURL((url) => url.pathname !== "/sign-in/");
    return;
  }
  const expectedPath = new URL(returnPath, "http://x").pathname;
  await page.waitForURL((url) => url.pathname === expectedPath);
}

/**
 * Waits until the page's script has started and wired its forms (the shell marks the body
 * `data-ready`). Before then a click on a form's button is held, not lost, but a test that
 * reads what the script draws should wait for it.
 */
export async function pageReady(page: Page): Promise<void> {
  await page.locator("body[data-ready]").waitFor({ state: "attached" });
}

/** Text of the header's account area, whitespace collapsed. */
export function accountText(page: Page): Promise<string> {
  return visibleText(page.getByRole("navigation", { name: "Account" }));
}

/** Fails when the page is wider than the viewport, naming the elements that stick out. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.offsetParent !== null)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
  expect(overflow.wide, `elements wider than ${overflow.width}px`).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
}

/** A summary list's rows as [key, value] pairs, whitespace collapsed. */
export function summaryPairs(list: Locator): Promise<[string, string][]> {
  return list.locator(".nhsuk-summary-list__row").evaluateAll((rows) =>
    rows.map((row): [string, string] => {
      const text = (selector: string) =>
        // biome-ignore lint/performance/useDomNodeTextContent: rendered text keeps <br> line breaks apart
        (row.querySelector<HTMLElement>(selector)?.innerText ?? "").replace(/\s+/g, " ").trim();
      return [text("dt"), text("dd")];
    }),
  );
}

/** What a person sees in an element (hidden parts left out), whitespace collapsed. */
export async function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is under test
  const text = await locator.innerText();
  return text.replace(/\s+/g, " ").trim();
}
