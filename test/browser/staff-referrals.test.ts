import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { request } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { typicalAnswers } from "../../packages/domain/src/referrals/catalogue/testing.ts";
import { expectAccessible } from "./support/axe.ts";
import {
  expectNoHorizontalScroll,
  signInAs,
  summaryPairs,
  useBrowser,
  visibleText,
} from "./support/browser.ts";
import { expectCount, expectText, londonDate, tokenFor } from "./support/staff-arrange.ts";

const browser = useBrowser();

interface Referred {
  id: string;
  reference: string;
}

/** A patient refers themselves through the real API, as the patient pages do. */
async function refer(
  userId: string,
  serviceId: string,
  answers: Readonly<Record<string, unknown>> | undefined,
): Promise<Referred> {
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const response = await http.post("/api/self-referral/referrals", {
    headers: {
      authorization: `Bearer ${await tokenFor(userId)}`,
      "idempotency-key": randomUUID(),
    },
    data: { serviceId, questionnaireVersion: 1, answers },
  });
  const body = (await response.json()) as { kind: string; referral: Referred };
  await http.dispose();
  expect(response.status()).toBe(200);
  expect(body.kind).toBe("referred");
  return { id: body.referral.id, reference: body.referral.reference };
}

/** The patient acts on their own referral through the API (answers, withdraws). */
async function patientActs(
  userId: string,
  referralId: string,
  type: string,
  detail: object = {},
): Promise<void> {
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const response = await http.post(`/api/me/referrals/${referralId}/actions`, {
    headers: { authorization: `Bearer ${await tokenFor(userId)}` },
    data: { type, ...detail },
  });
  await http.dispose();
  expect(response.status()).toBe(200);
}

