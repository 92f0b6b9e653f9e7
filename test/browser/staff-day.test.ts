import { randomUUID } from "node:crypto";
import { type NewSlot, publishSlots } from "@front-door/store";
import { type Locator, type Page, request } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { expectNoHorizontalScroll, signInAs, useBrowser, visibleText } from "./support/browser.ts";
import { boxes, typeDate, typedDate } from "./support/date-input.ts";
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
const today = londonDate(new Date());
/**
 * A week of its own, well in the future: nothing depends on the time of day, and no other test
 * file publishes it. Armley's other templates may publish slots that week too, so the test
 * looks only at its own session's rows (video, 8:05pm to 8:35pm on the Wednesday).
 */
const weeksAhead = 30 + Math.floor(Math.random() * 400);
const monday = addDays(followingMonday(today), 7 * weeksAhead);
const sunday = addDays(monday, 6);
const wednesday = addDays(monday, 2);

const row = (page: Page, time: string): Locator =>
  page.locator("#day-table tbody tr", { hasText: time }).filter({ hasText: "Video" });

describe("receptionist's day", () => {
  it("adds a session, publishes a week, books Tom by NHS number, checks him in and blocks a slot", async () => {
    const { page } = browser;
    await signInAs(page, "Priya Shah", "/staff/sessions/");
    await expect.poll(() => visibleText(page.locator("h1"))).toContain("Armley");
    // The header offers the staff pages to a receptionist, and not the analysts' dashboard.
    await page.getByRole("link", { name: "Day list" }).waitFor({ state: "visible" });
    await page.getByRole("link", { name: "Same-day queue" }).waitFor({ state: "visible" });
    await page.getByRole("link", { name: "Dashboard" }).waitFor({ state: "hidden" });

    // The publish form starts at next week, Monday to Sunday. The forms show once the site's
    // sessions have loaded (the demo ones included), after the heading.
    await page.locator("#receptionist-forms").waitFor({ state: "visible" });
    const nextMonday = followingMonday(today);
    expect(await typedDate(page, "First day")).toEqual(boxes(nextMonday));
    expect(await typedDate(page, "Last day")).toEqual(boxes(addDays(nextMonday, 6)));
    await expectAccessible(page);

    // A session that does not divide into whole slots is refused, in the error summary.
    await page.getByLabel("Service").selectOption("same-day-gp");
    await page.getByLabel("Wednesday").check();
    await page.getByLabel("Start time").fill("20:05");
    await page.getByLabel("End time").fill("20:38");
    await page.getByLabel("Slot length in minutes").fill("10");
    await page.getByLabel("Clinicians on shift").fill("1");
    await page.getByLabel("Video").check();
    await page.getByRole("button", { name: "Save session" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await summary.waitFor({ state: "visible" });
    expect(await summary.getByRole("link").getAttribute("href")).toBe("#end-time");
    await page.locator("#end-time-error").waitFor({ state: "visible" });
    await expectAccessible(page);

    await page.getByLabel("End time").fill("20:35");
    await page.getByRole("button", { name: "Save session" }).click();
    await expectText(
      page.locator("#success-banner"),
      "Session added: Same-day GP appointment, 8:05pm to 8:35pm",
    );
    const card = page.locator(".nhsuk-card", { hasText: "8:05pm to 8:35pm" });
    await expectText(card, "Wednesday");
    await expectText(card, "10 minutes");

    // A wrong month is named, on that box alone; nothing is published.
    await typeDate(page, "First day", ["3", "13", "2026"]);
    await page.getByRole("button", { name: "Publish slots" }).click();
    const dateSummary = page.locator(".nhsuk-error-summary");
    await expectText(dateSummary, "First day: the month must be a number from 1 to 12");
    expect(await dateSummary.getByRole("link").getAttribute("href")).toBe("#publish-from-month");
    expect(await page.locator("#publish-from .nhsuk-input--error").count()).toBe(1);
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page);

    // Dates as people type them: one-digit day and month, or the month's name.
    await typeDate(page, "First day", boxes(monday));
    const [sundayDay, sundayMonth, sundayYear] = boxes(sunday);
    const monthName = new Date(Date.UTC(2026, Number(sundayMonth) - 1, 1)).toLocaleString("en-GB", {
      month: "long",
      timeZone: "UTC",
    });
    await typeDate(page, "Last day", [sundayDay, monthName, sundayYear]);
    await page.getByRole("button", { name: "Publish slots" }).click();
    const banner = page.locator("#success-banner");
    await expectText(banner, /Published \d+ slots/);
    const created = Number(/Published (\d+)/.exec(await visibleText(banner))?.[1]);
    expect(created).toBeGreaterThanOrEqual(3);
    expect(await page.title()).not.toMatch(/^Error/);
    // Publishing the same week again creates nothing new, and says so without contradiction.
    await page.getByRole("button", { name: "Publish slots" }).click();
    await expectText(
      banner,
      `Nothing new to publish: all ${created} slots for these dates were already published`,
    );
    await expectAccessible(page);

    // The day list for the Wednesday shows the session's three slots, free.
    await page.goto(`/staff/day/?date=${wednesday}`);
    await expectText(page.locator("#day-site"), "Armley");
    await expectText(page.locator("#day-title"), String(Number(wednesday.slice(8))));
    for (const time of ["8:05pm to 8:15pm", "8:15pm to 8:25pm", "8:25pm to 8:35pm"]) {
      await expectText(row(page, time), "Free");
    }
    await expectAccessible(page);

    // Book 8:05pm for Tom, who phoned: a wrong NHS number first, then his. Patients are matched
    // by family name: the profile test may be changing Tom's preferred name at the same time.
    await page.getByRole("button", { name: "Book for a patient at 8:05pm" }).click();
    await page.getByLabel("NHS number").fill("999 000 1384");
    await page.getByRole("button", { name: "Book appointment" }).click();
    await expectText(page.locator(".nhsuk-error-summary"), "valid 10-digit NHS number");
    await expectAccessible(page);
    await page.getByLabel("NHS number").fill("999 000 1383");
    await page.getByRole("button", { name: "Book appointment" }).click();
    // Months ahead: refused until a reason is given, kept with the appointment.
    await expectText(page.locator(".nhsuk-error-summary"), "more than 8 weeks ahead");
    await page.getByLabel(/^Reason/).fill("Annual review the GP asked for");
    await page.getByRole("button", { name: "Book appointment" }).click();
    await expectText(page.locator("#success-banner"), / Whitaker booked for 8:05pm/);
    await expectCount(page.locator(".nhsuk-error-summary"), 0);
    const tomRow = row(page, "8:05pm to 8:15pm");
    await expectText(tomRow, "Whitaker");
    await expectText(tomRow, "Booked");

    // Check him in.
    await page.getByRole("button", { name: /^Check in for \S+ Whitaker at 8:05pm$/ }).click();
    await expectText(page.locator("#success-banner"), / Whitaker checked in/);
    await expectText(tomRow, "Arrived");
    await expectCount(tomRow.getByRole("button", { name: /Check in/ }), 0);

    // Block 8:25pm with a reason.
    await page.getByRole("button", { name: "Block at 8:25pm" }).click();
    // Markup in a reason is shown as the characters typed, never made into elements.
    await page
      .getByLabel("Why is this slot blocked?")
      .fill("Clinician on a <b>training</b> course");
    await page.getByRole("button", { name: "Block slot" }).click();
    await expectText(page.locator("#success-banner"), "8:25pm slot blocked");
    const blocked = row(page, "8:25pm to 8:35pm");
    await expectText(blocked, "Blocked");
    await expectText(blocked, "Clinician on a <b>training</b> course");
    await expectCount(page.locator("#day-list b"), 0);

    // Someone else books 8:15pm while this receptionist is blocking it: the API's refusal shows.
    await page.getByRole("button", { name: "Block at 8:15pm" }).click();
    const slotId = await row(page, "8:15pm to 8:25pm").getAttribute("data-slot-id");
    const http = await request.newContext({ baseURL: inject("baseUrl") });
    const booked = await http.post("/api/staff/bookings", {
      headers: { authorization: `Bearer ${await tokenFor("user-reception-armley")}` },
      data: { slotId, nhsNumber: "9990000018", reason: "Annual review the GP asked for" },
    });
    expect(booked.status()).toBe(201);
    await http.dispose();
    await page.getByLabel("Why is this slot blocked?").fill("Room closed");
    await page.getByRole("button", { name: "Block slot" }).click();
    await expectText(
      page.locator(".nhsuk-error-summary"),
      "This slot is booked. Cancel the appointment first, then block the slot.",
    );
    await expectAccessible(page);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/staff/day/?date=${wednesday}`);
    // Stacked rows off the screen are drawn when scrolled to (content-visibility), as people see them.
    await row(page, "8:15pm to 8:25pm").scrollIntoViewIfNeeded();
    await expectText(row(page, "8:15pm to 8:25pm"), "Hussain");
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  }, 90_000);

  it("shows a clinician her own site's day list without any controls", async () => {
    const { page } = browser;
    const date = addDays(followingMonday(today), 7 * (30 + Math.floor(Math.random() * 400)) + 3);
    const { client, db, tableName } = storeForTests();
    const slots: NewSlot[] = ["09:00", "09:15"].map((hhmm) => ({
      id: `site-chapeltown_same-day-gp_${date}_${hhmm.replace(":", "")}_${run}`,
      siteId: "site-chapeltown",
      icbId: "icb-west-yorkshire",
      service: "same-day-gp",
      channel: "telephone",
      start: `${date}T${hhmm}:00.000Z`,
      end: `${date}T${hhmm.slice(0, 3)}${hhmm.endsWith("00") ? "15" : "30"}:00.000Z`,
      localDate: date,
      localStart: hhmm,
      sameDayOnly: false,
      templateId: `staff-test-${run}`,
    }));
    await publishSlots(db, tableName, slots);
    client.destroy();

    await signInAs(page, "Dr Ngozi Okafor", `/staff/day/?date=${date}`);
    await expectText(page.locator("#day-site"), "Chapeltown");
    await expectCount(page.locator("#day-table tbody tr"), 2);
    await expectText(page.locator("#day-table"), "Telephone");
    await expectCount(page.locator("#day-table button"), 0);
    await expectCount(page.locator("#day-table th", { hasText: "Actions" }), 0);
    await page.locator("#read-only-note").waitFor({ state: "visible" });
    // Clinicians get the day list in the header, not the receptionists' queue.
    await page.getByRole("link", { name: "Day list" }).waitFor({ state: "visible" });
    await page.getByRole("link", { name: "Same-day queue" }).waitFor({ state: "hidden" });
    await expectAccessible(page);

    // Another day is typed into day, month and year: a missing year is named on its own box.
    const nextDay = boxes(addDays(date, 1));
    await typeDate(page, "Show another day", [nextDay[0], nextDay[1], ""]);
    await page.getByRole("button", { name: "Show day" }).click();
    const summary = page.locator(".nhsuk-error-summary");
    await expectText(summary, "The date must include a year");
    expect(await summary.getByRole("link").getAttribute("href")).toBe("#date-year");
    expect(await page.locator("#date-error").count()).toBe(0);
    await page.locator("#date-year-error").waitFor({ state: "visible" });
    await expectAccessible(page);
    // A whole date typed into the day box, as people do, is read too.
    await typeDate(page, "Show another day", [nextDay.join("/"), "", ""]);
    await page.getByRole("button", { name: "Show day" }).click();
    await page.waitForURL((url) => url.search === `?date=${addDays(date, 1)}`);
    await expectText(page.locator("#day-title"), nextDay[0]);
    expect(await typedDate(page, "Show another day")).toEqual(nextDay);

    // The home page's card links her to today's day list.
    await page.goto("/");
    await page.locator("#day-list-link").click();
    await page.waitForURL((url) => url.pathname === "/staff/day/");
    await page.locator("#day-title").waitFor({ state: "visible" });
  });

  it("never shows York's receptionist Armley's patients", async () => {
    const { page } = browser;
    // Armley has a booking for Tom that day, arranged through the API as Armley's receptionist.
    const date = addDays(followingMonday(today), 7 * (30 + Math.floor(Math.random() * 400)) + 4);
    const { client, db, tableName } = storeForTests();
    const slotId = `site-armley_same-day-gp_${date}_1000_${run}`;
    await publishSlots(db, tableName, [
      {
        id: slotId,
        siteId: "site-armley",
        icbId: "icb-west-yorkshire",
        service: "same-day-gp",
        channel: "in-person",
        start: `${date}T10:00:00.000Z`,
        end: `${date}T10:15:00.000Z`,
        localDate: date,
        localStart: "10:00",
        sameDayOnly: false,
        templateId: `staff-test-${run}`,
      },
    ]);
    client.destroy();
    const http = await request.newContext({ baseURL: inject("baseUrl") });
    const booked = await http.post("/api/staff/bookings", {
      headers: { authorization: `Bearer ${await tokenFor("user-reception-armley")}` },
      data: { slotId, nhsNumber: "9990001383", reason: "Annual review the GP asked for" },
    });
    expect(booked.status()).toBe(201);
    await http.dispose();

    await signInAs(page, "Gareth Mills", `/staff/day/?date=${date}`);
    await expectText(page.locator("#day-site"), "Clifton");
    await page.locator("#day-content").waitFor({ state: "visible" });
    await expectNoText(page.locator("main"), "Whitaker");
    await expectCount(page.locator(`[data-slot-id="${slotId}"]`), 0);
    await expectAccessible(page);
  });
});
