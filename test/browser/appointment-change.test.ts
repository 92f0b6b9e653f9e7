import { randomUUID } from "node:crypto";
import {
  blockSlot,
  cancelAppointment,
  confirmBooking,
  getAppointment,
  getSlot,
  holdSlot,
  publishSlots,
  releaseHold,
} from "@front-door/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { storeForTests } from "./support/staff-arrange.ts";

const browser = useBrowser();
const run = randomUUID().slice(0, 8);
const { client, db, tableName } = storeForTests();
afterAll(() => client.destroy());
const todaySlot = todaySlots(run);

/**
 * Tom (registered at Armley) is the patient: no other browser test books him a same-day
 * appointment today, and a patient may have only one a day, so the test cancels the one it
 * leaves. The times are this file's own.
 */
describe.skipIf(!sameDayTimesFitToday())("a patient changes a same-day appointment", () => {
  const lead = firstSlotLead();
  const first = todaySlot("site-armley", "icb-west-yorkshire", lead + 10, "first");
  const second = todaySlot("site-armley", "icb-west-yorkshire", lead + 25, "second");
  const lapsed = todaySlot("site-armley", "icb-west-yorkshire", lead + 40, "lapsed");

  beforeAll(async () => {
    await publishSlots(db, tableName, [first, second, lapsed]);
  });

  it("books a time, keeps it when the new time's hold has gone, then changes to another time", async () => {
    const { page } = browser;

    // Tom books the first time through the usual journey.
    await signInAs(page, "Tom Whitaker", "/same-day/triage/");
    await answerTriage(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator(`[data-slot-id="${first.id}"]`).click();
    await page.getByRole("button", { name: "Confirm appointment" }).click();
    await page.locator("#booked-content").waitFor();
    const originalId = new URL(page.url()).searchParams.get("appointmentId") ?? "";
    const originalReference = await visibleText(page.locator("#booking-reference"));

    // Your appointments offers Change beside Cancel, naming the appointment for screen readers.
    await page.goto("/appointments/");
    const card = page.locator(`#upcoming [data-appointment-id="${originalId}"]`);
    await card.waitFor();
    const change = card.getByRole("link", { name: /^Change appointment / });
    // Sighted people read "Change" in the card; the rest of the name is visually hidden.
    expect(await change.textContent()).toMatch(/^Change appointment /);
    expect(await change.locator(".nhsuk-u-visually-hidden").textContent()).toContain(
      `at ${clock(first.localStart)}`,
    );
    expect(await card.getByRole("link", { name: /^Cancel appointment / }).isVisible()).toBe(true);
    await expectAccessible(page);

    // The change page shows the appointment as it is and today's free times, not its own.
    await change.click();
    await page.waitForURL((url) => url.pathname === "/appointments/change/");
    await page.locator("#change-content").waitFor();
    const now = Object.fromEntries(await summaryPairs(page.locator("#current-summary")));
    expect(now["Booking reference"]).toBe(originalReference);
    expect(now.When).toContain(clock(first.localStart));
    const armley = page.locator('#slot-sites [data-site-id="site-armley"]');
    expect(await armley.getByText("Your GP practice").isVisible()).toBe(true);
    await armley.locator(`[data-slot-id="${second.id}"]`).waitFor();
    expect(await page.locator(`[data-slot-id="${lapsed.id}"]`).isVisible()).toBe(true);
    expect(await page.locator(`[data-slot-id="${first.id}"]`).count()).toBe(0);
    await expectAccessible(page);

    // Choosing a time holds it and asks to confirm the change, with focus on the question.
    await page.locator(`[data-slot-id="${lapsed.id}"]`).click();
    const question = page.locator("#confirm-change-heading");
    await question.waitFor();
    expect(await visibleText(question)).toBe(
      `Change to ${clock(lapsed.localStart)} at Armley Neighbourhood Health Centre?`,
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm-change-heading");
    expect((await getSlot(db, tableName, lapsed.id))?.status).toBe("busy-tentative");
    const replaced = Object.fromEntries(await summaryPairs(page.locator("#replaced-summary")));
    expect(replaced["Booking reference"]).toBe(originalReference);
    await expectAccessible(page);

    // The hold lapses before he confirms: nothing changes, and he can choose again.
    expect(await releaseHold(db, tableName, lapsed.id, "patient-tom")).toBe(true);
    await page.getByRole("button", { name: "Change appointment" }).click();
    const refused = page.locator("#change-hold-expired");
    await refused.waitFor();
    expect(await visibleText(page.locator("#change-refused-heading"))).toBe(
      "The new time is no longer held for you. Your appointment has not changed: choose a time again.",
    );
    expect(await visibleText(page.locator("#appointment-kept"))).toContain(
      "You still have your appointment on",
    );
    expect((await getAppointment(db, tableName, originalId))?.status).toBe("booked");
    expect((await getSlot(db, tableName, first.id))?.appointmentId).toBe(originalId);
    // The times are shown again, the lapsed one among them.
    await page.locator(`#slot-sites [data-slot-id="${lapsed.id}"]`).waitFor();
    await expectAccessible(page);

    // He chooses another time and confirms: the appointment is changed in one step.
    await page.locator(`#slot-sites [data-slot-id="${second.id}"]`).click();
    await question.waitFor();
    expect(await visibleText(question)).toContain(clock(second.localStart));
    await page.getByRole("button", { name: "Change appointment" }).click();
    await page.locator("#changed-panel").waitFor();
    expect(await visibleText(page.locator("#changed-heading"))).toBe(
      "Your appointment has been changed",
    );
    const newReference = await visibleText(page.locator("#new-reference"));
    expect(newReference).toMatch(/^[A-Z2-9]{8}$/);
    expect(newReference).not.toBe(originalReference);
    expect(await visibleText(page.locator("#old-cancelled"))).toContain(
      `(booking reference ${originalReference}) is cancelled`,
    );
    const changed = Object.fromEntries(await summaryPairs(page.locator("#changed-summary")));
    expect(changed["Booking reference"]).toBe(newReference);
    expect(changed.When).toContain(clock(second.localStart));
    await expectAccessible(page);

    // In the store: the old time is free again, the new one booked.
    expect((await getSlot(db, tableName, first.id))?.status).toBe("free");
    expect((await getAppointment(db, tableName, originalId))?.status).toBe("cancelled");
    expect((await getSlot(db, tableName, second.id))?.status).toBe("busy");

    // Your appointments shows the new time as upcoming and the old one as cancelled.
    await page.getByRole("link", { name: "Go to your appointments" }).click();
    await page.waitForURL((url) => url.pathname === "/appointments/");
    const upcoming = page.locator("#upcoming", { hasText: newReference });
    await upcoming.waitFor();
    const newCard = page.locator("#upcoming [data-appointment-id]", { hasText: newReference });
    const newRows = Object.fromEntries(await summaryPairs(newCard));
    expect(newRows.When).toContain(clock(second.localStart));
    expect(newRows.Status).toBe("Booked");
    const oldCard = page.locator(`#past [data-appointment-id="${originalId}"]`);
    expect(Object.fromEntries(await summaryPairs(oldCard)).Status).toBe("Cancelled");
    expect(await page.locator(`#upcoming [data-appointment-id="${originalId}"]`).count()).toBe(0);
    await expectAccessible(page);

    // The replaced appointment cannot be changed again: the page says so and links back.
    await page.goto(`/appointments/change/?appointmentId=${encodeURIComponent(originalId)}`);
    const cannot = page.locator("#cannot-change");
    await cannot.waitFor();
    expect(await visibleText(cannot)).toMatch(
      /^This appointment cannot be changed: it is cancelled/,
    );
    expect(await page.locator("#change-content").isVisible()).toBe(false);
    await expectAccessible(page);

    // The message about the change is in the dev inbox.
    await page.goto("/dev/inbox/");
    const inbox = page.getByRole("region", { name: "Tom Whitaker" });
    const message = inbox.locator("[data-message-id]", { hasText: newReference });
    await message.waitFor();
    expect(await visibleText(message.locator("h3"))).toBe("Booking changed");
    expect(await visibleText(message)).toContain("Your appointment has changed");

    // At 320 pixels the change page and its confirm step fit without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/appointments/");
    await page.locator("#upcoming", { hasText: newReference }).waitFor();
    await expectNoHorizontalScroll(page);
    await newCard.getByRole("link", { name: /^Change appointment / }).click();
    await page.locator(`[data-slot-id="${first.id}"]`).waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByRole("link", { name: "Keep your appointment as it is" }).first().click();
    await page.waitForURL((url) => url.pathname === "/appointments/");
    await page.locator("#appointments-content").waitFor();

    // Tom may have one same-day appointment a day, and other files take him through the
    // same-day pages today: cancel this one, so the order the files run in does not matter.
    await newCard.getByRole("link", { name: /^Cancel/ }).click();
    await page.getByRole("radio", { name: "I no longer need it" }).check();
    await page.getByRole("button", { name: "Cancel appointment" }).click();
    await page.locator("#cancelled-panel").waitFor();
  });

  // Sixty more times at Armley, a minute apart, keep this test's times before midnight only
  // when the day has more than 90 minutes left (firstSlotLead says so).
  it.skipIf(firstSlotLead() !== 20)(
    "shows a busy practice's later times in place, focusing the first new one",
    async () => {
      const { page } = browser;
      const mine = todaySlot("site-armley", "icb-west-yorkshire", lead + 5, "mine-later");
      const many = Array.from({ length: 60 }, (_, index) =>
        todaySlot("site-armley", "icb-west-yorkshire", lead + 6 + index, `later-${index}`),
      );
      await publishSlots(db, tableName, [mine, ...many]);
      const held = await holdSlot(db, tableName, mine.id, "patient-tom", new Date());
      if (held.kind !== "held") throw new Error(held.kind);
      const booked = await confirmBooking(db, tableName, {
        slot: held.slot,
        appointmentId: randomUUID(),
        bookingReference: `LATER${run.slice(0, 3).toUpperCase()}`,
        patientId: "patient-tom",
        bookedBy: "patient",
        sameDay: true,
        now: new Date(),
        message: { id: randomUUID(), kind: "booking-confirmed", channels: [], text: "Booked" },
      });
      if (booked.kind !== "booked") throw new Error(booked.kind);
      try {
        await signInAs(
          page,
          "Tom Whitaker",
          `/appointments/change/?appointmentId=${booked.appointment.id}`,
        );
        await page.locator("#change-content").waitFor();
        const armley = page.locator('#slot-sites [data-site-id="site-armley"]');
        const times = armley.locator("[data-slot-id]");
        await times.first().waitFor();
        const shown = await times.evaluateAll((buttons) =>
          buttons.map((b) => b.getAttribute("data-slot-id")),
        );
        await armley.getByRole("button", { name: /^Show later times/ }).click();
        // The card is rebuilt with the later times after its own; focus is on the first new one.
        await page.waitForFunction(
          ([count]) =>
            document.querySelectorAll('#slot-sites [data-site-id="site-armley"] [data-slot-id]')
              .length > (count ?? 0),
          [shown.length],
        );
        const focused = await page.evaluate(() =>
          document.activeElement?.getAttribute("data-slot-id"),
        );
        expect(focused).toBeTruthy();
        expect(shown).not.toContain(focused);
        await expectAccessible(page);
        await expectNoHorizontalScroll(page);
      } finally {
        // Other files list Armley's soonest times today: take these sixty out of the way.
        await Promise.all(
          many.map((slot) => blockSlot(db, tableName, slot.id, "Test over", new Date())),
        );
        await cancelAppointment(db, tableName, {
          appointmentId: booked.appointment.id,
          reason: "Test over",
          now: new Date(),
          message: {
            id: randomUUID(),
            kind: "booking-cancelled-by-patient",
            channels: [],
            text: "x",
          },
        });
      }
    },
  );
});
