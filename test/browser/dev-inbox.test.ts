import { randomUUID } from "node:crypto";
import {
  confirmBooking,
  createDocumentClient,
  createDynamoDbClient,
  holdSlot,
  type NewSlot,
  publishSlots,
} from "@front-door/store";
import { request } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import {
  expectNoHorizontalScroll,
  summaryPairs,
  useBrowser,
  visibleText,
} from "./support/browser.ts";

const browser = useBrowser();
const run = randomUUID().slice(0, 8);
const text = `Your appointment at Armley is booked (${run}).`;

/**
 * Through the real store, as the booking journey would: Tom books a slot on a summer morning in
 * 2030 (far from any date the dashboard test counts), and the booking writes his message. BST,
 * so the page must show 8:05am for 07:05 UTC.
 */
async function arrange(): Promise<void> {
  process.env.AWS_REGION ??= "eu-west-2";
  process.env.AWS_ACCESS_KEY_ID ??= "local";
  process.env.AWS_SECRET_ACCESS_KEY ??= "local";
  const client = createDynamoDbClient({
    endpoint: inject("dynamodbEndpoint"),
    region: "eu-west-2",
  });
  const db = createDocumentClient(client);
  const tableName = inject("tableName");
  const slot: NewSlot = {
    id: `site-armley_2030-07-15_09:00_same-day-gp_${run}`,
    siteId: "site-armley",
    icbId: "icb-west-yorkshire",
    service: "same-day-gp",
    channel: "in-person",
    start: "2030-07-15T08:00:00.000Z",
    end: "2030-07-15T08:15:00.000Z",
    localDate: "2030-07-15",
    localStart: "09:00",
    sameDayOnly: true,
    templateId: `dev-inbox-test-${run}`,
  };
  await publishSlots(db, tableName, [slot]);
  const now = new Date("2030-07-15T07:05:00.000Z");
  const held = await holdSlot(db, tableName, slot.id, "patient-tom", now);
  if (held.kind !== "held") throw new Error(`hold failed: ${held.kind}`);
  const booked = await confirmBooking(db, tableName, {
    slot: held.slot,
    appointmentId: `appt-inbox-${run}`,
    bookingReference: `IN${run}`.toUpperCase(),
    patientId: "patient-tom",
    bookedBy: "patient",
    sameDay: true,
    now,
    message: { id: `msg-inbox-${run}`, kind: "booking-confirmed", channels: ["email"], text },
  });
  if (booked.kind !== "booked") throw new Error(`booking failed: ${booked.kind}`);
  client.destroy();
}

beforeAll(arrange);

describe("the local dev inbox", () => {
  it("shows Tom's booking message under Tom, with when, how, status and text", async () => {
    const { page } = browser;
    await page.goto("/dev/inbox/");
    expect(await visibleText(page.locator("h1"))).toBe("Messages sent (local only)");
    const tom = page.getByRole("region", { name: "Tom Whitaker" });
    const card = tom.locator(`[data-message-id="msg-inbox-${run}"]`);
    await card.waitFor();
    // The profile test may give Tom a mobile at any moment: his email is what stays put.
    const contact = await summaryPairs(tom.locator(":scope > .nhsuk-summary-list"));
    expect(contact.map(([key]) => key)).toEqual(["Texts go to", "Emails go to"]);
    expect(contact[1]).toEqual(["Emails go to", "tom.whitaker@example.com"]);
    expect(await visibleText(card.locator("h3"))).toBe("Booking confirmed");
    // The runner's delivery (on the table's stream, simulated sender) marks it sent by email:
    // reload until it has, as someone watching the inbox would.
    await expect
      .poll(
        async () => {
          await page.reload();
          await card.waitFor();
          return summaryPairs(card);
        },
        { timeout: 20_000 },
      )
      .toEqual([
        ["When", "15 July 2030 at 8:05am"],
        ["How", "Email"],
        ["Status", "Sent (email)"],
        ["Message", text],
      ]);
    // Newest first: a 2030 message is the newest anything in this run sends Tom.
    expect(await tom.locator("[data-message-id]").first().getAttribute("data-message-id")).toBe(
      `msg-inbox-${run}`,
    );
    // Only Tom was sent it.
    expect(await page.locator(`[data-message-id="msg-inbox-${run}"]`).count()).toBe(1);
    await expectAccessible(page);
  });

  it("shows an empty state for each demo patient nothing was sent to", async () => {
    const http = await request.newContext({ baseURL: inject("baseUrl") });
    const { inboxes } = (await (await http.get("/api/dev/inbox")).json()) as {
      inboxes: { user: { displayName: string }; messages: unknown[] }[];
    };
    await http.dispose();
    const { page } = browser;
    await page.goto("/dev/inbox/");
    await page.locator("section[data-patient-id]").first().waitFor();
    expect(await page.locator("section[data-patient-id] h2").allInnerTexts()).toEqual([
      "Amira Hussain",
      "Tom Whitaker",
      "Edith Clarke",
    ]);
    for (const inbox of inboxes) {
      const section = page.getByRole("region", { name: inbox.user.displayName });
      const first = inbox.user.displayName.split(" ")[0];
      const empty = section.getByText(`Nothing sent to ${first} yet.`);
      // Other files share the runner, so whoever has messages is read from the API first.
      expect(await empty.count()).toBe(inbox.messages.length ? 0 : 1);
    }
  });

  it("is linked from the sign-in page", async () => {
    const { page } = browser;
    await page.goto("/sign-in/");
    await page.getByRole("link", { name: "See the messages sent to demo patients" }).click();
    await page.waitForURL("**/dev/inbox/");
    await page.locator("section[data-patient-id]").first().waitFor();
  });
});

describe("the local dev inbox at 320 pixels wide", () => {
  const narrow = useBrowser({ viewport: { width: 320, height: 640 } });

  it("reflows without scrolling sideways and stays accessible", async () => {
    const { page } = narrow;
    await page.goto("/dev/inbox/");
    await page.locator(`[data-message-id="msg-inbox-${run}"]`).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});
