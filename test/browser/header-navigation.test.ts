import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInAs, useBrowser } from "./support/browser.ts";

/**
 * The header's navigation (nhsuk-frontend's, with its passes at load trimmed in
 * lib/components.ts): links that do not fit go under "More", in order, and come back when there
 * is room, however the window changes.
 */
const browser = useBrowser({ viewport: { width: 320, height: 800 } });

interface NavigationState {
  inList: string[];
  inMenu: string[];
  moreShown: boolean;
  /** Links in the list that run past its right edge. */
  overflowing: string[];
}

async function navigation(page: Page): Promise<NavigationState> {
  // The header lays itself out again a frame after a resize.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => {
    const list = document.querySelector(".nhsuk-header__navigation-list") as HTMLElement;
    const right = list.getBoundingClientRect().right;
    const shown = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].filter((item) => !item.hidden);
    const inList = shown(".nhsuk-header__navigation-list > .nhsuk-header__navigation-item");
    return {
      inList: inList.map((item) => item.textContent?.trim() ?? ""),
      inMenu: shown(".nhsuk-header__menu-list > .nhsuk-header__navigation-item").map(
        (item) => item.textContent?.trim() ?? "",
      ),
      moreShown: !(document.querySelector(".nhsuk-header__menu") as HTMLElement).hidden,
      overflowing: inList
        .filter((item) => item.getBoundingClientRect().right > right + 1)
        .map((item) => item.textContent?.trim() ?? ""),
    };
  });
}

describe("the header's navigation", () => {
  it("puts what does not fit under More, in order, and brings it back when there is room", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/sessions/");
    await page.locator("#template-list, #no-templates").first().waitFor();

    const narrow = await navigation(page);
    expect(narrow.moreShown).toBe(true);
    expect(narrow.inMenu.length).toBeGreaterThan(0);
    expect(narrow.overflowing).toEqual([]);
    const all = [...narrow.inList, ...narrow.inMenu];
    expect(all).toContain("Day list");

    await page.setViewportSize({ width: 1600, height: 800 });
    const wide = await navigation(page);
    expect(wide.inList.length).toBeGreaterThan(narrow.inList.length);
    expect([...wide.inList, ...wide.inMenu]).toEqual(all);
    expect(wide.overflowing).toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await navigation(page)).toEqual(narrow);

    await page.getByRole("button", { name: "Browse More" }).click();
    await expect.poll(() => page.locator(".nhsuk-header__menu-list").isVisible()).toBe(true);
  });
});
