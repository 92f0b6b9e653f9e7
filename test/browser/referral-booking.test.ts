import { randomUUID } from "node:crypto";
import { getSlot, holdSlot, releaseHold } from "@front-door/store";
import { type APIRequestContext, type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { typicalAnswers } from "../../packages/domain/src/referrals/catalogue/testing.ts";
import { expectAccessible } from "./support/axe.ts";
import {
  expectNoHorizontalScroll,
  signInAs,
  summaryPairs,
  useBrowser,
  visibleText,
} from "./support/browser.ts";
import { expectCount, expectText, storeForTests, tokenFor } from "./support/staff-arrange.ts";

/**
 * A patient books the appointment for their accepted self-referral into the service's own
 * clinic times (Armley physiotherapy's demo clinic, weekdays for the next week), through the
 * real API: choose a day and a time, check it while it is held, confirm; a time someone else
 * took and a hold that ran out on the way; then cancelling it from the referral reopens it.
 */

const browser = useBrowser();
const run = randomUUID().slice(0, 8);
const { client, db, tableName } = storeForTests();
let api: APIRequestContext;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await request.newContext({ baseURL: inject("baseUrl") });
  for (const user of [
    "user-patient-tom",
    "user-patient-amira",
    "user-clinician-armley",
    "user-clinician-chapeltown",
  ]) {
    tokens[user] = await tokenFor(user);
  }
});
afterAll(async () => {
  await api.dispose();
  client.destroy();
});

const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });

interface Referred {
  id: string;
  reference: string;
}

/** The patient refers themselves and a clinician accepts, as routine, through the API. */
async function acceptedReferral(
  patient: string,
  clinician: string,
  serviceId: string,
  answers: object | undefined,
): Promise<Referred> {
  const made = await api.post("/api/self-referral/referrals", {
    headers: { ...as(patient), "idempotency-key": randomUUID() },
    data: { serviceId, questionnaireVersion: 1, answers },
  });
  const body = await made.json();
  expect(body.kind, JSON.stringify(body)).toBe("referred");
  const accepted = await api.post(`/api/staff/referrals/${body.referral.id}/actions`, {
    headers: as(clinician),
    data: { type: "accept", priority: "routine" },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  return { id: body.referral.id, reference: body.referral.reference };
}

const stage = (page: Page) => visibleText(page.locator("#referral-detail [data-stage]"));
/** The slot id of each time offered on the page, in order. */
const offeredSlotIds = (page: Page) =>
  page
    .locator("#time-choices [data-slot-id]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-slot-id") ?? ""));

/** Every slot the clinic has at the same time as `slotId` (its places side by side), by the API. */
async function placesAtTimeOf(referralId: string, slotId: string): Promise<string[]> {
  const response = await api.get(`/api/me/referrals/${referralId}/slots`, {
    headers: as("user-patient-tom"),
  });
  expect(response.status()).toBe(200);
  const { days } = (await response.json()) as {
    days: { slots: { id: string; start: string }[] }[];
  };
  const slots = days.flatMap((day) => day.slots);
  const start = slots.find((slot) => slot.id === slotId)?.start;
  return slots.filter((slot) => slot.start === start).map((slot) => slot.id);
}

