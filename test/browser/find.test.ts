import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { summaryPairs, useBrowser, visibleText } from "./support/browser.ts";

const browser = useBrowser();

/** Miles from "0.5 miles (0.8 km) away", for checking the order. */
function miles(text: string): number {
  const match = /([\d.]+) miles? \(([\d.]+) km\)/.exec(text);
  if (!match) throw new Error(`No distance in "${text}"`);
  return Number(match[1]);
}

describe("finding a service", () => {
  it("lists places nearest first, with distance, address, phone, hours and services", async () => {
    const { page } = browser;
    await page.goto("/find/");
    await page.locator("#service optgroup").first().waitFor({ state: "attached" });
    await expectAccessible(page);
    await page.getByLabel("Postcode").fill("LS12 3AB");
    await page.getByLabel("Service").selectOption({ label: "Blood tests" });
    await page.getByRole("button", { name: "Search" }).click();
    await page.locator("#site-results").waitFor();
    await expectAccessible(page);

    expect(new URL(page.url()).search).toBe("?postcode=LS12+3AB&service=blood-test");
    expect(await visibleText(page.locator("#results-heading"))).toContain("5 places near LS12 3AB");
    const names = await page.locator("#site-results h3").allInnerTexts();
    expect(names[0]).toBe("Armley Neighbourhood Health Centre");
    const distances = (await page.locator("#site-results .app-distance").allInnerTexts()).map(
      miles,
    );
    expect(distances).toHaveLength(5);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(1);

    const armley = page.locator("#site-results .nhsuk-card").first();
    const details = await summaryPairs(armley.locator("dl").first());
    expect(details).toContainEqual(["Address", "14 Town Street Armley Leeds LS12 3HN"]);
    expect(details).toContainEqual(["Phone", "0113 496 0101"]);
    const hours = await summaryPairs(armley.locator("dl").nth(1));
    expect(hours.map(([day]) => day)).toEqual([
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday",
    ]);
    expect(hours[0]).toEqual(["Monday", "8am to 8pm"]);
    expect(await armley.getByRole("listitem").allInnerTexts()).toContain("Blood tests");
  });

  it("keeps the search in the URL, so the back button returns to the previous results", async () => {
    const { page } = browser;
    await page.goto("/find/?postcode=YO30+5AA&service=mri-scan");
    await page.locator("#site-results").waitFor();
    expect(await page.locator("#site-results h3").allInnerTexts()).toEqual([
      "Wakefield Community Diagnostic Centre",
    ]);
    await page.getByLabel("Postcode").fill("HX1 1AA");
    await page.getByLabel("Service").selectOption("physiotherapy");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/HX1/);
    await page.locator("#site-results").waitFor();
    expect(await visibleText(page.locator("#site-results h3").first())).toBe(
      "Halifax Central Neighbourhood Health Centre",
    );

    await page.goBack();
    await page.locator("#site-results").waitFor();
    expect(await page.getByLabel("Postcode").inputValue()).toBe("YO30 5AA");
    expect(await page.getByLabel("Service").inputValue()).toBe("mri-scan");
    expect(await page.locator("#site-results h3").allInnerTexts()).toEqual([
      "Wakefield Community Diagnostic Centre",
    ]);
  });

  it("shows a malformed postcode in an error summary linked to the field", async () => {
    const { page } = browser;
    await page.goto("/find/?postcode=LS99+ZZZZ&service=podiatry");
    const summary = page.locator("#error-summary");
    await summary.waitFor();
    await expectAccessible(page);
    expect(await page.title()).toBe("Error: Find a service near you – Front Door – NHS");
    expect(await visibleText(summary.getByRole("heading"))).toBe("There is a problem");
    const link = summary.getByRole("link", { name: "Enter a real postcode, like LS1 4AP" });
    expect(await link.getAttribute("href")).toBe("#postcode");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    expect(await page.locator("#postcode-error").textContent()).toBe(
      "Error: Enter a real postcode, like LS1 4AP",
    );
    expect(await page.getByLabel("Postcode").getAttribute("aria-describedby")).toBe(
      "postcode-hint postcode-error",
    );
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("postcode");
    expect(await page.locator("#site-results").count()).toBe(0);
  });

  it("shows one message per field when both are missing", async () => {
    const { page } = browser;
    await page.goto("/find/");
    await page.locator("#service optgroup").first().waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Search" }).click();
    await page.locator("#error-summary").waitFor();
    const links = page.locator("#error-summary a");
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "#postcode",
      "#service",
    ]);
    expect(await visibleText(links.first())).toBe("Enter a postcode");
    expect(await page.locator(".nhsuk-error-message").count()).toBe(2);
  });

  it("says plainly when a postcode is outside the area covered so far", async () => {
    const { page } = browser;
    await page.goto("/find/?postcode=SW1A+1AA&service=same-day-gp");
    const notCovered = page.locator("#not-covered");
    await notCovered.waitFor();
    await expectAccessible(page);
    expect(await visibleText(notCovered.getByRole("heading"))).toBe(
      "We do not cover this area yet",
    );
    // The API's whole explanation (with what to do instead), not just its short field message.
    const answer = await page.request.get("/api/sites?postcode=SW1A+1AA&service=same-day-gp");
    expect(answer.status()).toBe(422);
    const { error } = (await answer.json()) as { error: { message: string } };
    expect(error.message).toContain("SW1A 1AA");
    expect(await visibleText(notCovered.locator("p"))).toBe(error.message);
    expect(await page.locator("#error-summary").count()).toBe(0);
    expect(await page.locator("#site-results").count()).toBe(0);
  });
});
