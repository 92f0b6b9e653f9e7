import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { accountText, signInAs, summaryPairs, useBrowser, visibleText } from "./support/browser.ts";

const browser = useBrowser();

describe("signing in", () => {
  it("lists the demo people grouped by role, with what each can see", async () => {
    const { page } = browser;
    await page.goto("/sign-in/");
    await page.getByRole("button", { name: "Sign in as Amira Hussain" }).waitFor();
    await expectAccessible(page);
    expect(await page.title()).toBe("Sign in – Front Door – NHS");
    const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(headings).toEqual(
      expect.arrayContaining(["Patients", "Receptionists", "Clinicians", "ICB analysts"]),
    );
    const receptionists = page.getByRole("list", { name: "Receptionists" });
    await expect(
      receptionists.getByText("Receptionist at Armley Neighbourhood Health Centre").count(),
    ).resolves.toBe(1);
  });

  it("signs a patient in to the home page, which shows who they are", async () => {
    const { page } = browser;
    await signInAs(page, "Amira Hussain");
    expect(new URL(page.url()).pathname).toBe("/");
    const card = page.locator("#signed-in-card");
    await card.waitFor();
    await expectAccessible(page);
    expect(await accountText(page)).toBe("Signed in as Amira Hussain (Patient) Sign out");
    const pairs = await summaryPairs(card);
    expect(pairs).toContainEqual(["Name", "Amira Hussain"]);
    expect(pairs).toContainEqual(["Signed in as", "Patient"]);
    expect(pairs).toContainEqual(["NHS number", "999 000 0018"]);
  });

  it.each([
    {
      name: "Priya Shah",
      role: "Receptionist",
      path: "/staff/day/",
      // The day list's heading names the site once the page has loaded its day.
      heading: "Armley Neighbourhood Health Centre",
    },
    {
      name: "Dr Ngozi Okafor",
      role: "Clinician",
      path: "/staff/queue/",
      heading: "Same-day queue",
    },
    {
      name: "Helen Brooks",
      role: "ICB analyst",
      path: "/dashboard/",
      heading: "Demand and capacity",
    },
  ])("lands $name ($role) on their work, not the patient home page", async (person) => {
    const { page } = browser;
    await signInAs(page, person.name);
    expect(new URL(page.url()).pathname).toBe(person.path);
    const heading = page.getByRole("heading", { level: 1 });
    await expect.poll(() => visibleText(heading)).toContain(person.heading);
    expect(await accountText(page)).toBe(`Signed in as ${person.name} (${person.role}) Sign out`);
    await expectAccessible(page);
  });

  it("shows a member of staff who they are on the home page", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah");
    await page.goto("/");
    const card = page.locator("#signed-in-card");
    await card.waitFor();
    const pairs = await summaryPairs(card);
    expect(pairs).toContainEqual(["Signed in as", "Receptionist"]);
    expect(pairs).toContainEqual(["Site", "Armley Neighbourhood Health Centre"]);
  });

  it("returns to the page the person came from via the header's sign-in link", async () => {
    const { page } = browser;
    await page.goto("/find/?postcode=LS12+3AB&service=podiatry");
    await page.locator("#site-results").waitFor();
    await page
      .getByRole("navigation", { name: "Account" })
      .getByRole("link", { name: "Sign in" })
      .click();
    await page.getByRole("button", { name: "Sign in as Tom Whitaker" }).click();
    await page.waitForURL((url) => url.pathname === "/find/");
    expect(new URL(page.url()).search).toBe("?postcode=LS12+3AB&service=podiatry");
    await page.locator("#site-results").waitFor();
    expect(await accountText(page)).toBe("Signed in as Tom Whitaker (Patient) Sign out");
  });

  it("never returns to another site", async () => {
    const { page, baseUrl } = browser;
    await page.goto("/sign-in/?return=//evil.example/steal");
    await page.getByRole("button", { name: "Sign in as Tom Whitaker" }).click();
    await page.waitForURL(`${baseUrl}/`);
    expect(new URL(page.url()).origin).toBe(baseUrl);
  });

  it("signs out: the token is gone and the header offers sign in again", async () => {
    const { page } = browser;
    await signInAs(page, "Edith Clarke");
    await page.locator("#signed-in-card").waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in", exact: true }).first().waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await accountText(page)).toBe("Sign in");
    await expect(page.locator("#signed-in-card").count()).resolves.toBe(0);
  });

  it("explains on the Cognito callback page that this deployment signs in differently", async () => {
    const { page } = browser;
    // Locally /config.json says "dev": the callback must not pretend a code was exchanged.
    await page.goto("/signed-in/?code=abc&state=xyz");
    const heading = page.getByRole("heading", { level: 1 });
    await page.getByRole("link", { name: "Try signing in again" }).waitFor();
    await expectAccessible(page);
    expect(await visibleText(heading)).toBe("Sign in did not work");
    expect(await page.evaluate(() => sessionStorage.getItem("front-door.session"))).toBeNull();
  });
});
