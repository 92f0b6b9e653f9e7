import { describe, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { expectNoHorizontalScroll, signInAs, useBrowser } from "./support/browser.ts";

/** 320 CSS pixels: WCAG 1.4.10 reflow, and the narrowest phones people still use. */
const browser = useBrowser({ viewport: { width: 320, height: 640 } });

describe("at 320 pixels wide", () => {
  it("no page scrolls sideways when signed out", async () => {
    const { page } = browser;
    const visits: [string, string][] = [
      ["/", "#who-is-signed-in a"],
      ["/sign-in/", "[data-user-id]"],
      ["/find/", "#service optgroup"],
      ["/find/?postcode=LS12+3AB&service=blood-test", "#site-results"],
      ["/find/?postcode=LS99+ZZZZ&service=same-day-gp", "#error-summary"],
      ["/find/?postcode=SW1A+1AA&service=same-day-gp", "#not-covered"],
    ];
    for (const [path, ready] of visits) {
      await page.goto(path);
      await page.locator(ready).first().waitFor({ state: "attached" });
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    }
  });

  it("no page scrolls sideways when signed in, including the profile's states", async () => {
    const { page } = browser;
    await signInAs(page, "Edith Clarke", "/profile/");
    await page.locator("#profile-form").waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByLabel("Mobile phone number").fill("not a number");
    await page.getByRole("button", { name: "Save your details" }).click();
    await page.locator("#error-summary").waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await page.getByLabel("Mobile phone number").fill("07700 900999");
    await page.getByRole("button", { name: "Save your details" }).click();
    await page.locator("#saved-heading").waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await page.goto("/");
    await page.locator("#signed-in-card").waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});
