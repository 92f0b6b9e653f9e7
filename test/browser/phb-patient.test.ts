import { type APIRequestContext, type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import {
  expectNoHorizontalScroll,
  signInAs,
  summaryPairs,
  useBrowser,
  visibleText,
} from "./support/browser.ts";
import { expectText, londonDate, tokenFor } from "./support/staff-arrange.ts";

/** A patient applies for a personal health budget for someone she cares for, then follows it. */

const browser = useBrowser({ viewport: { width: 320, height: 900 } });
const caseManager = "user-phb-case-manager-hny";
let api: APIRequestContext;
let teamToken: string;

beforeAll(async () => {
  api = await request.newContext({ baseURL: inject("baseUrl") });
  teamToken = await tokenFor(caseManager);
});
afterAll(() => api.dispose());

/** The PHB team's step through the API, on the version it reads first (If-Match). */
async function teamAct(id: string, action: object): Promise<void> {
  const headers = { authorization: `Bearer ${teamToken}` };
  const read = await api.get(`/api/phb/applications/${id}`, { headers });
  expect(read.status()).toBe(200);
  const { version } = (await read.json()) as { version: number };
  const done = await api.post(`/api/phb/applications/${id}/actions`, {
    headers: { ...headers, "if-match": String(version) },
    data: action,
  });
  expect(done.status(), await done.text()).toBe(200);
}

/** Every page is checked the same way: accessible, and nothing wider than a small phone. */
async function checkPage(page: Page): Promise<void> {
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

async function continueTo(page: Page, path: string): Promise<void> {
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.pathname === path);
  await page.locator("#apply-content").waitFor();
}

/** The first test's application, followed by the second. */
let reference = "";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

describe("a personal health budget, applied for and followed", () => {
  it("reads the start page, then answers one question a page for someone she cares for", async () => {
    const { page } = browser;
    await page.goto("/");
    await page.getByRole("link", { name: "Personal health budgets" }).first().click();
    await page.waitForURL((url) => url.pathname === "/personal-health-budgets/");
    await page.locator("#offer-content").waitFor();
    expect(await visibleText(page.locator("#offer-rights"))).toContain(
      "NHS Continuing Healthcare (adults)",
    );
    expect(await visibleText(page.locator("#offer-steps"))).toContain("within 28 days");
    await checkPage(page);

    // Signed in, the offer is her own ICB's: Humber and North Yorkshire's local groups.
    await signInAs(page, "Edith Clarke", "/personal-health-budgets/");
    await page.locator("#offer-content").waitFor();
    expect(await visibleText(page.locator("#offer-local"))).toContain(
      "NHS Humber and North Yorkshire ICB also offers",
    );
    await page.getByRole("button", { name: "Start now" }).click();
    await page.waitForURL((url) => url.pathname === "/personal-health-budgets/apply/who/");
    await page.locator("#apply-content").waitFor();

    // Nothing chosen: the NHS error summary and the message by the question.
    await page.getByRole("button", { name: "Continue" }).click();
    await expectText(page.locator("#error-summary"), "Select who the budget is for");
    await checkPage(page);

    await page.getByLabel("Someone I care for").check();
    await page.getByLabel("Their first name").fill("Arthur");
    await page.getByLabel("Their last name").fill("Clarke");
    await page.getByLabel("Their NHS number").fill("943 476 5918");
    await page.getByLabel("Day", { exact: true }).fill("14");
    await page.getByLabel("Month", { exact: true }).fill("3");
    await page.getByLabel("Year", { exact: true }).fill("1936");
    await page.getByLabel("How are you related to them?").fill("Husband");
    await page
      .getByRole("group", { name: "Are you their representative?" })
      .getByLabel("Yes")
      .check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expectText(page.locator("#error-summary"), "Enter a valid 10-digit NHS number");
    expect(await visibleText(page.locator("#person-nhs-number-error"))).toContain(
      "Enter a valid 10-digit NHS number",
    );
    await checkPage(page);
    await page.getByLabel("Their NHS number").fill("943 476 5919");
    await continueTo(page, "/personal-health-budgets/apply/route/");

    await page.getByLabel("NHS Continuing Healthcare (adults)").check();
    await checkPage(page);
    await continueTo(page, "/personal-health-budgets/apply/support/");
    await page.getByLabel("What support is given").first().fill("Carers twice a day");
    await page.getByLabel("Who provides it").first().fill("City of York Council");
    await checkPage(page);
    await continueTo(page, "/personal-health-budgets/apply/outcomes/");
    await page.getByLabel("Outcome 1", { exact: true }).fill("Stay at home with Edith");
    await page.getByLabel("Outcome 2 (optional)").fill("Get to the bowls club on Saturdays");
    await checkPage(page);
    await continueTo(page, "/personal-health-budgets/apply/money/");

    // A reload, or coming back, picks up what was saved on the server.
    await page.reload();
    await page.locator("#apply-content").waitFor();
    await page.getByRole("link", { name: "Back" }).click();
    await page.waitForURL((url) => url.pathname === "/personal-health-budgets/apply/outcomes/");
    await page.locator("#apply-content").waitFor();
    expect(await page.getByLabel("Outcome 2 (optional)").inputValue()).toBe(
      "Get to the bowls club on Saturdays",
    );
    await continueTo(page, "/personal-health-budgets/apply/money/");
    await page.getByLabel("Direct payment").check();
    await checkPage(page);
    await continueTo(page, "/personal-health-budgets/apply/documents/");
  }, 180_000);

  it("signs in again to find her answers kept, adds a PDF, checks the answers and sends", async () => {
    const { page } = browser;
    await signInAs(page, "Edith Clarke", "/personal-health-budgets/apply/documents/");
    await page.locator("#apply-content").waitFor();

    // A file that says it is a PDF but is not is refused by the server's check of its bytes.
    await page.getByLabel("Choose a file").setInputFiles({
      name: "not-really.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("just some text"),
    });
    await page.getByRole("button", { name: "Upload file" }).click();
    await page.locator("#error-summary").waitFor();
    await checkPage(page);
    await page.getByLabel("Choose a file").setInputFiles({
      name: "care-assessment.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await page.getByRole("button", { name: "Upload file" }).click();
    await expectText(page.locator("#documents-list"), "care-assessment.pdf");
    expect(await visibleText(page.locator("#documents-list"))).not.toContain("not-really.pdf");
    await checkPage(page);
    await continueTo(page, "/personal-health-budgets/apply/check/");

    const answers = Object.fromEntries(await summaryPairs(page.locator("#answers-list")));
    expect(answers).toMatchObject({
      "Who it is for": "Someone I care for",
      "Their name": "Arthur Clarke",
      "Their NHS number": "943 476 5919",
      "Their date of birth": "14 March 1936",
      "Why you may have a budget": "NHS Continuing Healthcare (adults)",
      "How to hold the money": "Direct payment",
    });
    expect(answers["Supporting documents"]).toMatch(/^care-assessment\.pdf \(\d+ KB\)/);
    // Contact details come from her profile: shown, never asked again.
    const contact = Object.fromEntries(await summaryPairs(page.locator("#contact-list")));
    expect(contact.Mobile).toBe("07700 900456");
    expect(contact.Carer).toContain("Joanne Clarke");
    await checkPage(page);

    // Change an answer and come straight back to check them.
    await page.locator('a[href="/personal-health-budgets/apply/outcomes/?change=1"]').click();
    await page.locator("#apply-content").waitFor();
    await page.getByLabel("Outcome 3 (optional)").fill("Have carers we know");
    await continueTo(page, "/personal-health-budgets/apply/check/");
    expect(await visibleText(page.locator("#answers-list"))).toContain("Have carers we know");

    await page.getByRole("button", { name: "Send application" }).click();
    await page.waitForURL((url) => url.pathname === "/personal-health-budgets/apply/sent/");
    await page.locator("#sent-content").waitFor();
    reference = await visibleText(page.locator("#sent-reference"));
    expect(reference).toMatch(/^PHB-[2-9A-HJ-NP-Z]{6}$/);
    expect(await visibleText(page.locator("#sent-next"))).toContain("Arthur Clarke is eligible by");
    await checkPage(page);
  }, 180_000);

  it("finds the application in her list and follows it: tracker, who, by when, documents", async () => {
    const { page } = browser;
    expect(reference).not.toBe("");
    await signInAs(page, "Edith Clarke", "/");
    // At 320 px the header's menu folds its later links under "More".
    const menu = page.getByRole("navigation", { name: "Menu" });
    const more = menu.getByRole("button", { name: /More/ });
    if (await more.isVisible()) await more.click();
    await menu.getByRole("link", { name: "Personal health budgets" }).click();
    await page.waitForURL((url) => url.pathname === "/personal-health-budgets/applications/");
    const card = page.locator(`[data-reference="${reference}"]`);
    await card.waitFor();
    expect(Object.fromEntries(await summaryPairs(card))).toMatchObject({
      For: "Arthur Clarke",
      "Where it is up to": "Application received",
    });
    await checkPage(page);
    await card.getByRole("link", { name: "NHS Continuing Healthcare (adults)" }).click();
    await page.locator("#application-content").waitFor();
    expect(await visibleText(page.locator("#application-tracker li").first())).toMatch(
      /Application received Done on \d{1,2} [A-Z][a-z]+ \d{4}/,
    );
    expect(await visibleText(page.locator("#next-step"))).toContain(
      "The personal health budgets team at NHS Humber and North Yorkshire ICB",
    );
    expect(await visibleText(page.locator("#application-document-list"))).toContain(
      "care-assessment.pdf",
    );
    await checkPage(page);
  }, 180_000);

  it("answers the team's question with a document, sees the indicative budget, agrees the plan and chooses a direct payment", async () => {
    const { page } = browser;
    await signInAs(page, "Edith Clarke", "/personal-health-budgets/applications/");
    expect(reference).not.toBe("");
    const first = page.locator(`[data-reference="${reference}"]`);
    await first.waitFor();
    const href = await first.getByRole("link").getAttribute("href");
    const id = new URL(href ?? "", "http://x").searchParams.get("id") ?? "";
    expect(id).not.toBe("");

    await teamAct(id, { type: "decide-eligible" });
    await teamAct(id, {
      type: "request-information",
      question: "Please send Arthur's latest care assessment",
    });

    // The team's question, answered with a document.
    await page.goto(`/personal-health-budgets/application/?id=${id}`);
    await page.locator("#application-content").waitFor();
    expect(await visibleText(page.locator("#open-question"))).toContain("latest care assessment");
    await page.getByLabel("Your answer").fill("Attached: the assessment from last month");
    await page.getByLabel("Add a document (optional)").setInputFiles({
      name: "assessment-november.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await page.getByRole("button", { name: "Upload file" }).click();
    await expectText(page.locator("#answer-document-list"), "assessment-november.pdf");
    await checkPage(page);
    await page.getByRole("button", { name: "Send answer" }).click();
    await expectText(page.locator("#success-banner"), "Your answer was sent to the PHB team");
    expect(await visibleText(page.locator("#application-document-list"))).toContain(
      "assessment-november.pdf",
    );
    await checkPage(page);

    await teamAct(id, {
      type: "record-assessment",
      date: londonDate(new Date()),
      summary: "Needs help with personal care morning and evening",
    });
    await teamAct(id, {
      type: "set-budget",
      annualPence: 2_600_000,
      basis: "Two carer visits a day at the ICB's home care rate, 365 days a year",
    });
    await teamAct(id, {
      type: "save-plan",
      plan: {
        lines: [
          {
            what: "Personal assistant for personal care",
            provider: "Employed personal assistant",
            frequency: "2 hours a day, every day",
            unitCostPence: 3_000,
            annualCostPence: 2_190_000,
          },
        ],
        outcomes: ["Stay at home with Edith"],
        risks: "Personal assistant off sick",
        contingency: "Agency cover arranged by the PHB team",
        careCoordinator: "Liam Porter",
        reviewDates: [],
      },
    });

    await page.reload();
    await page.locator("#application-content").waitFor();
    expect(await visibleText(page.locator("#budget-amount"))).toBe("£26,000.00 a year");
    expect(await visibleText(page.locator("#budget-basis"))).toContain("home care rate");
    expect(await visibleText(page.locator("#plan-total"))).toBe("Total: £21,900.00 a year");
    expect(await visibleText(page.locator("#plan-lines"))).toContain("£30.00");
    await checkPage(page);

    await page.getByRole("button", { name: "Agree this plan" }).click();
    await expectText(page.locator("#success-banner"), "You agreed your care and support plan");
    expect(await visibleText(page.locator("#plan-status"))).toContain("You agreed this plan on");
    await checkPage(page);

    // The team signs off meanwhile: the page still shows the version before, so the choice is
    // refused as changed since, and the page reloads to show what changed.
    await teamAct(id, { type: "sign-off", version: 1 });
    await page
      .getByRole("group", { name: "How would you like to hold the money?" })
      .getByLabel("Direct payment")
      .check();
    await page.getByRole("button", { name: "Save my choice" }).click();
    await expectText(page.locator("#error-summary"), "This changed since you opened it");
    await expectText(page.locator("#application-stage"), "Plan agreed");
    await checkPage(page);

    await page
      .getByRole("group", { name: "How would you like to hold the money?" })
      .getByLabel("Direct payment")
      .check();
    await page.getByRole("button", { name: "Save my choice" }).click();
    await expectText(
      page.locator("#success-banner"),
      "Your choice of how to hold the money was saved",
    );
    const holding = Object.fromEntries(await summaryPairs(page.locator("#application-holding")));
    expect(holding["What you would like"]).toBe("Direct payment");
    await checkPage(page);
  }, 180_000);
});