/** Staff act on a referral through the API, to arrange what the page then shows. */
async function staffActs(userId: string, referralId: string, action: object): Promise<unknown> {
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const response = await http.post(`/api/staff/referrals/${referralId}/actions`, {
    headers: { authorization: `Bearer ${await tokenFor(userId)}` },
    data: action,
  });
  const body = await response.json();
  await http.dispose();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

let tomsPhysio: Referred;
let tomsPhoned: Referred;
let tomsToBook: Referred;
let tomsOther: Referred;
let amirasTherapy: Referred;
let amirasWithdrawn: Referred;

/**
 * Clinical decisions on a service that arranges its own appointments are tested at Chapeltown
 * (Dr Okafor) on Amira's referrals to its talking therapies; accepting and booking at Armley
 * (Kwame Mensah, physiotherapist), whose physiotherapy clinic books online.
 */
beforeAll(async () => {
  tomsPhysio = await refer(
    "user-patient-tom",
    "armley-msk-physiotherapy",
    typicalAnswers["msk-physiotherapy"],
  );
  tomsPhoned = await refer(
    "user-patient-tom",
    "armley-msk-physiotherapy",
    typicalAnswers["msk-physiotherapy"],
  );
  tomsToBook = await refer(
    "user-patient-tom",
    "armley-msk-physiotherapy",
    typicalAnswers["msk-physiotherapy"],
  );
  tomsOther = await refer(
    "user-patient-tom",
    "armley-msk-physiotherapy",
    typicalAnswers["msk-physiotherapy"],
  );
  amirasTherapy = await refer(
    "user-patient-amira",
    "chapeltown-talking-therapies",
    typicalAnswers["talking-therapies"],
  );
  amirasWithdrawn = await refer(
    "user-patient-amira",
    "chapeltown-talking-therapies",
    typicalAnswers["talking-therapies"],
  );
});

const queueRow = (page: Page, referral: Referred) =>
  page.locator(`#referrals-table [data-referral-id="${referral.id}"]`);
const summary = (page: Page) => page.locator("#referral-summary");
const lastTimelineEntry = (page: Page) => page.locator("#timeline > li").last();

async function openFromQueue(page: Page, referral: Referred): Promise<void> {
  await queueRow(page, referral)
    .getByRole("link", { name: new RegExp(`^${referral.reference}\\W+referral from`) })
    .click();
  await page.waitForURL((url) => url.pathname === "/staff/referrals/view/");
  await expectText(page.locator("h1"), `Referral ${referral.reference}`);
}

describe("a receptionist triaging referrals", () => {
  it("finds a new referral in the queue, asks the patient for more information, and sees the patient answer", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/referrals/");
    await page.getByRole("link", { name: "Referrals", exact: true }).waitFor({ state: "visible" });
    await expectText(page.locator("#referrals-site"), "Armley");
    const row = queueRow(page, tomsPhysio);
    await expectText(row, tomsPhysio.reference);
    // Patients are matched by family name: other test files change preferred names meanwhile.
    await expectText(row, "Whitaker");
    await expectText(row, "NHS number 999 000 1383");
    await expectText(row, "Born 30 November 1958");
    await expectText(row, "Waiting for triage");
    await expectText(row, "Not set yet");
    await expectAccessible(page);

    await openFromQueue(page, tomsPhysio);
    await expectText(summary(page), "999 000 1383");
    await expectText(summary(page), "Waiting for triage");
    await expectText(page.locator("#referral-answers"), "Aching lower back for 6 weeks");
    // Clinical decisions are not hers: she is told so rather than offered buttons.
    await expectText(
      page.locator("#clinician-decision"),
      "Accepting or rejecting is a clinician’s decision",
    );
    await expectCount(page.locator("#accept-form, #reject-form"), 0);
    await expectAccessible(page);

    // An empty question is refused by the API, shown in the NHS error summary and on the field.
    const ask = page.getByRole("button", { name: "Ask for information" });
    await ask.click();
    await expectText(page.locator(".nhsuk-error-summary"), "Say what information you need");
    await expectText(page.locator("#information-request-error"), "Say what information you need");
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page);

    const question = `Which side is the pain on? (${tomsPhysio.reference})`;
    await page.getByLabel("What do you need to know?").fill(question);
    await ask.click();
    await expectText(page.locator("#success-banner"), "More information asked for");
    await expectCount(page.locator(".nhsuk-error-summary"), 0);
    await expectText(summary(page), "Waiting for information");
    await expectText(page.locator("#information-asked"), question);
    const asked = lastTimelineEntry(page);
    await expectText(asked, "More information asked for");
    await expectText(asked, "Receptionist (you)");
    await expectText(asked, /Waiting for triage → .*Waiting for information/);
    // Asked once is enough: now she can record the answer instead.
    await expectCount(page.locator("#request-information-form"), 0);
    await page.locator("#provide-information-form").waitFor();
    await expectAccessible(page);

    // The queue's stage filter finds it, and the form shows the filter from the URL.
    await page.goto("/staff/referrals/?stage=awaiting-information");
    await expectText(queueRow(page, tomsPhysio), "Waiting for information");
    expect(await page.getByLabel("Stage").inputValue()).toBe("awaiting-information");
    await page.getByLabel("Stage").selectOption("accepted");
    await page.getByRole("button", { name: "Show referrals" }).click();
    await page.waitForURL((url) => url.searchParams.get("stage") === "accepted");
    await page.locator("#referrals-content").waitFor({ state: "visible" });
    await expectCount(queueRow(page, tomsPhysio), 0);

    // Tom answers in Front Door: the referral is back for triage, with his answer on the timeline.
    await patientActs("user-patient-tom", tomsPhysio.id, "provide-information", {
      answer: "It is my right knee, since I fell in March",
    });
    await page.goto(`/staff/referrals/view/?id=${tomsPhysio.id}`);
    await expectText(summary(page), "Waiting for triage");
    // His words are with the referral's answers, not in the audit trail.
    await expectText(
      page.locator("#information-given"),
      "It is my right knee, since I fell in March",
    );
    await expectText(page.locator("#information-given"), "From the patient");
    const answered = lastTimelineEntry(page);
    await expectText(answered, "Information given");
    await expectText(answered, "The patient");
    await expectCount(page.locator("#information-asked"), 0);
  });

  it("withdraws a referral for a patient who phoned, after a confirmation, and the timeline says so", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", `/staff/referrals/view/?id=${tomsPhoned.id}`);
    await expectText(summary(page), "Waiting for triage");
    await page.getByRole("button", { name: "Withdraw for the patient" }).click();
    await expectText(page.locator("#confirm-withdraw"), "Withdraw this referral for the patient?");
    await page.getByRole("button", { name: "Yes, withdraw referral" }).click();
    await expectText(page.locator("#success-banner"), "Referral withdrawn for the patient");
    await expectText(summary(page), "Withdrawn");
    await expectText(lastTimelineEntry(page), "Receptionist (you), for the patient");
    // Gone from the queue of referrals still to act on, found under its stage.
    await page.goto("/staff/referrals/");
    await page.locator("#referrals-content").waitFor({ state: "visible" });
    await expectCount(queueRow(page, tomsPhoned), 0);
    await page.goto("/staff/referrals/?stage=withdrawn&service=physiotherapy");
    await expectText(queueRow(page, tomsPhoned), "Withdrawn");
  });

  it("never shows York's receptionist Armley's referrals, in the queue or by link", async () => {
    const { page } = browser;
    await signInAs(page, "Gareth Mills", "/staff/referrals/");
    await expectText(page.locator("#referrals-site"), "Clifton");
    await page.locator("#referrals-content").waitFor({ state: "visible" });
    await expectCount(page.locator(`[data-referral-id="${tomsPhysio.id}"]`), 0);
    expect(await visibleText(page.locator("main"))).not.toContain(tomsPhysio.reference);

    await page.goto(`/staff/referrals/view/?id=${tomsPhysio.id}`);
    await expectText(
      page.locator("#no-referral"),
      "There is no referral with this link for your site",
    );
    expect(await visibleText(page.locator("main"))).not.toContain("Whitaker");
    await expectAccessible(page);
  });
});

