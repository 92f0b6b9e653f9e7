import { randomUUID } from "node:crypto";
import { publishSlots, recordSameDayRequest } from "@front-door/store";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { expectNoHorizontalScroll, signInAs, useBrowser, visibleText } from "./support/browser.ts";
import { boxes, typeDate } from "./support/date-input.ts";
import {
  addDays,
  expectCount,
  expectText,
  londonDate,
  storeForTests,
} from "./support/staff-arrange.ts";

const browser = useBrowser();
const run = randomUUID().slice(0, 8);
const today = londonDate(new Date());
const mouseRequest = `req-staff-${run}-mouse`;
const keyboardRequest = `req-staff-${run}-keys`;
const bookingRequest = `req-staff-${run}-book`;
/** A day of its own for the slot the queued request is booked into: not a same-day booking. */
const bookingDate = addDays(today, 7 * (30 + Math.floor(Math.random() * 400)) + 1);
const bookingSlot = `site-armley_same-day-gp_${bookingDate}_1100_${run}`;

/** Two open requests in Armley's queue today, as the patient journey records them. */
beforeAll(async () => {
  const { client, db, tableName } = storeForTests();
  for (const [id, patientId, description] of [
    [mouseRequest, "patient-edith", `Sore throat for a week (${run})`],
    [keyboardRequest, "patient-amira", `Rash on my arm (${run})`],
    [bookingRequest, "patient-amira", `Ear ache (${run})`],
  ] as const) {
    await recordSameDayRequest(db, tableName, {
      id,
      patientId,
      siteId: "site-armley",
      icbId: "icb-west-yorkshire",
      service: "same-day-gp",
      localDate: today,
      createdAt: new Date().toISOString(),
      status: "open",
      triage: { questionnaire: "test", answers: {}, flags: [] },
      description,
    });
  }
  await publishSlots(db, tableName, [
    {
      id: bookingSlot,
      siteId: "site-armley",
      icbId: "icb-west-yorkshire",
      service: "same-day-gp",
      channel: "telephone",
      start: `${bookingDate}T11:00:00.000Z`,
      end: `${bookingDate}T11:15:00.000Z`,
      localDate: bookingDate,
      localStart: "11:00",
      sameDayOnly: false,
      templateId: `staff-queue-test-${run}`,
    },
  ]);
  client.destroy();
});

/** Patients are matched by family name: other test files change preferred names meanwhile. */
const card = (page: Page, id: string) => page.locator(`#open-list [data-request-id="${id}"]`);

