import { randomUUID } from "node:crypto";
import { londonToday, toLondon } from "@front-door/domain";
import {
  confirmBooking,
  createDocumentClient,
  createDynamoDbClient,
  type DailyCounts,
  demoSites,
  getSlot,
  holdSlot,
  publishSlots,
  readDailyCounts,
  releaseHold,
  slotsOfDay,
} from "@front-door/store";
import { type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import {
  expectNoHorizontalScroll,
  signInAs,
  summaryPairs,
  useBrowser,
  visibleText,
} from "./support/browser.ts";
import {
  answerTriage,
  clock,
  firstSlotLead,
  sameDayTimesFitToday,
  todaySlots,
} from "./support/same-day-arrange.ts";
import { expectText, tokenFor } from "./support/staff-arrange.ts";

const browser = useBrowser();
const run = randomUUID().slice(0, 8);

process.env.AWS_REGION ??= "eu-west-2";
process.env.AWS_ACCESS_KEY_ID ??= "local";
process.env.AWS_SECRET_ACCESS_KEY ??= "local";
const client = createDynamoDbClient({ endpoint: inject("dynamodbEndpoint"), region: "eu-west-2" });
const db = createDocumentClient(client);
const tableName = inject("tableName");
afterAll(() => client.destroy());

const todaySlot = todaySlots(run);

const wy = "icb-west-yorkshire";

async function diversionsToday(siteId: string): Promise<number> {
  const today = londonToday(new Date());
  const rows: DailyCounts[] = await readDailyCounts(db, tableName, wy, today, today);
  return rows
    .filter((r) => r.siteId === siteId && r.service === "same-day-gp")
    .reduce((sum, r) => sum + r.diversions, 0);
}

describe.skipIf(!sameDayTimesFitToday())(
  "a patient books a same-day appointment and cancels it",
  () => {
    const lead = firstSlotLead();
    const chapeltown = todaySlot("site-chapeltown", wy, lead + 10, "a");
    const chapeltownLater = todaySlot("site-chapeltown", wy, lead + 40, "b");
    const chapeltownPhone = todaySlot("site-chapeltown", wy, lead + 20, "c", "telephone");
    const armley = todaySlot("site-armley", wy, lead + 15, "d");
    // A second clinician on shift: the same time again at the same place.
    const armleyTwin = todaySlot("site-armley", wy, lead + 15, "e");

    beforeAll(async () => {
      await publishSlots(db, tableName, [
        chapeltown,
        chapeltownLater,
        chapeltownPhone,
        armley,
        armleyTwin,
      ]);
    });

    it("starts from the home page, says 999 and 111 first, and asks to sign in", async () => {
      const { page } = browser;
      await page.goto("/");
      await page.getByRole("link", { name: "Get a same-day appointment" }).click();
      await page.waitForURL("**/same-day/");
      const emergency = await visibleText(page.locator("#emergency-first"));
      expect(emergency).toContain("Call 999");
      expect(emergency).toContain("call 111");
      expect(emergency).toContain("18000");
      await expectAccessible(page);
      // The green start button, not the blue sign-in one, and a description for search results.
      const start = page.getByRole("button", { name: "Start now" });
      expect(await start.getAttribute("class")).toBe("nhsuk-button");
      expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        "rgb(0, 127, 59)",
      );
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(
        /^Ask for a GP appointment today/,
      );
      await page.getByRole("button", { name: "Start now" }).click();
      await page.waitForURL((url) => url.pathname === "/sign-in/");
      expect(new URL(page.url()).searchParams.get("return")).toBe("/same-day/triage/");
    });

    it("answers triage, chooses the nearest time, confirms, finds it in Your appointments and cancels it", async () => {
      const { page } = browser;
      await signInAs(page, "Amira Hussain", "/same-day/triage/");
      await page.locator("#triage-form").waitFor();

      // One question a step: who it is for first, titled by its question.
      expect(await page.title()).toBe("Who is the appointment for? – Front Door – NHS");
      await page.getByRole("button", { name: "Continue" }).click();
      const summary = page.locator("#error-summary");
      await summary.waitFor();
      expect(await visibleText(summary)).toContain("Select who the appointment is for");
      expect(await page.title()).toMatch(/^Error: Who is the appointment for\?/);
      await expectAccessible(page);

      // Who it is for decides which emergency signs are listed.
      await page.getByRole("radio", { name: "A child under 16 who I look after" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      const childSigns = page.getByRole("group", { name: "Does the child have any of these?" });
      await childSigns.waitFor();
      expect(await page.title()).toBe("Does the child have any of these? – Front Door – NHS");
      expect(await page.locator("#q-childBreathing").isVisible()).toBe(true);
      expect(await page.locator("#q-chestPain").isVisible()).toBe(false);
      await page.getByRole("link", { name: "Back" }).click();
      await page.getByRole("radio", { name: "Me", exact: true }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      const signs = page.getByRole("group", { name: "Do you have any of these?" });
      await signs.waitFor();
      expect(await page.locator("#q-chestPain").isVisible()).toBe(true);
      expect(await page.locator("#q-childBreathing").isVisible()).toBe(false);
      // Nothing ticked is not an answer; "None of these" unticks any sign ticked by mistake.
      await page.getByRole("button", { name: "Continue" }).click();
      await expectText(summary, "Select any of these you have, or select none of these");
      await expectAccessible(page);
      await page.locator("#q-chestPain").check();
      await signs.getByRole("checkbox", { name: "None of these" }).check();
      expect(await page.locator("#q-chestPain").isChecked()).toBe(false);
      await page.getByRole("button", { name: "Continue" }).click();

      // Then the problem; the server's own messages, in the summary and beside the question.
      await page.getByRole("heading", { level: 1, name: "About the problem" }).waitFor();
      expect(await page.title()).toBe("About the problem – Front Door – NHS");
      await page.getByRole("button", { name: "Continue" }).click();
      await expectText(summary, "Tell us what the problem is");
      expect(await visibleText(page.locator("#q-problem-error"))).toBe(
        "Error: Tell us what the problem is",
      );
      await expectAccessible(page);

      await page.getByLabel("What is the problem?").fill("Sore ear for 2 days");
      await page.getByRole("radio", { name: "1 to 3 days" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL((url) => url.pathname === "/same-day/slots/");
      expect(new URL(page.url()).searchParams.get("requestId")).toMatch(/\S/);

      // Nearest first: her own practice, then the others by distance.
      await page.locator("#slot-sites").waitFor();
      const siteIds = await page
        .locator("#slot-sites > li")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-site-id")));
      expect(siteIds[0]).toBe("site-chapeltown");
      expect(siteIds).toContain("site-armley");
      const distances = await page
        .locator("#slot-sites > li:not(:first-child)")
        .evaluateAll((items) =>
          items.map((li) => Number(/\(([\d.]+) km\)/.exec(li.textContent ?? "")?.[1])),
        );
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      const home = page.locator('[data-site-id="site-chapeltown"]');
      expect(await visibleText(home.locator("h2"))).toMatch(/Chapeltown/);
      expect(await home.getByText("Your GP practice").isVisible()).toBe(true);
      // Every way of being seen, grouped, with "none" said rather than left out.
      expect(await home.locator("h3").allInnerTexts()).toEqual([
        "In person",
        "By phone",
        "By video call",
      ]);
      expect(await visibleText(home.locator('[data-none-today="video"]'))).toBe(
        "No video call times left here today.",
      );
      // Two places at one time show as one time.
      const armleyCard = page.locator('[data-site-id="site-armley"]');
      const armleyTimes = await armleyCard
        .locator("button[data-slot-id]")
        .evaluateAll((buttons) => buttons.map((b) => b.firstChild?.textContent ?? ""));
      expect(armleyTimes.filter((t) => t === clock(armley.localStart))).toHaveLength(1);
      const time = home.locator(`[data-slot-id="${chapeltown.id}"]`);
      // The London time first, then (for screen readers) how and where.
      expect(await visibleText(time)).toMatch(
        new RegExp(`^${clock(chapeltown.localStart)} ?, in person, Chapeltown`),
      );
      // In order in a list: the earlier time comes first.
      const inPersonTimes = await home
        .locator("button[data-slot-id]")
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-slot-id")));
      expect(inPersonTimes.indexOf(chapeltown.id)).toBeLessThan(
        inPersonTimes.indexOf(chapeltownLater.id),
      );
      await expectAccessible(page);

      await time.click();
      await page.waitForURL((url) => url.pathname === "/same-day/confirm/");
      await page.locator("#confirm-content").waitFor();
      const heldUntil = await visibleText(page.locator("#held-until"));
      expect(heldUntil).toMatch(
        /^We are holding this time for you until (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)\./,
      );
      const held = await summaryPairs(page.locator("#held-summary"));
      expect(held.slice(0, 3)).toEqual([
        ["Date", "Today"],
        ["Time", `${clock(chapeltown.localStart)} to ${clock(toLondon(chapeltown.end).time)}`],
        ["How", "In person"],
      ]);
      const contact = await summaryPairs(page.locator("#contact-summary"));
      expect(contact.map(([key]) => key)).toContain("Interpreter language");
      expect(
        await page.getByRole("link", { name: "Change these in Your details" }).getAttribute("href"),
      ).toBe("/profile/");
      await expectAccessible(page);
      expect((await getSlot(db, tableName, chapeltown.id))?.status).toBe("busy-tentative");

      // Choosing a different time lets this one go at once; she comes back and takes it again.
      await page.getByRole("link", { name: "Choose a different time" }).click();
      await page.waitForURL((url) => url.pathname === "/same-day/slots/");
      expect((await getSlot(db, tableName, chapeltown.id))?.status).toBe("free");
      await page
        .locator(`[data-site-id="site-chapeltown"] [data-slot-id="${chapeltown.id}"]`)
        .click();
      await page.waitForURL((url) => url.pathname === "/same-day/confirm/");
      await page.locator("#confirm-content").waitFor();
      expect((await getSlot(db, tableName, chapeltown.id))?.status).toBe("busy-tentative");

      await page.getByRole("button", { name: "Confirm appointment" }).click();
      await page.waitForURL((url) => url.pathname === "/same-day/booked/");
      await page.locator("#booked-content").waitFor();
      const appointmentId = new URL(page.url()).searchParams.get("appointmentId") ?? "";
      const reference = await visibleText(page.locator("#booking-reference"));
      expect(reference).toMatch(/^[A-Z0-9-]{4,}$/);
      const booked = await summaryPairs(page.locator("#booked-summary"));
      expect(booked[0]).toEqual(["Booking reference", reference]);
      expect(booked[1]?.[1]).toContain(clock(chapeltown.localStart));
      expect(booked[2]).toEqual(["How", "In person"]);
      expect(await page.getByRole("button", { name: "Print this page" }).isVisible()).toBe(true);
      await expectAccessible(page);
      // Printed, it is the confirmation alone: no header, no print button.
      await page.emulateMedia({ media: "print" });
      expect(await page.locator("header.nhsuk-header").isVisible()).toBe(false);
      expect(await page.locator("#print-page").isVisible()).toBe(false);
      expect(await page.locator("#booking-reference").isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });
      expect((await getSlot(db, tableName, chapeltown.id))?.status).toBe("busy");

      // Starting again, she is told at once that she has today's appointment, and how to change it.
      for (const path of ["/same-day/", "/same-day/triage/"]) {
        await page.goto(path);
        const already = page.locator("#already-booked");
        await already.waitFor();
        expect(await visibleText(already.locator("h2"))).toBe(
          "You already have a same-day appointment today",
        );
        expect(Object.fromEntries(await summaryPairs(already))).toMatchObject({
          Time: clock(chapeltown.localStart),
          "Booking reference": reference,
        });
        expect(await page.locator("#already-booked-change").getAttribute("href")).toBe(
          `/appointments/change/?appointmentId=${encodeURIComponent(appointmentId)}`,
        );
        expect(await page.locator("#start-same-day, #triage-form").isVisible()).toBe(false);
        await expectAccessible(page);
      }

      // The header offers a patient their appointments.
      await page
        .getByRole("navigation", { name: "Menu" })
        .getByRole("link", { name: "Your appointments" })
        .click();
      await page.waitForURL((url) => url.pathname === "/appointments/");
      const card = page.locator(`#upcoming [data-appointment-id="${appointmentId}"]`);
      await card.waitFor();
      const rows = Object.fromEntries(await summaryPairs(card));
      expect(rows["Booking reference"]).toBe(reference);
      expect(rows.Status).toBe("Booked");
      await expectAccessible(page);

      // Cancelling is a page of its own, with its own title and a way back.
      await card.getByRole("link", { name: /^Cancel/ }).click();
      await page.waitForURL((url) => url.pathname === "/appointments/cancel/");
      await page.locator("#cancel-form").waitFor();
      expect(await page.title()).toMatch(/^Cancel your appointment/);
      expect(await visibleText(page.locator("#cancel-summary"))).toContain(reference);
      expect(
        await page.getByRole("link", { name: "Back to your appointments" }).getAttribute("href"),
      ).toBe("/appointments/");
      await page.getByRole("button", { name: "Cancel appointment" }).click();
      await page.locator("#error-summary").waitFor();
      expect(await visibleText(page.locator("#error-summary"))).toContain(
        "Select why you are cancelling",
      );
      await expectAccessible(page);
      await page.getByRole("radio", { name: "I am feeling better" }).check();
      await page.getByRole("button", { name: "Cancel appointment" }).click();
      await page.locator("#cancelled-panel").waitFor();
      expect(await visibleText(page.locator("#cancelled-heading"))).toBe(
        "Your appointment has been cancelled",
      );
      const cancelled = page.locator(`#past [data-appointment-id="${appointmentId}"]`);
      await cancelled.waitFor();
      const after = Object.fromEntries(await summaryPairs(cancelled));
      expect(after.Status).toBe("Cancelled");
      expect(after["Reason for cancelling"]).toBe("I am feeling better");
      expect(await page.locator(`#upcoming [data-appointment-id="${appointmentId}"]`).count()).toBe(
        0,
      );
      await expectAccessible(page);

      // The slot is free again for someone else.
      expect((await getSlot(db, tableName, chapeltown.id))?.status).toBe("free");
    });
  },
);

describe("a red flag in triage", () => {
  it("shows 999 advice with the BSL and text relay routes, and records the request as diverted", async () => {
    const before = await diversionsToday("site-chapeltown");
    const { page } = browser;
    await signInAs(page, "Amira Hussain", "/same-day/triage/");
    await answerTriage(page, ["chestPain"]);
    await page.getByRole("button", { name: "Continue" }).click();
    const advice = page.locator("#red-flag-advice");
    await advice.waitFor();
    expect(await page.locator("#triage-form").isVisible()).toBe(false);
    expect(await visibleText(page.locator("#advice-heading"))).toMatch(
      /^Immediate action required: ?Call 999 now$/,
    );
    expect(await page.locator("#advice-reasons li").count()).toBeGreaterThan(0);
    expect(await visibleText(page.locator("#advice-steps"))).toContain("Call 999 now");
    const routes = page.locator("#accessible-routes");
    expect(
      await routes
        .getByRole("link", { name: "999 in British Sign Language (BSL)" })
        .getAttribute("href"),
    ).toBe("https://999bsl.co.uk");
    expect(await routes.getByRole("link", { name: "999 by text relay" }).getAttribute("href")).toBe(
      "tel:18000",
    );
    expect(
      await page.getByRole("link", { name: "NHS 111 by text relay" }).getAttribute("href"),
    ).toBe("tel:18001111");
    expect(await visibleText(page.locator("#advice-recorded"))).toContain("have been noted");
    expect(await page.title()).toMatch(/^Call 999 now/);
    await expectAccessible(page);
    expect(await diversionsToday("site-chapeltown")).toBe(before + 1);
  });
});

describe.skipIf(!sameDayTimesFitToday())("when a time is taken or a hold has gone", () => {
  const lead = firstSlotLead();
  const taken = todaySlot("site-chapeltown", wy, lead + 5, "t");
  const alternative = todaySlot("site-chapeltown", wy, lead + 35, "u");

  beforeAll(async () => {
    await publishSlots(db, tableName, [taken, alternative]);
  });

  it("says someone took the time and offers the alternatives; an expired hold says what to do next", async () => {
    const { page } = browser;
    await signInAs(page, "Amira Hussain", "/same-day/triage/");
    await answerTriage(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator(`[data-slot-id="${taken.id}"]`).waitFor();
    // Someone else holds it between the list being shown and Amira choosing it.
    const other = await holdSlot(db, tableName, taken.id, `patient-other-${run}`, new Date());
    expect(other.kind).toBe("held");
    await page.locator(`[data-slot-id="${taken.id}"]`).click();
    const notice = page.locator("#slot-taken");
    await notice.waitFor();
    expect(await visibleText(page.locator("#slot-taken-heading"))).toBe(
      "Sorry, someone else has just taken this time. Choose another time.",
    );
    // Up to five free times chosen at random (the demo week's may be among them), never the
    // taken one; `alternative` makes sure there is at least one.
    const offered = notice.locator("[data-slot-id]");
    await offered.first().waitFor();
    const offeredIds = await offered.evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute("data-slot-id")),
    );
    expect(offeredIds.length).toBeGreaterThan(0);
    expect(offeredIds.length).toBeLessThanOrEqual(5);
    expect(offeredIds).not.toContain(taken.id);
    expect(await page.locator(`#slot-sites [data-slot-id="${taken.id}"]`).count()).toBe(0);
    await expectAccessible(page);

    const chosen = offeredIds[0] as string;
    await notice.locator(`[data-slot-id="${chosen}"]`).click();
    await page.locator("#confirm-content").waitFor();
    // The hold lapses before she confirms.
    expect(await releaseHold(db, tableName, chosen, "patient-amira")).toBe(true);
    await page.getByRole("button", { name: "Confirm appointment" }).click();
    const problem = page.locator("#problem-hold-expired");
    await problem.waitFor();
    expect(await visibleText(problem)).toContain("This time is no longer held for you");
    const again = page.getByRole("link", { name: "Choose a time again" });
    expect(await again.getAttribute("href")).toMatch(/^\/same-day\/slots\/\?requestId=/);
    await expectAccessible(page);
  });
});

describe("the triage form by keyboard alone", () => {
  /** Presses Tab until `selector` has focus: fails if the keyboard cannot reach it. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Could not reach ${selector} with the Tab key`);
  }

  it("can be answered and sent with the keyboard only", async () => {
    const { page } = browser;
    await signInAs(page, "Amira Hussain", "/same-day/triage/");
    await page.locator("#triage-form").waitFor();
    await tabTo(page, "#q-appointmentFor");
    await page.keyboard.press("Space");
    await tabTo(page, "#triage-submit");
    await page.keyboard.press("Enter");
    await tabTo(page, "#signs-none-myself");
    await page.keyboard.press("Space");
    await tabTo(page, "#triage-submit");
    await page.keyboard.press("Enter");
    await tabTo(page, "#q-problem");
    await page.keyboard.type("Rash on my arm");
    await tabTo(page, "#q-duration");
    await page.keyboard.press("Space");
    await tabTo(page, "#triage-submit");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/same-day/slots/");
  });
});

describe.skipIf(!sameDayTimesFitToday())("no free times: the waiting list", () => {
  /**
   * Nothing free near York today: every free same-day time at the five sites (the nearest York
   * has) is held for a stand-in patient for its 15 minutes, so only this file's own slot, freed
   * later, can be offered.
   */
  async function takeEveryFreeSlotToday(): Promise<void> {
    const now = new Date();
    const today = londonToday(now);
    for (const site of demoSites) {
      for (const slot of await slotsOfDay(db, tableName, site.id, today)) {
        if (slot.status !== "free" || slot.service !== "same-day-gp") continue;
        await holdSlot(db, tableName, slot.id, `patient-stand-in-${run}`, now);
      }
    }
  }

  it("lets Edith join the waiting list and ask for a call back, then offers her a freed slot", async () => {
    await takeEveryFreeSlotToday();
    const { page } = browser;
    await signInAs(page, "Edith Clarke", "/same-day/triage/");
    await answerTriage(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.pathname === "/same-day/slots/");
    const noSlots = page.locator("#no-slots");
    await noSlots.waitFor();
    expect(await visibleText(page.locator("h1"))).toBe("There are no times left today");
    expect(await visibleText(noSlots)).toMatch(/^There are no same-day appointments free near you/);
    expect(await page.locator("#slot-sites").count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Join the waiting list" }).click();
    await page.locator("#waiting-list-confirmed").waitFor();
    expect(await visibleText(page.locator("#waiting-list-confirmed-heading"))).toBe(
      "You are on the waiting list",
    );
    await page.getByRole("button", { name: "Ask the practice to call you back" }).click();
    await page.locator("#callback-confirmed").waitFor();
    await expectAccessible(page);

    // A York time is published and booked by someone else, then the practice cancels it.
    const york = todaySlot(
      "site-york-clifton",
      "icb-humber-north-yorkshire",
      firstSlotLead() + 30,
      "y",
    );
    await publishSlots(db, tableName, [york]);
    const now = new Date();
    const held = await holdSlot(db, tableName, york.id, `patient-other-${run}`, now);
    if (held.kind !== "held") throw new Error(`hold failed: ${held.kind}`);
    const booked = await confirmBooking(db, tableName, {
      slot: held.slot,
      appointmentId: `appt-same-day-${run}`,
      bookingReference: `SD${run}`.toUpperCase(),
      patientId: `patient-other-${run}`,
      bookedBy: "patient",
      sameDay: true,
      now,
      message: {
        id: `msg-same-day-${run}`,
        kind: "booking-confirmed",
        channels: [],
        text: "Booked",
      },
    });
    if (booked.kind !== "booked") throw new Error(`booking failed: ${booked.kind}`);
    const http = await request.newContext({ baseURL: inject("baseUrl") });
    const cancel = await http.post(`/api/staff/appointments/appt-same-day-${run}/actions`, {
      headers: { authorization: `Bearer ${await tokenFor("user-reception-york")}` },
      data: { action: "cancel", reason: "Clinician unwell" },
    });
    expect(cancel.status()).toBe(200);
    expect(((await cancel.json()) as { offeredToWaitingList?: boolean }).offeredToWaitingList).toBe(
      true,
    );
    await http.dispose();

    // Edith is sent the offer, and the time is held for her.
    expect((await getSlot(db, tableName, york.id))?.holdPatientId).toBe("patient-edith");
    await page.goto("/dev/inbox/");
    const edith = page.getByRole("region", { name: "Edith Clarke" });
    const offer = edith.locator("[data-message-id]").filter({ hasText: "held for you" });
    await offer.first().waitFor();
    expect(await visibleText(offer.first())).toContain(`at ${york.localStart}`);

    // She takes the held time from Your appointments and books it through the usual confirm step.
    await page.goto("/appointments/");
    const offerCard = page.locator(`[data-offer="${york.id}"]`);
    await offerCard.waitFor();
    expect(await visibleText(offerCard)).toContain("A time has come up for you");
    await expectAccessible(page);
    await offerCard.getByRole("button", { name: "Take this time" }).click();
    await page.waitForURL((url) => url.pathname === "/same-day/confirm/");
    await page.getByRole("button", { name: "Confirm appointment" }).click();
    await page.waitForURL((url) => url.pathname === "/same-day/booked/");
    await page.locator("#booked-content").waitFor();
    expect(await visibleText(page.locator("#booking-reference"))).toMatch(/^[A-Z2-9]{8}$/);
    expect((await getSlot(db, tableName, york.id))?.status).toBe("busy");
  });
});

describe.skipIf(!sameDayTimesFitToday())("the same-day pages at 320 pixels wide", () => {
  const narrow = useBrowser({ viewport: { width: 320, height: 640 } });
  const slot = todaySlot("site-chapeltown", wy, firstSlotLead() + 25, "n");

  beforeAll(async () => {
    await publishSlots(db, tableName, [slot]);
  });

  it("start, questions and red-flag advice reflow without scrolling sideways", async () => {
    const { page } = narrow;
    await page.goto("/same-day/");
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await signInAs(page, "Tom Whitaker", "/same-day/triage/");
    await answerTriage(page, ["strokeSigns"]);
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#red-flag-advice").waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });

  it("times, confirm, booking, Your appointments and cancelling reflow without scrolling sideways", async () => {
    const { page } = narrow;
    await signInAs(page, "Amira Hussain", "/same-day/triage/");
    await answerTriage(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.pathname === "/same-day/slots/");
    const time = page.locator(`[data-slot-id="${slot.id}"]`);
    await time.waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await time.click();
    await page.locator("#confirm-content").waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Confirm appointment" }).click();
    await page.locator("#booked-content").waitFor();
    await expectNoHorizontalScroll(page);
    await page.goto("/appointments/");
    await page.locator("#appointments-content").waitFor();
    await expectNoHorizontalScroll(page);
    await page.locator("#upcoming a[data-cancel]").first().click();
    await page.locator("#cancel-form").waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByRole("radio", { name: "Another reason" }).check();
    await page.getByLabel("Tell us why").fill("Going to the pharmacy instead");
    await page.getByRole("button", { name: "Cancel appointment" }).click();
    await page.locator("#cancelled-panel").waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});