describe("a clinician triaging referrals", () => {
  it("accepts a referral as urgent, and the queue shows it urgent, first, at 320px too", async () => {
    const { page } = browser;
    await signInAs(page, "Dr Ngozi Okafor", "/staff/referrals/");
    await expectText(page.locator("#referrals-site"), "Chapeltown");
    await expectText(queueRow(page, amirasTherapy), "Hussain");
    await openFromQueue(page, amirasTherapy);
    await expectCount(page.locator("#clinician-decision"), 0);
    await page.locator("#reject-form").waitFor();

    const accept = page.getByRole("button", { name: "Accept referral" });
    await accept.click();
    await expectText(page.locator(".nhsuk-error-summary"), "Choose routine or urgent");
    await expectAccessible(page);

    await page.getByRole("radio", { name: "Urgent" }).check();
    await accept.click();
    const banner = page.locator("#success-banner");
    await expectText(banner, "Referral accepted as urgent");
    await expectText(banner, "The service will contact the patient to arrange an appointment");
    await expectText(summary(page), "Accepted");
    await expectText(summary(page).locator(".nhsuk-tag--red"), "Urgent");
    const accepted = lastTimelineEntry(page);
    await expectText(accepted, "Accepted");
    await expectText(accepted, "Clinician (you)");
    // Accepted: the clinical decisions are made; completing and corrections remain.
    await expectCount(page.locator("#accept-form, #reject-form"), 0);
    await page.locator("#complete-form").waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Back to referrals" }).click();
    const row = queueRow(page, amirasTherapy);
    await expectText(row.locator(".nhsuk-tag--red"), "Urgent");
    // Urgent first: no routine or untriaged referral comes before an urgent one.
    const urgentFlags = await page
      .locator("#referrals-table tbody tr")
      .evaluateAll((rows) => rows.map((r) => Boolean(r.querySelector(".nhsuk-tag--red"))));
    expect(
      urgentFlags.indexOf(false) === -1 ||
        urgentFlags.lastIndexOf(true) < urgentFlags.indexOf(false),
    ).toBe(true);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await expectText(queueRow(page, amirasTherapy), "Urgent");
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });

  it("is told to reload when the patient withdrew meanwhile, and can then mark the referral as entered in error", async () => {
    const { page } = browser;
    await signInAs(page, "Dr Ngozi Okafor", `/staff/referrals/view/?id=${amirasWithdrawn.id}`);
    await expectText(summary(page), "Waiting for triage");

    // Every missing part of a rejection is named, each on its field.
    const reject = page.getByRole("button", { name: "Reject referral" });
    await reject.click();
    const errors = page.locator(".nhsuk-error-summary");
    await expectText(errors, "Choose a reason");
    await expectText(errors, "Say why the referral cannot be accepted");
    await expectText(errors, "Say where the patient should go instead");
    await expectCount(page.locator("#reject-form .nhsuk-error-message"), 3);
    await expectAccessible(page);

    await page.getByLabel("Reason").selectOption("another-service-better");
    await page
      .getByLabel("Why can the referral not be accepted?")
      .fill("Your GP practice has a counsellor who can see you sooner");
    await page.getByLabel("Where should the patient go instead?").fill("Ask your GP practice");
    // Meanwhile Amira withdraws it herself.
    await patientActs("user-patient-amira", amirasWithdrawn.id, "withdraw");
    await reject.click();
    await expectText(errors, "This referral has changed");
    // The page sent the version it showed (If-Match): the server refuses it as out of date.
    await expectText(errors, "Someone else changed this referral");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Reload the referral" }).click();
    await expectText(summary(page), "Withdrawn");
    await expectCount(page.locator(".nhsuk-error-summary"), 0);
    await expectCount(page.locator("#reject-form"), 0);

    // A correction asks first, and can be backed out of.
    const mark = page.getByRole("button", { name: "Mark as entered in error" });
    await mark.click();
    const confirm = page.locator("#confirm-mark-entered-in-error");
    await expectText(confirm, "Mark this referral as entered in error?");
    await expectAccessible(page);
    await page.getByRole("button", { name: "No, go back" }).click();
    await expectCount(confirm, 0);
    await mark.click();
    await page.getByRole("button", { name: "Yes, mark as entered in error" }).click();
    await expectText(page.locator("#success-banner"), "Referral marked as entered in error");
    await expectText(summary(page), "Entered in error");
    await expectText(page.locator("#no-actions"), "Nothing more can be done");
    await expectAccessible(page);
  });
});

