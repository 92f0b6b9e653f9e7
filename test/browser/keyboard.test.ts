import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { accountText, useBrowser, visibleText } from "./support/browser.ts";

const browser = useBrowser();

/** What has focus, as a person using a screen reader would hear it named. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "";
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} ${(el.textContent || el.getAttribute("aria-label") || "").replace(/\s+/g, " ").trim()}`;
  });
}

/** Presses Tab until focus is on the thing we want; fails if it is not reachable. */
async function tabTo(page: Page, wanted: (focus: string) => boolean, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focus = await focused(page);
    if (wanted(focus)) return;
    seen.push(focus);
  }
  throw new Error(`Could not reach it with Tab. Focus went through: ${seen.join(" | ")}`);
}

describe("keyboard only", () => {
  it("skips to the content, signs in and searches with Tab, typing and Enter", async () => {
    const { page } = browser;
    await page.goto("/sign-in/");
    await page.getByRole("button", { name: "Sign in as Amira Hussain" }).waitFor();

    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("a Skip to main content");

    await tabTo(page, (f) => f === "button Sign in as Amira Hussain");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
    await page.locator("#signed-in-card").waitFor();
    expect(await accountText(page)).toBe("Signed in as Amira Hussain (Patient) Sign out");

    await tabTo(page, (f) => f === "a Find a service");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/find/");
    await page.locator("#service optgroup").first().waitFor({ state: "attached" });

    await tabTo(page, (f) => f.startsWith("input#postcode"));
    await page.keyboard.type("LS7 4BR");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^select#service/);
    // A closed select picks the option whose name starts with what is typed.
    await page.keyboard.type("Hearing");
    expect(await page.locator("#service").inputValue()).toBe("audiology");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button Search");
    await page.keyboard.press("Enter");

    await page.waitForURL(/postcode=LS7/);
    await page.locator("#site-results").waitFor();
    await expectAccessible(page);
    expect(await visibleText(page.locator("#site-results h3").first())).toBe(
      "Chapeltown Neighbourhood Health Centre",
    );
    // Focus lands on the results, so a screen reader user hears them first.
    expect(await focused(page)).toMatch(/^h2#results-heading/);
  });

  it("follows an error summary link to the field with Enter", async () => {
    const { page } = browser;
    await page.goto("/find/?postcode=nonsense&service=podiatry");
    await page.locator("#error-summary").waitFor();
    expect(await focused(page)).toMatch(/^div#error-summary/);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("a Enter a real postcode, like LS1 4AP");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatch(/^input#postcode/);
  });
});
