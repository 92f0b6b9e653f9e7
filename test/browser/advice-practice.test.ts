import { randomUUID } from "node:crypto";
import { type NewSlot, publishSlots } from "@front-door/store";
import { type Page, request } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible as axeCheck } from "./support/axe.ts";
import { expectNoHorizontalScroll, signInAs, useBrowser } from "./support/browser.ts";
import {
  addDays,
  expectText,
  londonDate,
  storeForTests,
  tokenFor,
} from "./support/staff-arrange.ts";

/**
 * The practice side of online GP advice at 320 px: the navigator passes a medical request to
 * the clinicians, a clinician offers times, the patient books one; an admin request for a fit
 * note is answered and closed with an outcome.
 */

const browser = useBrowser({ viewport: { width: 320, height: 800 } });
const run = randomUUID().slice(0, 8);
/** The last day the request page offers times on: a day of its own for these slots. */
const offerDay = addDays(londonDate(new Date()), 6);
const slot = (hhmm: string): NewSlot => {
  const localStart = `${hhmm.slice(0, 2)}:${hhmm.slice(2)}`;
  // Times of day in UTC are close enough: the page shows what the slot says in London.
  const start = new Date(`${offerDay}T${localStart}:00Z`).toISOString();
  return {
    id: `site-armley_advice_${offerDay}_${hhmm}_${run}`,
    siteId: "site-armley",
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel: "telephone",
    start,
    end: new Date(Date.parse(start) + 10 * 60_000).toISOString(),
    localDate: offerDay,
    localStart,
    sameDayOnly: false,
    templateId: `advice-${run}`,
  };
};
const slots = [slot("1305"), slot("1315")];

async function apiAs(userId: string, method: "post" | "put", path: string, data: unknown) {
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const response = await http[method](path, {
    headers: {
      authorization: `Bearer ${await tokenFor(userId)}`,
      "idempotency-key": randomUUID(),
    },
    data,
  });
  const body = await response.json();
  await http.dispose();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

/**
 * axe once the header has settled: at 320 px nhsuk-frontend moves the navigation items that do
 * not fit into "More" a moment after a resize (debounced), and an item caught mid-way sits
 * outside the blue header, which axe rightly reads as white on white.
 */
async function expectAccessible(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const header = document.querySelector(".nhsuk-header")?.getBoundingClientRect();
    const items = [
      ...document.querySelectorAll<HTMLElement>(".nhsuk-header__navigation-list > li"),
    ];
    return (
      header !== undefined &&
      items
        .filter((item) => !item.hidden && item.offsetParent !== null)
        .every((item) => item.getBoundingClientRect().bottom <= header.bottom + 1)
    );
  });
  await axeCheck(page);
}

const allDay = { opens: "00:00", closes: "23:59" };
let medical: { requestId: string; reference: string };
let fitNote: { requestId: string; reference: string };

beforeAll(async () => {
  // Open every hour, and taking requests even in the last minute of the day: independent of
  // when the test runs.
  await apiAs("user-reception-armley", "put", "/api/staff/advice/settings", {
    openingHours: {
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    },
    closedOnBankHolidays: false,
    acceptWhenClosed: true,
    enabledTypes: [
      "new-problem",
      "ongoing-problem",
      "medication-question",
      "fit-note",
      "something-else",
    ],
    nextStepWorkingDays: 1,
    replyWorkingDays: 2,
    patientReplyDays: 14,
    closedMessage: "",
  });
  const { db, tableName } = storeForTests();
  await publishSlots(db, tableName, slots);
  const ask = (type: string, answers: object, description: string) =>
    apiAs("user-patient-tom", "post", "/api/me/advice/requests", {
      subject: { kind: "self" },
      emergencyCheck: { population: "adult", signs: [] },
      problems: [{ type, answers, description }],
      documentIds: [],
    });
  medical = await ask(
    "new-problem",
    { howLong: "days", gettingWorse: false, triedSelfCare: true },
    `<b>An itchy rash</b> on my arm (${run})`,
  );
  fitNote = await ask(
    "fit-note",
    { kind: "extend", offSince: "2026-11-30" },
    `Please extend my fit note (${run})`,
  );
});

async function openRequest(page: Page, reference: string, view: string): Promise<void> {
  await page.goto(`/staff/advice/?view=${view}`);
  await page
    .locator("#inbox-table")
    .getByRole("link", { name: new RegExp(`^${reference}`) })
    .click();
  await page.waitForURL((url) => url.pathname === "/staff/advice/request/");
  await expectText(page.locator("h1"), `Online request ${reference}`);
}