/** What has focus, named as a screen reader would say it. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "";
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : "";
    return `${el.tagName.toLowerCase()} ${(label || el.textContent || "").replace(/\s+/g, " ").trim()}`;
  });
}

async function tabTo(page: Page, wanted: (focus: string) => boolean, limit = 80): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focus = await focused(page);
    if (wanted(focus)) return;
    seen.push(focus);
  }
  throw new Error(`Could not reach it with Tab. Focus went through: ${seen.join(" | ")}`);
}

describe("same-day queue", () => {
  it("shows an open request with the patient's NHS number, needs and words, and closing it moves it down", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/queue/");
    await expectText(page.locator("#queue-site"), "Armley");
    const edith = card(page, mouseRequest);
    await expectText(edith, "Clarke");
    // Her NHS number, grouped as on NHS letters: what the receptionist asks for on the phone.
    await expectText(edith, "NHS number 999 000 2754");
    await expectText(card(page, keyboardRequest), "NHS number 999 000 0018");
    await expectText(edith, `Sore throat for a week (${run})`);
    await expectText(edith, "Asked at");
    // "Book a slot" goes to the day list carrying the request, for the server to allocate it.
    expect(await edith.getByRole("button", { name: /Book a slot/ }).getAttribute("href")).toBe(
      `/staff/day/?date=${today}&request=${mouseRequest}`,
    );
    await expectAccessible(page);

    await edith.getByRole("button", { name: /^Close the request from \S+ Clarke$/ }).click();
    // Without an outcome the API says what to choose, in the error summary.
    await edith.getByRole("button", { name: /Close request/ }).click();
    await expectText(page.locator(".nhsuk-error-summary"), "Choose called back");
    await expectAccessible(page);
    await edith.getByLabel("Sent to a pharmacy").check();
    await edith.getByLabel("Note (optional)").fill("Pharmacist can see her today");
    await edith.getByRole("button", { name: /Close request/ }).click();
    await expectText(
      page.locator("#success-banner"),
      / Clarke’s request closed: Sent to a pharmacy/,
    );
    await expectCount(card(page, mouseRequest), 0);
    const closed = page.locator(`#done-list [data-request-id="${mouseRequest}"]`);
    await expectText(closed, "Closed: Sent to a pharmacy");
    await expectText(closed, "NHS number 999 000 2754");
    await expectCount(page.locator(".nhsuk-error-summary"), 0);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await expectText(card(page, keyboardRequest), "Hussain");
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });

  it("books a queued request from the day list, and the queue shows it answered", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/queue/");
    await card(page, bookingRequest)
      .getByRole("button", { name: /Book a slot/ })
      .click();
    await page.waitForURL((url) => url.pathname === "/staff/day/");
    await expectText(page.locator("#request-note"), "same-day request from the queue");
    // Another day: the request comes along.
    await typeDate(page, "Show another day", boxes(bookingDate));
    await page.getByRole("button", { name: "Show day" }).click();
    await page.waitForURL((url) => url.searchParams.get("date") === bookingDate);
    expect(new URL(page.url()).searchParams.get("request")).toBe(bookingRequest);
    await page
      .locator(`[data-slot-id="${bookingSlot}"]`)
      .getByRole("button", { name: /Book for a patient/ })
      .click();
    // The request is Amira's: Tom's NHS number is refused with the API's message.
    await page.getByLabel("NHS number").fill("999 000 1383");
    await page.getByRole("button", { name: "Book appointment" }).click();
    await expectText(
      page.locator(".nhsuk-error-summary"),
      "Enter the NHS number of the patient who made the request",
    );
    await page.getByLabel("NHS number").fill("9990000018");
    // Months ahead, as this test's days are: a reason is needed.
    await page.getByLabel(/^Reason/).fill("Follow-up the GP asked for");
    await page.getByRole("button", { name: "Book appointment" }).click();
    await expectText(page.locator("#success-banner"), / Hussain booked for 11am/);
    await expectCount(page.locator("#request-note"), 0);
    expect(new URL(page.url()).searchParams.get("request")).toBeNull();
    await expectAccessible(page);

    await page.goto("/staff/queue/");
    await expectCount(card(page, bookingRequest), 0);
    await expectText(
      page.locator(`#done-list [data-request-id="${bookingRequest}"]`),
      "Given an appointment",
    );
  });

  it("closes a request with the keyboard only", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/queue/");
    await expectText(card(page, keyboardRequest), "Hussain");
    await tabTo(page, (f) => /Close the request from \S+ Hussain/.test(f));
    await page.keyboard.press("Enter");
    // Focus moves into the new form's first choice.
    expect(await focused(page)).toContain("Called back");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toContain("Note (optional)");
    await page.keyboard.type("Called back, booked for tomorrow");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toContain("Close request");
    await page.keyboard.press("Enter");
    await expectText(page.locator("#success-banner"), / Hussain’s request closed: Called back/);
    // The banner has focus, so a screen reader announces what happened.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("success-banner");
    await expectCount(card(page, keyboardRequest), 0);
  });

  it("never shows York's receptionist Armley's queue", async () => {
    const { page } = browser;
    await signInAs(page, "Gareth Mills", "/staff/queue/");
    await expectText(page.locator("#queue-site"), "Clifton");
    await page.locator("#queue-content").waitFor({ state: "visible" });
    // Edith is a York patient and may be in York's own queue today: this file's requests are not.
    expect(await visibleText(page.locator("main"))).not.toContain(`(${run})`);
    await expectCount(page.locator(`[data-request-id^="req-staff-${run}"]`), 0);
  });

  it("lists the site's sessions at 320px, and tells a patient the queue is for receptionists", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 320, height: 800 });
    await signInAs(page, "Priya Shah", "/staff/sessions/");
    await page.locator("#sessions-content").waitFor({ state: "visible" });
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);

    await signInAs(page, "Tom Whitaker", "/staff/queue/");
    await expectText(
      page.locator("#not-receptionist"),
      "Only receptionists work the same-day queue",
    );
    expect(await visibleText(page.locator("main"))).not.toContain("Clarke");
    await expectAccessible(page);
  });
});
