import { type APIRequestContext, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { pageReady, signInAs, summaryPairs, useBrowser, visibleText } from "./support/browser.ts";
import { tokenFor } from "./support/staff-arrange.ts";

const browser = useBrowser();

// These tests save Tom's and Amira's details; other files read them (Tom's agreement to email
// prefills his advice requests), so each is put back as it was, whatever order files run in.
const changedPatients = ["user-patient-tom", "user-patient-amira"];
let api: APIRequestContext;
const savedProfiles = new Map<string, { token: string; profile: unknown }>();

beforeAll(async () => {
  api = await request.newContext({ baseURL: inject("baseUrl") });
  for (const user of changedPatients) {
    const token = await tokenFor(user);
    const me = await api.get("/api/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    const { patient } = (await me.json()) as { patient: { profile: unknown } };
    savedProfiles.set(user, { token, profile: patient.profile });
  }
});
afterAll(async () => {
  for (const { token, profile } of savedProfiles.values()) {
    const put = await api.put("/api/me/profile", {
      headers: { authorization: `Bearer ${token}` },
      data: profile,
    });
    expect(put.status(), await put.text()).toBe(200);
  }
  await api.dispose();
});

const activeId = () => browser.page.evaluate(() => document.activeElement?.id ?? "");

describe("your details", () => {
  it("sends signed-out people to sign in, then back to their details", async () => {
    const { page } = browser;
    await page.goto("/profile/");
    await page.waitForURL((url) => url.pathname === "/sign-in/");
    expect(new URL(page.url()).searchParams.get("return")).toBe("/profile/");
    await page.getByRole("button", { name: "Sign in as Edith Clarke" }).click();
    await page.waitForURL((url) => url.pathname === "/profile/");
    await pageReady(page);
    expect(await summaryPairs(page.locator("#record-summary"))).toContainEqual([
      "NHS number",
      "999 000 2754",
    ]);
  });

  it("tells staff that only patients have a profile", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/profile/");
    const message = page.locator("#not-a-patient");
    await message.waitFor();
    await expectAccessible(page);
    expect(await visibleText(message)).toContain("Only patients have a profile here.");
    expect(await page.locator("#profile-form").isVisible()).toBe(false);
  });

  it("shows the record read-only, saves the whole profile, and keeps it after a reload", async () => {
    const { page } = browser;
    await signInAs(page, "Tom Whitaker", "/profile/");
    await pageReady(page);
    await expectAccessible(page);
    expect(await summaryPairs(page.locator("#record-summary"))).toEqual([
      ["Name", "Thomas Whitaker"],
      ["NHS number", "999 000 1383"],
      ["Date of birth", "30 November 1958"],
    ]);
    // Prefilled from what the service already knows: nobody types it twice.
    expect(await page.getByLabel("What would you like us to call you?").inputValue()).toBe("Tom");
    expect(await page.getByLabel("A British Sign Language (BSL) interpreter").isChecked()).toBe(
      true,
    );

    await page.getByLabel("What would you like us to call you?").fill("Tommy");
    await page.getByLabel("Mobile phone number").fill("07700 900456");
    await page.getByLabel("Yes, by text message").check();
    // "Yes" reveals the carer's questions and "No" folds them away again; the radio itself
    // carries no aria-expanded, which its role does not allow.
    const carer = page.getByRole("group", { name: /carer or advocate help you/ });
    await carer.getByLabel("No", { exact: true }).check();
    await page.getByLabel("Their full name").waitFor({ state: "hidden" });
    await carer.getByLabel("Yes", { exact: true }).check();
    await page.getByLabel("Their full name").waitFor({ state: "visible" });
    expect(await carer.getByLabel("Yes", { exact: true }).getAttribute("aria-expanded")).toBeNull();
    await page.getByLabel("Advocate").check();
    await page.getByLabel("Their full name").fill("Sam Whitaker");
    await page.getByLabel("How do you know them?").fill("Brother");
    await page.getByLabel("Yes, they may speak to the NHS").check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save your details" }).click();

    const heading = page.locator("#saved-heading");
    await heading.waitFor();
    await expectAccessible(page);
    expect(await visibleText(heading)).toBe("Your details have been saved");
    expect(await activeId()).toBe("saved-heading");
    const saved = Object.fromEntries(await summaryPairs(page.locator("#saved-summary")));
    expect(saved["Preferred name"]).toBe("Tommy");
    expect(saved["Mobile phone number"]).toBe("07700 900456");
    expect(saved["Updates by"]).toBe("Text message and Email");
    expect(saved["Carer or advocate"]).toBe(
      "Sam Whitaker (advocate, Brother). May act on your behalf",
    );

    await page.getByRole("button", { name: "Change your details" }).click();
    expect(await page.locator("#profile-form").isVisible()).toBe(true);
    expect(await page.locator("#profile-saved").isVisible()).toBe(false);

    await page.reload();
    await pageReady(page);
    expect(await page.getByLabel("What would you like us to call you?").inputValue()).toBe("Tommy");
    expect(await page.getByLabel("Mobile phone number").inputValue()).toBe("07700 900456");
    expect(await page.getByLabel("Yes, by text message").isChecked()).toBe(true);
    expect(await page.getByLabel("Yes", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Advocate").isChecked()).toBe(true);
    // The conditional carer questions are open because the saved answer is "Yes".
    expect(await page.getByLabel("Their full name").isVisible()).toBe(true);
    expect(await page.getByLabel("Their full name").inputValue()).toBe("Sam Whitaker");
    expect(await page.getByLabel("Yes, they may speak to the NHS").isChecked()).toBe(true);
  });

  it("shows the server's field errors in a focused summary and beside each field", async () => {
    const { page } = browser;
    await signInAs(page, "Amira Hussain", "/profile/");
    await pageReady(page);
    await page.getByLabel("Mobile phone number").fill("12345");
    await page.getByRole("button", { name: "Save your details" }).click();

    const summary = page.locator("#error-summary");
    await summary.waitFor();
    await expectAccessible(page);
    expect(await activeId()).toBe("error-summary");
    expect(await page.title()).toBe("Error: Your details – Front Door – NHS");
    const link = summary.getByRole("link", { name: "Enter a UK mobile number, like 07700 900123" });
    expect(await link.getAttribute("href")).toBe("#contact-mobile");
    expect(await page.locator("#contact-mobile-error").textContent()).toBe(
      "Error: Enter a UK mobile number, like 07700 900123",
    );
    const mobile = page.getByLabel("Mobile phone number");
    expect(await mobile.getAttribute("aria-describedby")).toContain("contact-mobile-error");
    expect(await mobile.getAttribute("class")).toContain("nhsuk-input--error");
    await link.click();
    expect(await activeId()).toBe("contact-mobile");

    // Put it right: the errors go and the save goes through.
    await mobile.fill("07700 900123");
    await page.getByRole("button", { name: "Save your details" }).click();
    await page.locator("#saved-heading").waitFor();
    expect(await summary.count()).toBe(0);
    expect(await page.locator(".nhsuk-error-message").count()).toBe(0);
    expect(await page.title()).toBe("Your details – Front Door – NHS");
  });

  it("keeps a Save made while the page is still starting, then sends it once the page is ready", async () => {
    const { page } = browser;
    // Hold the page's start at the components it loads after the form is shown: a Save clicked
    // then must not go to the server as a GET with the patient's answers in the address.
    let release = () => {};
    const started = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/js\/chunks\/checkboxes-[^/]+\.js$/, async (route) => {
      await started;
      await route.continue();
    });
    await signInAs(page, "Amira Hussain", "/profile/");
    await page.locator("#profile-form").waitFor();
    expect(await page.locator("body").getAttribute("data-ready")).toBeNull();
    await page.getByLabel("Mobile phone number").fill("12345");
    await page.getByRole("button", { name: "Save your details" }).click();
    expect(new URL(page.url()).search).toBe("");
    expect(await page.locator("#error-summary").count()).toBe(0);

    release();
    await page.locator("#error-summary").waitFor();
    expect(await page.locator("body").getAttribute("data-ready")).toBe("true");
    expect(new URL(page.url()).search).toBe("");
    expect(await page.locator("#contact-mobile-error").textContent()).toBe(
      "Error: Enter a UK mobile number, like 07700 900123",
    );
  });

  it("points a carer with no name or kind at the carer questions", async () => {
    const { page } = browser;
    // Amira has never had a carer on record, so "carer or advocate?" starts unanswered.
    await signInAs(page, "Amira Hussain", "/profile/");
    await pageReady(page);
    await page.getByLabel("Yes", { exact: true }).check();
    expect(await page.getByLabel("Carer", { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel("Advocate").isChecked()).toBe(false);
    expect(await page.getByLabel("Their full name").inputValue()).toBe("");
    await page.getByRole("button", { name: "Save your details" }).click();
    await page.locator("#error-summary").waitFor();
    const hrefs = await page
      .locator("#error-summary a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["#carer-kind-carer", "#carer-name"]);
    expect(await page.locator("#carer-name-error").textContent()).toBe(
      "Error: Enter the name of your carer or advocate",
    );
    await expectAccessible(page);
  });
});