describe("the practice answers online requests", () => {
  it("the navigator passes a medical request to the clinicians; the patient's words stay text", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/advice/");
    await expectText(page.locator("#inbox-table"), medical.reference);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await openRequest(page, medical.reference, "unassigned");
    const problems = page.locator("#request-problems");
    await expectText(problems, `<b>An itchy rash</b> on my arm (${run})`);
    expect(await problems.locator("b").count()).toBe(0);
    await expectAccessible(page);

    await page.getByLabel("Assign to").selectOption("clinician");
    await page.getByRole("button", { name: "Assign", exact: true }).click();
    await expectText(page.locator("#success-banner"), "Request assigned");
    await expectText(page.locator("#request-summary"), "The clinicians");
    await expectText(page.locator("#thread"), "Assigned");
    await expectNoHorizontalScroll(page);
  });

  it("a clinician offers two times; the patient books one of them", async () => {
    const { page } = browser;
    await signInAs(page, "Kwame Mensah", "/staff/advice/?view=mine");
    await openRequest(page, medical.reference, "mine");
    await page.getByLabel("Day", { exact: true }).selectOption(offerDay);
    const offer = page.locator("#offer-form");
    for (const s of slots) await offer.locator(`input[value="${s.id}"]`).check();
    await page.getByLabel("Hold them for").selectOption("60");
    await page.getByRole("button", { name: "Offer these times" }).click();
    await expectText(page.locator("#success-banner"), "Times offered");
    await expectText(page.locator("#request-summary"), "Waiting for patient");
    await expectText(page.locator("#request-summary"), "Held until");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // The patient finds the offer in the request's thread, and chooses from there.
    await signInAs(page, "Tom Whitaker", `/advice/request/?id=${medical.requestId}`);
    await page
      .locator("#advice-offer")
      .getByRole("link", { name: "Choose an appointment" })
      .click();
    await page.waitForURL((url) => url.pathname === "/advice/offered-times/");
    const times = page.locator("#offer-times .nhsuk-radios__item");
    await expect.poll(() => times.count()).toBe(2);
    await expectText(page.locator("#offer-held"), "We are holding these times for you until");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await times.nth(1).locator("input").check();
    await page.getByRole("button", { name: "Book this time" }).click();
    await expectText(page.locator("#booked-heading"), "Your appointment is booked");
    await expectText(page.locator("#booked-when"), "telephone");
    const reference = ((await page.locator("#booking-reference").textContent()) ?? "").trim();
    expect(reference).toMatch(/\S/);
    await expectAccessible(page);
    // The thread now says how the practice answered: the appointment, not the offer.
    await page.goto(`/advice/request/?id=${medical.requestId}`);
    await expectText(page.locator("#advice-appointment"), `booking reference ${reference}`);
    expect(await page.locator("#advice-offer").count()).toBe(0);
  });

  it("an admin request for a fit note is answered and closed with an outcome", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/advice/?view=all&type=fit-note");
    await openRequest(page, fitNote.reference, "all&type=fit-note");
    await page.getByLabel("Message", { exact: true }).fill("Your fit note is ready to collect.");
    await page.getByRole("button", { name: "Send message" }).click();
    await expectText(page.locator("#success-banner"), "Reply sent");
    await page.getByLabel("Outcome").selectOption("fit-note-or-letter");
    await page.getByRole("button", { name: "Close with this outcome" }).click();
    await expectText(page.locator("#success-banner"), "Request closed");
    await expectText(page.locator("#request-summary"), "Fit note or letter");
    await expectText(page.locator("#thread"), "Your fit note is ready to collect.");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
  });

  it("a receptionist changes the practice's settings; a time that is not one is refused on its field", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/advice/settings/");
    await expect.poll(() => page.locator("#mon-opens").inputValue()).toBe("00:00");
    await page.locator("#closedMessage").fill(`Closed for training (${run})`);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expectText(page.locator("#success-banner"), "Settings saved");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await page.locator("#mon-opens").fill("25:00");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expectText(page.locator("#error-summary"), "Enter a time like 08:00");
    await expectText(page.locator("#mon-opens-error"), "Enter a time like 08:00");
  });

  it("a receptionist enters a request for a patient who phoned; it is recorded as entered by staff", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/advice/phone/");
    await page.getByLabel("Patient's NHS number").fill("999 000 1383");
    await page.getByLabel("What it is about").selectOption("fit-note");
    await page.getByLabel("Is this a new fit note or to extend one?").selectOption("new");
    await page.getByLabel("When did you first stay off work?").fill("2026-11-30");
    await page
      .getByLabel("What the patient said")
      .fill(`Needs a fit note after an operation (${run})`);
    await page.getByRole("button", { name: "Send the request" }).click();
    await expectText(page.locator("#phone-sent"), "Request sent: reference");
    await expectAccessible(page);
    await page.locator("#phone-sent").getByRole("link").click();
    await page.waitForURL((url) => url.pathname === "/staff/advice/request/");
    await expectText(page.locator("#request-summary"), "Staff, for a patient who phoned");
    await expectText(
      page.locator("#request-problems"),
      `Needs a fit note after an operation (${run})`,
    );
  });
});
