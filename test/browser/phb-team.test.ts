import type { Page } from "playwright-core";
import { request } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { expectNoHorizontalScroll, signInAs, useBrowser } from "./support/browser.ts";
import { boxes, typeDate } from "./support/date-input.ts";
import { addDays, expectCount, expectText, londonDate, tokenFor } from "./support/staff-arrange.ts";

/** The PHB team at 320 px, as a case manager on a phone-sized screen would use it. */
const browser = useBrowser({ viewport: { width: 320, height: 900 } });

interface Application {
  id: string;
  reference: string;
  version: number;
}

async function callApi(
  userId: string,
  method: "GET" | "POST",
  path: string,
  data?: object,
  ifMatch?: number,
): Promise<Application & { stage: string }> {
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const response = await http.fetch(path, {
    method,
    headers: {
      authorization: `Bearer ${await tokenFor(userId)}`,
      ...(ifMatch === undefined ? {} : { "if-match": `"${ifMatch}"` }),
    },
    ...(data ? { data } : {}),
  });
  const body = await response.json();
  await http.dispose();
  expect(response.ok(), JSON.stringify(body)).toBe(true);
  return body;
}

/** A member of the team acts through the API on the version it reads first. */
async function teamActs(userId: string, id: string, action: object) {
  const now = await callApi(userId, "GET", `/api/phb/applications/${id}`);
  return callApi(userId, "POST", `/api/phb/applications/${id}/actions`, action, now.version);
}

const tom = "user-patient-tom";
let margarets: Application;
const today = londonDate(new Date());

/** Tom applies, through the patient API, for his mother, whose representative he is. */
beforeAll(async () => {
  margarets = await callApi(tom, "POST", "/api/me/phb/applications", {
    routeId: "chc",
    forSomeoneElse: {
      nhsNumber: "9434765919",
      givenName: "Margaret",
      familyName: "Whitaker",
      dateOfBirth: "1938-05-14",
      relationship: "Son",
      isRepresentative: true,
    },
    currentSupport: [{ description: "Carers twice a day", providedBy: "Leeds City Council" }],
    outcomes: ["Stay in my own home", "Go to the day centre on Thursdays"],
    holdingPreference: "direct-payment",
  });
});

const row = (page: Page) => page.locator(`#queue-table [data-application-id="${margarets.id}"]`);
const banner = (page: Page) => page.locator("#success-banner");
const summary = (page: Page) => page.locator("#application-summary");
const openApplication = (page: Page) =>
  page.goto(`/phb/team/application/?id=${encodeURIComponent(margarets.id)}`);

async function fillLine(page: Page, index: number, values: string[]): Promise<void> {
  const line = page.locator(".app-plan-line").nth(index);
  const labels = ["What it buys", "Who provides it", "How often", "Unit cost", "Annual cost"];
  for (const [i, label] of labels.entries()) {
    await line.getByLabel(label).fill(values[i] ?? "");
    // Checked as entered: a line is checked when a field is left, as a person tabs on.
    await line.getByLabel(label).dispatchEvent("change");
  }
}