describe("a patient books their accepted referral", () => {
  let referral: Referred;

  beforeAll(async () => {
    referral = await acceptedReferral(
      "user-patient-tom",
      "user-clinician-armley",
      "armley-msk-physiotherapy",
      typicalAnswers["msk-physiotherapy"],
    );
  });

  it("chooses a day and a time, confirms it, finds it in Your appointments, then cancels it from the referral and can choose again", async () => {
    const { page } = browser;
    await signInAs(page, "Tom Whitaker", `/referrals/view/?id=${referral.id}`);
    await page.locator("#referral-detail").waitFor();
    expect(await stage(page)).toBe("Accepted");
    expect(await page.title()).toBe(`Your referral ${referral.reference} – Front Door – NHS`);
    await expectCount(page.locator("#referral-appointment"), 0);
    await expectAccessible(page);

    // The way on is one clear call to action.
    await page.getByRole("button", { name: "Choose an appointment" }).click();
    await page.waitForURL((url) => url.pathname === "/referrals/book/");
    const days = page.locator("#booking-days > li");
    await days.first().waitFor();
    expect(await visibleText(page.locator("#book-heading"))).toBe("Choose an appointment");
    // Tabs and history name no service.
    expect(await page.title()).toBe("Choose an appointment – Front Door – NHS");
    expect(await visibleText(days.first())).toMatch(
      /^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d+ times?, the first at (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)$/,
    );
    await expectAccessible(page);

    // A day with a few times, so one taken and one lapsed still leave one to choose (late in
    // the day, today may have only one or two left).
    const counts = await days.evaluateAll((items) =>
      items.map((li) => Number(/(\d+) times?/.exec(li.textContent ?? "")?.[1] ?? 0)),
    );
    const roomy = counts.findIndex((count) => count >= 3);
    const dayLink = days.nth(Math.max(0, roomy)).getByRole("link");
    const dayHeading = await visibleText(dayLink);
    await dayLink.click();
    await page.waitForURL((url) => url.searchParams.has("day"));
    await page.locator("#time-form").waitFor();
    expect(await visibleText(page.locator("#book-heading"))).toBe("Choose a time");
    const times = page.getByRole("group", { name: dayHeading });
    expect(await visibleText(times)).toContain("Times are UK time");
    expect(await visibleText(times)).toContain("In person");
    await expectAccessible(page);

    // Continuing without a time says what to do, on the radios.
    await page.getByRole("button", { name: "Continue" }).click();
    await expectText(page.locator(".nhsuk-error-summary"), "Choose a time");
    await page.locator("#slot-time-error").waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page);

    // Others hold the first time, every place the clinic has at it, between the list showing
    // and Tom choosing it. (With one place still free, he would simply get that one.)
    const [takenId] = await offeredSlotIds(page);
    if (!takenId) throw new Error("No time offered");
    const sameTime = await placesAtTimeOf(referral.id, takenId);
    expect(sameTime).toContain(takenId);
    for (const [i, id] of sameTime.entries()) {
      const other = await holdSlot(db, tableName, id, `patient-other-${run}-${i}`, new Date());
      expect(other.kind).toBe("held");
    }
    await times.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Continue" }).click();
    const taken = page.locator("#slot-taken");
    await expectText(
      page.locator("#slot-taken-heading"),
      "Sorry, someone else has just taken this time. Choose another time.",
    );
    expect(await offeredSlotIds(page)).not.toContain(takenId);
    const alternatives = taken.locator("[data-slot-id]");
    expect(await alternatives.count()).toBeGreaterThan(0);
    // Alternatives may be on other days, so each says which (12:00 is "midday", NHS style).
    expect(await visibleText(alternatives.first())).toMatch(
      /^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ at (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)/,
    );
    await expectAccessible(page);

    // An alternative is held at once, to check and confirm.
    const alternativeId = (await alternatives.first().getAttribute("data-slot-id")) ?? "";
    await alternatives.first().click();
    await page.locator("#confirm-view").waitFor();
    expect(await page.title()).toBe("Check and confirm your appointment – Front Door – NHS");
    expect(await visibleText(page.locator("#held-until"))).toMatch(
      /^We are holding this time for you until (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)\. Confirm it before then\.$/,
    );
    const check = Object.fromEntries(await summaryPairs(page.locator("#held-summary")));
    expect(check).toMatchObject({ How: "In person", Referral: referral.reference });
    expect(check.Where).toContain("Armley");
    expect(check.Time).toMatch(/ to /);
    expect((await getSlot(db, tableName, alternativeId))?.status).toBe("busy-tentative");
    await expectAccessible(page);

    // The hold runs out before he confirms: he is sent back to choose again, and told why.
    expect(await releaseHold(db, tableName, alternativeId, "patient-tom")).toBe(true);
    await page.getByRole("button", { name: "Confirm appointment" }).click();
    await expectText(page.locator("#hold-expired"), "This time is no longer held for you");
    await page.locator("#time-form").waitFor();
    expect(await page.locator("#confirm-view").isVisible()).toBe(false);
    await expectAccessible(page);

    // Choosing a different time lets the held one go at once, for others.
    const firstChoice = (await times.getByRole("radio").first().getAttribute("value")) ?? "";
    await times.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#confirm-view").waitFor();
    // The time's own place was free in his list, so that is the one held.
    const heldId = firstChoice;
    expect(await getSlot(db, tableName, heldId)).toMatchObject({
      status: "busy-tentative",
      holdPatientId: "patient-tom",
    });
    await page.getByRole("link", { name: "Choose a different time" }).click();
    await page.locator("#time-form").waitFor();
    await expect
      .poll(async () => (await getSlot(db, tableName, heldId))?.status, { timeout: 5_000 })
      .toBe("free");

    await times.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#confirm-view").waitFor();
    const chosen = Object.fromEntries(await summaryPairs(page.locator("#held-summary")));
    await page.getByRole("button", { name: "Confirm appointment" }).click();
    await page.locator("#booked-panel").waitFor();
    expect(await page.title()).toBe("Your appointment is booked – Front Door – NHS");
    const bookingReference = await visibleText(page.locator("#booking-reference"));
    expect(bookingReference).toMatch(/^[A-Z0-9]{6,10}$/);
    const booked = Object.fromEntries(await summaryPairs(page.locator("#booked-summary")));
    expect(booked).toMatchObject({
      "Booking reference": bookingReference,
      How: "In person",
      Referral: referral.reference,
    });
    expect(booked.When).toContain(chosen.Date);
    await expectAccessible(page);

    // Your appointments shows it, for the referral, and links back to it.
    await page.getByRole("link", { name: "Go to your appointments" }).click();
    await page.waitForURL((url) => url.pathname === "/appointments/");
    const card = page.locator("#upcoming li", { hasText: bookingReference });
    await card.waitFor();
    expect(await visibleText(card.locator("h3"))).toMatch(/^Appointment, /);
    const forReferral = card.getByRole("link", {
      name: `your self-referral ${referral.reference}`,
    });
    expect(await forReferral.getAttribute("href")).toBe(`/referrals/view/?id=${referral.id}`);
    await expectAccessible(page);

    await forReferral.click();
    await page.waitForURL((url) => url.pathname === "/referrals/view/");
    await page.locator("#referral-appointment").waitFor();
    expect(await stage(page)).toBe("Appointment booked");
    const shown = Object.fromEntries(await summaryPairs(page.locator("#referral-appointment")));
    expect(shown["Booking reference"]).toBe(bookingReference);
    expect(shown.When).toBe(booked.When);
    await expectCount(page.getByRole("button", { name: "Choose an appointment" }), 0);
    await expectAccessible(page);

    // Cancelling asks first, then reopens the referral to choose again.
    await page.getByRole("button", { name: "Cancel this appointment" }).click();
    await page.locator("#cancel-appointment-view").waitFor();
    expect(await visibleText(page.locator("#cancel-appointment-summary"))).toContain(
      bookingReference,
    );
    await expectAccessible(page);
    await page.getByRole("button", { name: "No, keep it" }).click();
    await page.locator("#referral-appointment").waitFor();
    await page.getByRole("button", { name: "Cancel this appointment" }).click();
    await page.getByRole("button", { name: "Yes, cancel this appointment" }).click();
    await expectText(page.locator("#success-banner"), "Your appointment has been cancelled");
    await expectText(page.locator("#success-banner"), "You can choose another time below");
    expect(await stage(page)).toBe("Accepted");
    await expectCount(page.locator("#referral-appointment"), 0);
    await page.getByRole("button", { name: "Choose an appointment" }).waitFor();
    await expectText(page.locator("#referral-timeline > li").last(), "Appointment cancelled");
    await expectAccessible(page);

    // Every step fits a 320 pixel screen without scrolling sideways; he books again.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole("button", { name: "Choose an appointment" }).click();
    await days.first().waitFor();
    await expectNoHorizontalScroll(page);
    await days.first().getByRole("link").click();
    await page.locator("#time-form").waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#confirm-view").waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Confirm appointment" }).click();
    await page.locator("#booked-panel").waitFor();
    await expectNoHorizontalScroll(page);

    // Withdrawing the booked referral says first that its appointment goes with it.
    await page.goto(`/referrals/view/?id=${referral.id}`);
    await page.locator("#referral-appointment").waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole("button", { name: "Withdraw this referral" }).click();
    await page.locator("#withdraw-view").waitFor();
    await expectText(
      page.locator("#withdraw-cancels-appointment"),
      "Withdrawing also cancels your appointment",
    );
    await expectAccessible(page);
    await page.getByRole("button", { name: "Yes, withdraw this referral" }).click();
    await page.locator("#success-banner").waitFor();
    expect(await stage(page)).toBe("Withdrawn");
    await expectCount(page.locator("#referral-appointment"), 0);
  });
});

describe("a service that arranges its own appointments", () => {
  it("tells the patient they will be contacted, and offers no times", async () => {
    const { page } = browser;
    // Chapeltown's talking therapies do not book online.
    const referral = await acceptedReferral(
      "user-patient-amira",
      "user-clinician-chapeltown",
      "chapeltown-talking-therapies",
      typicalAnswers["talking-therapies"],
    );
    await signInAs(page, "Amira Hussain", `/referrals/view/?id=${referral.id}`);
    await expectText(
      page.locator("#service-will-contact"),
      "will contact you to arrange an appointment",
    );
    await expectCount(page.getByRole("button", { name: "Choose an appointment" }), 0);
    await expectAccessible(page);

    // A link to the booking page says so too, with the way back.
    await page.goto(`/referrals/book/?id=${referral.id}`);
    await expectText(page.locator("#book-stopped"), "They will contact you to arrange one");
    expect(await page.getByRole("link", { name: "Go back to your referral" }).count()).toBe(1);
    await expectAccessible(page);
  });
});