describe("booking a referral's appointment", () => {
  it("a clinician accepts a referral waiting for information and books it in one step; a time taken meanwhile is refused with the times refreshed; the patient and the day list see the appointment", async () => {
    const { page } = browser;
    await staffActs("user-reception-armley", tomsToBook.id, {
      type: "request-information",
      request: "Which side is the pain on?",
    });
    await signInAs(page, "Kwame Mensah", "/staff/referrals/");
    await expectText(page.locator("#referrals-site"), "Armley");
    await expectText(queueRow(page, tomsToBook), "Waiting for information");
    await openFromQueue(page, tomsToBook);
    const form = page.locator("#accept-and-book-form");
    await form.waitFor();
    await expectCount(page.locator("#clinician-decision"), 0);
    // Accepting alone stays on offer: the patient would then choose a time online.
    await expectText(page.locator("#accept-form"), "The patient can choose an appointment online");
    await expectAccessible(page);

    // Nothing chosen: both missing answers are named, each on its field.
    const acceptAndBook = form.getByRole("button", { name: "Accept and book" });
    await acceptAndBook.click();
    const errors = page.locator(".nhsuk-error-summary");
    await expectText(errors, "Choose routine or urgent");
    await expectText(errors, "Choose a time from the list");
    await page.locator("#accept-and-book-slot-error").waitFor();
    await expectAccessible(page);

    // Meanwhile the receptionist books the chosen time for another of Tom's referrals.
    await form.getByRole("radio", { name: "Urgent" }).check();
    const time = form.getByLabel("Time");
    expect(await time.locator("optgroup").first().getAttribute("label")).toMatch(
      /^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+$/,
    );
    await time.selectOption({ index: 1 });
    const takenId = await time.inputValue();
    await staffActs("user-clinician-armley", tomsOther.id, { type: "accept", priority: "routine" });
    await staffActs("user-reception-armley", tomsOther.id, { type: "book", slotId: takenId });
    await acceptAndBook.click();
    await expectText(errors, "Someone has just taken this time");
    await expectText(page.locator("#accept-and-book-slot-error"), "Choose another time");
    // The form is as it was, with the times as they are now.
    await expectCount(time.locator(`option[value="${takenId}"]`), 0);
    expect(await time.inputValue()).toBe("");
    expect(await form.getByRole("radio", { name: "Urgent" }).isChecked()).toBe(true);
    await expectText(summary(page), "Waiting for information");
    await expectAccessible(page);

    await time.selectOption({ index: 1 });
    const day = await time
      .locator("option:checked")
      .evaluate((option) => (option.parentElement as HTMLOptGroupElement).label);
    await acceptAndBook.click();
    const banner = page.locator("#success-banner");
    await expectText(banner, "Referral accepted as urgent and booked");
    await expectCount(errors, 0);
    await expectText(summary(page), "Booked");
    const rows = Object.fromEntries(await summaryPairs(summary(page).locator("dl").first()));
    expect(rows.Appointment).toContain(day);
    expect(rows.Appointment).toContain("In person");
    const bookingReference = rows["Booking reference"] ?? "";
    expect(bookingReference).toMatch(/^[A-Z0-9]{8}$/);
    await expectText(banner, bookingReference);
    const booked = lastTimelineEntry(page);
    await expectText(booked, "Accepted and booked");
    await expectText(booked, "Clinician (you)");
    await expectText(booked, /Waiting for information → .*Booked/);
    await expectCount(page.locator("#accept-and-book-form, #accept-form, #reject-form"), 0);
    await page.getByRole("button", { name: "Cancel appointment" }).waitFor();
    await expectAccessible(page);

    // Tom sees the appointment on his referral.
    await signInAs(page, "Tom Whitaker", `/referrals/view/?id=${tomsToBook.id}`);
    await page.locator("#referral-appointment").waitFor();
    expect(await visibleText(page.locator("#referral-detail [data-stage]"))).toBe(
      "Appointment booked",
    );
    const his = Object.fromEntries(await summaryPairs(page.locator("#referral-appointment")));
    expect(his["Booking reference"]).toBe(bookingReference);
    expect(his.When).toContain(day);
    await expectAccessible(page);

    // And Armley's day list has the time booked for him.
    const http = await request.newContext({ baseURL: inject("baseUrl") });
    const response = await http.get(`/api/staff/referrals/${tomsToBook.id}`, {
      headers: { authorization: `Bearer ${await tokenFor("user-reception-armley")}` },
    });
    const { referral } = (await response.json()) as {
      referral: { appointment: { start: string } };
    };
    await http.dispose();
    await signInAs(
      page,
      "Priya Shah",
      `/staff/day/?date=${londonDate(new Date(referral.appointment.start))}`,
    );
    // Today, a time more than two hours ahead is under "Later today", drawn once opened.
    await page.locator("#day-count").waitFor();
    const laterToday = page.locator("#later-today summary");
    if ((await laterToday.count()) > 0) await laterToday.click();
    const row = page.locator("#day-table tbody tr, #day-table-later tbody tr", {
      hasText: bookingReference,
    });
    await expectText(row, "Whitaker");
    await expectText(row, "Booked");
  });

  it("a receptionist cancels a referral's appointment after a confirmation, then books another time for the patient", async () => {
    const { page } = browser;
    const booked = await refer(
      "user-patient-tom",
      "armley-msk-physiotherapy",
      typicalAnswers["msk-physiotherapy"],
    );
    await staffActs("user-clinician-armley", booked.id, { type: "accept", priority: "routine" });
    const [slotId] = await staffTimes(booked.id);
    await staffActs("user-reception-armley", booked.id, { type: "book", slotId });
    await signInAs(page, "Priya Shah", `/staff/referrals/view/?id=${booked.id}`);
    await expectText(summary(page), "Booked");
    await page.getByRole("button", { name: "Cancel appointment" }).click();
    await expectText(page.locator("#confirm-cancel-booking"), "Cancel this appointment?");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Yes, cancel appointment" }).click();
    const banner = page.locator("#success-banner");
    await expectText(banner, "Appointment cancelled");
    await expectText(summary(page), "Accepted");
    await expectText(summary(page), "Not booked yet");
    await expectText(lastTimelineEntry(page), "Receptionist (you), for the patient");

    const form = page.locator("#book-form");
    await form.waitFor();
    await expectAccessible(page);
    await form.getByLabel("Time").selectOption({ index: 1 });
    await form.getByRole("button", { name: "Book appointment" }).click();
    await expectText(banner, "Appointment booked");
    await expectText(summary(page), "Booked");
    await expectText(lastTimelineEntry(page), "Appointment booked");
    await expectAccessible(page);
  });
});

/** The referral's free slot ids, soonest first, as staff see them. */
async function staffTimes(referralId: string): Promise<string[]> {
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const response = await http.get(`/api/staff/referrals/${referralId}/slots`, {
    headers: { authorization: `Bearer ${await tokenFor("user-reception-armley")}` },
  });
  const { days } = (await response.json()) as { days: { slots: { id: string }[] }[] };
  await http.dispose();
  return days.flatMap((d) => d.slots.map((slot) => slot.id));
}