describe("the PHB team's pages", () => {
  it("lets a case manager take an application, decide it, set the budget and build a plan, refusing a line it cannot buy", async () => {
    const { page } = browser;
    await signInAs(page, "Jo Bell");
    await page.waitForURL((url) => url.pathname === "/phb/team/");
    await expectText(page.locator("#queue-icb"), "NHS West Yorkshire ICB");
    await expectText(row(page), margarets.reference);
    await expectText(row(page), "Margaret Whitaker");
    await expectText(row(page), "NHS number 943 476 5919");
    await expectText(row(page), "Eligibility to decide");
    await expectText(row(page), "Nobody yet");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await row(page)
      .getByRole("button", { name: new RegExp(`^Take it\\W+${margarets.reference}$`) })
      .click();
    await expectText(banner(page), `You have taken ${margarets.reference}`);
    await expectText(row(page), "You");
    // "Assigned to me" finds it; "nobody yet" does not.
    await page.goto("/phb/team/?assignee=unassigned");
    await page.locator("#queue-content").waitFor({ state: "visible" });
    await expectCount(row(page), 0);
    await page.goto("/phb/team/?assignee=me&route=chc");
    await expectText(row(page), margarets.reference);
    expect(await page.getByLabel("Who has it").inputValue()).toBe("me");

    await row(page)
      .getByRole("link", { name: new RegExp(`^${margarets.reference}`) })
      .click();
    await page.waitForURL((url) => url.pathname === "/phb/team/application/");
    await expectText(page.locator("h1"), `Application ${margarets.reference}`);
    await expectText(page.locator("#person"), "Margaret Whitaker");
    await expectText(page.locator("#applicant"), "Whitaker");
    await expectText(page.locator("#applicant"), "Son, their representative");
    await expectText(page.locator("#application-details"), "Go to the day centre on Thursdays");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await page
      .getByRole("button", { name: "Eligible under NHS Continuing Healthcare (adults)" })
      .click();
    await expectText(banner(page), "Decided eligible");
    await expectText(summary(page), "Needs assessment");

    await page
      .getByLabel("Summary for planning")
      .fill("Needs help with personal care morning and evening");
    await page.getByRole("button", { name: "Record assessment" }).click();
    await expectText(banner(page), "Needs assessment recorded");

    // Pounds to the person, pence to the API: something that is not a number never leaves.
    await page.getByLabel("Annual amount").fill("lots");
    await page.getByRole("button", { name: "Set budget" }).click();
    await expectText(
      page.locator(".nhsuk-error-summary"),
      "Enter the annual amount as a number of pounds",
    );
    await page.getByLabel("Annual amount").fill("150,000");
    await page
      .getByLabel("How it was worked out")
      .fill("Two carers, 4 hours a day, at £25 an hour");
    await page.getByRole("button", { name: "Set budget" }).click();
    await expectText(banner(page), "Indicative budget set");
    await expectText(page.locator("#application-decisions"), "£150,000.00 a year");

    // The plan starts from her own outcomes; a line the budget cannot buy is refused as entered.
    expect(await page.getByLabel("Outcome 1").inputValue()).toBe("Stay in my own home");
    await fillLine(page, 0, ["Wine with meals", "Local off-licence", "Weekly", "20", "1,040"]);
    await expectText(
      page.locator("#plan-builder .nhsuk-error-message").first(),
      "A personal health budget cannot be spent on alcohol.",
    );
    await page.getByRole("button", { name: "Save as version 1" }).click();
    await expectText(page.locator(".nhsuk-error-summary"), "cannot be spent on alcohol");
    await expectText(summary(page), "Plan to build");
    await expectAccessible(page);

    await fillLine(page, 0, [
      "Personal assistants for personal care",
      "Employed directly",
      "4 hours a day, every day",
      "25",
      "120,000",
    ]);
    await page.getByRole("button", { name: "Add a line" }).click();
    await fillLine(page, 1, [
      "Day centre sessions",
      "Leeds Day Services",
      "Thursdays",
      "40",
      "2,080",
    ]);
    await expectCount(page.locator("#plan-builder .nhsuk-error-message"), 0);
    await expectText(
      page.locator("#plan-total"),
      "£122,080.00 a year of the £150,000.00 budget: £27,920.00 left",
    );
    await page.getByLabel("Risks").fill("A personal assistant is off sick");
    await page
      .getByLabel("Contingency: what happens if care falls through")
      .fill("Agency cover arranged by the care co-ordinator");
    await page.getByLabel("Named care co-ordinator").fill("Jo Bell");
    await page.getByRole("button", { name: "Save as version 1" }).click();
    await expectText(banner(page), "Plan version 1 saved");
    await expectText(summary(page), "Plan in progress");
    await expectText(page.locator("#current-plan-lines"), "£122,080.00 a year");
    // Above her £100,000 limit: she is told who must sign it off, not offered a button to fail.
    await expectText(
      page.locator("#needs-decision-maker"),
      "above your approval limit of £100,000.00. A decision-maker",
    );
    await expectCount(page.locator("#sign-off-button"), 0);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // A colleague acts meanwhile: her next action is refused with a clear 409, and the page reloads.
    await teamActs("user-phb-decision-maker-wy", margarets.id, {
      type: "assign",
      assigneeId: "user-phb-decision-maker-wy",
    });
    await page.getByLabel("Annual amount").fill("155,000");
    await page.getByRole("button", { name: "Change budget" }).click();
    await expectText(page.locator(".nhsuk-error-summary"), "Someone else changed this application");
    await expectText(page.locator("#reloaded"), "shows it as it is now");
    await expectText(summary(page), "user-phb-decision-maker-wy");
    await expectText(page.locator("#application-decisions"), "£150,000.00 a year");
    await expectAccessible(page);
  });

  it("lets a decision-maker sign off above the case manager's limit, and the case manager set the money up", async () => {
    const { page } = browser;
    await signInAs(page, "Rachel Adeyemi");
    await openApplication(page);
    await page.getByRole("button", { name: "Sign off version 1" }).click();
    await expectText(banner(page), "Plan version 1 signed off");
    await expectCount(page.locator("#sign-off"), 0);
    await expectAccessible(page);

    // Tom agrees the plan for his mother in Front Door.
    await callApi(tom, "POST", `/api/me/phb/applications/${margarets.id}/actions`, {
      type: "agree-plan",
      version: 1,
    });

    await page.goto("/sign-in/");
    await signInAs(page, "Jo Bell", `/phb/team/application/?id=${margarets.id}`);
    await expectText(summary(page), "Plan agreed: money to set up");
    // A mix must add up to the budget exactly: said in pounds before anything is sent.
    await page.getByLabel("A mix of these").check();
    await page.getByLabel("Notional", { exact: true }).fill("100,000");
    await page.getByLabel("Direct payment", { exact: true }).fill("40,000");
    await page.getByRole("button", { name: "Record how the money is held" }).click();
    await expectText(
      page.locator(".nhsuk-error-summary"),
      "The parts add up to £140,000.00: they must add up to the budget, £150,000.00, exactly",
    );
    await expectAccessible(page);
    await page.getByLabel("Notional", { exact: true }).fill("");
    await page.getByLabel("Direct payment", { exact: true }).fill("");
    await page.getByLabel("Direct payment (the person holds the money)").check();
    await page.getByLabel("The direct payment agreement is accepted").check();
    await page
      .getByLabel("The account is set up (it holds only this money, with statements)")
      .check();
    await page.getByRole("button", { name: "Record how the money is held" }).click();
    await expectText(banner(page), "Way of holding the money recorded");
    // In place four months ago, so its first review (within 3 months) is already overdue.
    await typeDate(page, "In place from", boxes(addDays(today, -122)));
    await page.getByRole("button", { name: "Mark as in place" }).click();
    await expectText(banner(page), "Budget in place");
    await expectText(summary(page), "Overdue");
    await expectAccessible(page);
  });

  it("shows the overdue review in the reviews view, and a review recorded takes it off", async () => {
    const { page } = browser;
    await signInAs(page, "Jo Bell", "/phb/team/?view=reviews");
    await expectText(page.locator("h1"), "Reviews due and overdue");
    await expectText(row(page), "Overdue");
    await expectText(row(page), "Budget in place");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await row(page)
      .getByRole("link", { name: new RegExp(`^${margarets.reference}`) })
      .click();
    await page.waitForURL((url) => url.pathname === "/phb/team/application/");
    await page.getByLabel("Continue as it is").check();
    await page.getByLabel("What the review found").fill("Care is working well; Margaret is happy");
    await page.getByRole("button", { name: "Record review" }).click();
    await expectText(banner(page), "Review recorded");
    await expectText(page.locator("#timeline > li").last(), "Review recorded");
    await expectText(page.locator("#timeline > li").last(), "You");

    await page.goto("/phb/team/?view=reviews");
    await page.locator("#queue-content").waitFor({ state: "visible" });
    await expectCount(row(page), 0);
  });
});
