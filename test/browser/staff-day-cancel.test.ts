import { randomUUID } from "node:crypto";
import { MessagesResponse } from "@front-door/contracts";
import { londonToUtc } from "@front-door/domain";
import { blockSlot, getAppointment, getSlot, type NewSlot, publishSlots } from "@front-door/store";
import { type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { signInAs, useBrowser, visibleText } from "./support/browser.ts";
import {
  addDays,
  expectCount,
  expectNoText,
  expectText,
  followingMonday,
  londonDate,
  storeForTests,
  tokenFor,
} from "./support/staff-arrange.ts";

const browser = useBrowser();
const run = randomUUID().slice(0, 8);
const { client, db, tableName } = storeForTests();
afterAll(() => client.destroy());

/**
 * A Tuesday of its own, well in the future (as staff-day.test.ts picks its week): no other test
 * publishes it, and a freed slot there has nobody on its waiting list.
 */
const date = addDays(
  followingMonday(londonDate(new Date())),
  7 * (30 + Math.floor(Math.random() * 400)) + 1,
);

function armleySlot(hhmm: string): NewSlot {
  const start = londonToUtc(date, hhmm);
  return {
    id: `site-armley_same-day-gp_${date}_${hhmm.replace(":", "")}_${run}`,
    siteId: "site-armley",
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel: "in-person",
    start: start.toISOString(),
    end: new Date(start.getTime() + 15 * 60_000).toISOString(),
    localDate: date,
    localStart: hhmm,
    sameDayOnly: false,
    templateId: `staff-cancel-test-${run}`,
  };
}

const booked = armleySlot("07:05");
const blocked = armleySlot("07:35");
let appointmentId = "";
let bookingReference = "";

const row = (page: Page, slot: NewSlot) => page.locator(`#day-table tr[data-slot-id="${slot.id}"]`);

beforeAll(async () => {
  await publishSlots(db, tableName, [booked, blocked]);
  // Amira phoned and was booked by Armley's receptionist, through the API as on the day list.
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const response = await http.post("/api/staff/bookings", {
    headers: { authorization: `Bearer ${await tokenFor("user-reception-armley")}` },
    // Months ahead, as this file's day is: booked with a reason, as staff must.
    data: { slotId: booked.id, nhsNumber: "9990000018", reason: "Follow-up the GP asked for" },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as {
    appointment: { id: string; bookingReference: string };
  };
  appointmentId = body.appointment.id;
  bookingReference = body.appointment.bookingReference;
  await http.dispose();
  const block = await blockSlot(db, tableName, blocked.id, "Room booked for training", new Date());
  expect(block.kind).toBe("done");
});

describe("a receptionist undoes what was arranged on a day", () => {
  it("cancels a booked appointment with a reason: the slot is free again and the patient is told", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", `/staff/day/?date=${date}`);
    // Patients are matched by family name: the profile test may change preferred names meanwhile.
    const amira = row(page, booked);
    await expectText(amira, "Hussain");
    await expectText(amira, "Booked");
    await expectText(amira, bookingReference);

    await amira.getByRole("button", { name: /^Cancel for .*Hussain at 7:05am$/ }).click();
    const heading = page.locator("#step-heading");
    await expectText(heading, /^Cancel .*Hussain’s appointment at 7:05am$/);
    await expectAccessible(page);

    // The patient is told why, so a reason is needed.
    await page.getByRole("button", { name: "Cancel appointment" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await expectText(summary, "Enter why the appointment is cancelled");
    expect(await summary.getByRole("link").getAttribute("href")).toBe("#cancel-reason");
    await page.locator("#cancel-reason-error").waitFor({ state: "visible" });
    await expectAccessible(page);

    await page.getByLabel("Why is the appointment cancelled?").fill("Clinician unwell");
    await page.getByRole("button", { name: "Cancel appointment" }).click();
    await expectText(page.locator("#success-banner"), /Hussain’s appointment cancelled/);
    await expectCount(page.locator(".nhsuk-error-summary"), 0);
    await expectCount(page.locator("#step-form"), 0);
    const freed = row(page, booked);
    await expectText(freed, "Free");
    await expectNoText(freed, "Hussain");
    await freed.getByRole("button", { name: "Book for a patient at 7:05am" }).waitFor();
    await expectAccessible(page);

    // In the store: the appointment is cancelled with the reason, and its slot is free.
    const appointment = await getAppointment(db, tableName, appointmentId);
    expect(appointment?.status).toBe("cancelled");
    expect(appointment?.cancellationReason).toBe("Clinician unwell");
    expect((await getSlot(db, tableName, booked.id))?.status).toBe("free");

    // Amira's own messages carry the practice's cancellation...
    const http = await request.newContext({ baseURL: inject("baseUrl") });
    const response = await http.get("/api/me/messages", {
      headers: { authorization: `Bearer ${await tokenFor("user-patient-amira")}` },
    });
    expect(response.status()).toBe(200);
    const { messages } = MessagesResponse.parse(await response.json());
    await http.dispose();
    const told = messages.find((m) => m.text.includes(`(reference ${bookingReference})`));
    expect(told?.kind).toBe("booking-cancelled-by-practice");
    expect(told?.text).toMatch(/^Armley .* has had to cancel your appointment on /);

    // ...and the local dev inbox shows it under her name.
    await page.goto("/dev/inbox/");
    const inbox = page.getByRole("region", { name: "Amira Hussain" });
    const card = inbox.locator(`[data-message-id="${told?.id}"]`);
    await card.waitFor();
    expect(await visibleText(card.locator("h3"))).toBe("Booking cancelled by practice");
    expect(await visibleText(card)).toContain(bookingReference);
  });

  it("unblocks a blocked slot: it is free to book again", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", `/staff/day/?date=${date}`);
    const slot = row(page, blocked);
    await expectText(slot, "Blocked: Room booked for training");
    await expectAccessible(page);

    await slot.getByRole("button", { name: "Unblock at 7:35am" }).click();
    await expectText(page.locator("#success-banner"), "7:35am slot unblocked");
    await expectText(slot, "Free");
    await expectNoText(slot, "Room booked for training");
    await slot.getByRole("button", { name: "Block at 7:35am" }).waitFor();
    await slot.getByRole("button", { name: "Book for a patient at 7:35am" }).waitFor();
    await expectAccessible(page);

    const stored = await getSlot(db, tableName, blocked.id);
    expect(stored?.status).toBe("free");
    expect(stored?.blockedReason).toBeUndefined();
  });
});
