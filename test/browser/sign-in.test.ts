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

  it.each([
    { name: "Amira Hussain", role: "Patient", detail: ["NHS number", "999 000 0018"] },
    {
      name: "Priya Shah",
      role: "Receptionist",
      detail: ["Site", "Armley Neighbourhood Health Centre"],
    },
    {
      name: "Dr Ngozi Okafor",
      role: "Clinician",
      detail: ["Site", "Chapeltown Neighbourhood Health Centre"],
    },
    {
      name: "Helen Brooks",
      role: "ICB analyst",
      detail: ["Integrated care board", "NHS West Yorkshire ICB"],
    },
  ])("signs in as $name ($role) and shows who they are", async ({ name, role, detail }) => {
    const { page } = browser;
    await signInAs(page, name);
    const card = page.locator("#signed-in-card");
    await card.waitFor();
    await expectAccessible(page);
    expect(await accountText(page)).toBe(`Signed in as ${name} (${role}) Sign out`);
    const pairs = await summaryPairs(card);
    expect(pairs).toContainEqual(["Name", name]);
    expect(pairs).toContainEqual(["Signed in as", role]);
    expect(pairs).toContainEqual(detail);
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
