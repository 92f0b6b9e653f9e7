import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { expectNoHorizontalScroll, signInAs, useBrowser, visibleText } from "./support/browser.ts";

/** 320 CSS pixels, signed out: these pages are for anyone, before they sign in. */
const browser = useBrowser({ viewport: { width: 320, height: 640 } });

/** The footer's link, the page's heading, and something the page must say. */
const footerPages: [link: string, heading: string, mustSay: RegExp][] = [
  ["Contact us", "Contact us", /Call 999 in an emergency/],
  [
    "Accessibility statement",
    "Accessibility statement for Front Door",
    /partially compliant with the Web Content Accessibility Guidelines version 2\.2 AA/,
  ],
  ["Privacy notice", "Privacy notice", /Article 9\(2\)\(h\)/],
  ["Cookies", "Cookies", /does not set any cookies/],
  ["Terms of use", "Terms of use", /not an emergency service/],
];

const description = (page: typeof browser.page) =>
  page.locator('meta[name="description"]').getAttribute("content");

describe("the footer's pages", () => {
  it("are linked from the footer of every page, each reachable, specific and accessible", async () => {
    const { page } = browser;
    const descriptions = new Set<string | null>();
    for (const [link, heading, mustSay] of footerPages) {
      // From a journey's page, not only the home page: the footer is the layout's.
      await page.goto("/same-day/");
      const footer = page.getByRole("contentinfo");
      await footer.getByRole("link", { name: link, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await visibleText(page.locator("main"))).toMatch(mustSay);
      expect(await page.title()).toBe(`${link} – Front Door – NHS`);
      descriptions.add(await description(page));
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    }
    // Each page says what it is about to search results, not the service's one description.
    expect(descriptions.size).toBe(footerPages.length);
  });

  it("say plainly what the ICB running the service must fill in", async () => {
    const { page } = browser;
    for (const path of ["/privacy/", "/accessibility-statement/", "/contact-us/"]) {
      await page.goto(path);
      expect(await visibleText(page.locator(".app-deployer-note").first())).toContain(
        "To be filled in by the ICB running this service",
      );
    }
  });

  it("lists what the site keeps in the browser, which is all it keeps", async () => {
    const { page } = browser;
    await page.goto("/cookies/");
    // "front-door.same-day-hold.(slot)" stands for any slot's hold.
    const listed = (await page.locator("#stored-items tbody code").allInnerTexts()).map(
      (name) => new RegExp(`^${name.replace(/\./g, "\\.").replace(/\\\.\([a-z]+\)$/, "\\..+")}$`),
    );
    expect(listed.length).toBeGreaterThanOrEqual(6);
    await signInAs(page, "Edith Clarke", "/same-day/");
    const kept = await page.evaluate(() => Object.keys(sessionStorage));
    expect(kept).toContain("front-door.session");
    for (const key of kept)
      expect(
        listed.some((name) => name.test(key)),
        key,
      ).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
});

describe("start pages", () => {
  it("start with the green button, and every page has a description", async () => {
    const { page } = browser;
    const starts: [path: string, button: string][] = [
      ["/same-day/", "#start-same-day"],
      ["/self-referral/", "#sign-in-to-refer"],
      ["/personal-health-budgets/", "#start-application"],
      ["/advice/", "#advice-sign-in-button"],
    ];
    for (const [path, selector] of starts) {
      await page.goto(path);
      const button = page.locator(selector);
      await button.waitFor({ state: "visible" });
      // nhsuk-frontend v10's primary button is the start button: NHS green, #007f3b.
      expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor), path).toBe(
        "rgb(0, 127, 59)",
      );
      expect((await description(page))?.length ?? 0, path).toBeGreaterThan(40);
      await expectAccessible(page);
    }
  });
});
