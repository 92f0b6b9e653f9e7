import { randomUUID } from "node:crypto";
import { holdSlot, type NewSlot, publishSlots } from "@front-door/store";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { expectNoHorizontalScroll, signInAs, useBrowser, visibleText } from "./support/browser.ts";
import { expectCount, expectText, londonDate, storeForTests } from "./support/staff-arrange.ts";

/** A receptionist's phone at the desk: 320 CSS pixels. */
const browser = useBrowser({ viewport: { width: 320, height: 800 } });
const run = randomUUID().slice(0, 8);

const londonClock = (instant: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);

/** The UTC instant of a London wall-clock time today, worked out here, not by the page's code. */
function londonInstant(date: string, hhmm: string): Date {
  const guess = new Date(`${date}T${hhmm}:00.000Z`);
  const [h = 0, m = 0] = londonClock(guess).split(":").map(Number);
  const [wantH = 0, wantM = 0] = hhmm.split(":").map(Number);
  return new Date(guess.getTime() - ((h - wantH) * 60 + (m - wantM)) * 60_000);
}

/**
 * Today at York's Clifton centre, video: one slot at midnight, long over (unless this runs in the
 * first five minutes of the day), and two in the last quarter of an hour, still to come (unless
 * it runs in the last minutes): one held by a patient part way through booking, one free.
 */
function todaysSlots(date: string): NewSlot[] {
  return [
    ["00:00", "00:05"],
    ["23:45", "23:50"],
    ["23:50", "23:55"],
  ].map(([from = "", to = ""]) => ({
    id: `site-york-clifton_same-day-gp_${date}_${from.replace(":", "")}_now-${run}`,
    siteId: "site-york-clifton",
    icbId: "icb-humber-north-yorkshire",
    service: "same-day-gp",
    channel: "video",
    start: londonInstant(date, from).toISOString(),
    end: londonInstant(date, to).toISOString(),
    localDate: date,
    localStart: from,
    sameDayOnly: true,
    templateId: `staff-now-test-${run}`,
  }));
}

const counted = (summary: string) => {
  const match =
    /^(\d+) slots?: (\d+) free, (\d+) booked, (\d+) held, (\d+) blocked(?:, (\d+) entered in error)?$/.exec(
      summary,
    );
  expect(match, summary).not.toBeNull();
  const [total = 0, ...parts] = (match ?? []).slice(1).map((n) => Number(n ?? 0));
  return { total, parts, held: parts[2] ?? 0 };
};

const ownRow = (page: Page, rows: string, time: string) =>
  page.locator(rows, { hasText: time }).filter({ hasText: "Video" });

/** The rows still to come today: the next two hours', and the rest of the day's once opened. */
const toCome = "#day-table tbody tr, #day-table-later tbody tr";

describe("today's day list", () => {
  it("opens at now, folds away what is over, and counts every slot once, held ones included", async () => {
    const { page } = browser;
    const today = londonDate(new Date());
    const { client, db, tableName } = storeForTests();
    const slots = todaysSlots(today);
    await publishSlots(db, tableName, slots);
    const held = await holdSlot(
      db,
      tableName,
      slots[1]?.id ?? "",
      `patient-now-${run}`,
      new Date(),
    );
    expect(held.kind).toBe("held");
    client.destroy();

    await signInAs(page, "Gareth Mills", "/staff/day/");
    await page.locator("#day-count").waitFor();

    // The count adds up, and the parts are the rows the page shows.
    const {
      total,
      parts,
      held: heldCount,
    } = counted(await visibleText(page.locator("#day-count")));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(heldCount).toBeGreaterThanOrEqual(1);
    // What is over is folded away under "Earlier today (N)", closed, and not drawn until opened.
    const earlier = page.locator("#earlier-today");
    expect(await earlier.getAttribute("open")).toBeNull();
    const folded = /^Earlier today \((\d+)\)$/.exec(await visibleText(earlier.locator("summary")));
    expect(folded).not.toBeNull();
    const earlierRows = Number(folded?.[1]);
    await expectCount(page.locator("#day-table-earlier"), 0);
    // So is the rest of the day after the next two hours (unless this runs late in the evening).
    const laterToday = page.locator("#later-today");
    let laterRows = 0;
    if ((await laterToday.count()) > 0) {
      expect(await laterToday.getAttribute("open")).toBeNull();
      const rest = /^Later today \((\d+)\)$/.exec(await visibleText(laterToday.locator("summary")));
      expect(rest).not.toBeNull();
      laterRows = Number(rest?.[1]);
      await expectCount(page.locator("#day-table-later"), 0);
    }
    const soonRows = await page.locator("#day-table tbody tr").count();
    expect(soonRows).toBeGreaterThan(0);
    expect(earlierRows + soonRows + laterRows).toBe(total);

    // "Now", then what is to come: the held slot says so, the free one can be booked or blocked.
    expect(await visibleText(page.locator("#now-marker"))).toMatch(
      /^Now: (\d{1,2}(:\d\d)?(am|pm)|midday|midnight)$/,
    );
    if (laterRows > 0) {
      await laterToday.locator("summary").click();
      await expectCount(page.locator("#day-table-later tbody tr"), laterRows);
    }
    const heldRow = ownRow(page, toCome, "11:45pm to 11:50pm");
    await heldRow.scrollIntoViewIfNeeded();
    await expectText(heldRow, "Held");
    const free = ownRow(page, toCome, "11:50pm to 11:55pm");
    await free.getByRole("button", { name: "Book for a patient at 11:50pm" }).waitFor();
    await free.getByRole("button", { name: "Block at 11:50pm" }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);

    // Opened, the earlier slots are drawn: the midnight one is there, free, with nothing to
    // press: it is over.
    await earlier.locator("summary").click();
    await expectCount(page.locator("#day-table-earlier tbody tr"), earlierRows);
    const midnight = ownRow(page, "#day-table-earlier tbody tr", "midnight to 12:05am");
    await midnight.scrollIntoViewIfNeeded();
    await expectText(midnight, "Free");
    await expectCount(midnight.getByRole("button"), 0);
    await expectCount(
      page
        .locator("#day-table-earlier")
        .getByRole("button", { name: /^(Book for a patient|Block) / }),
      0,
    );

    // Stacked at 320 px, each row's label ("Patient", "Reference") stays on one line.
    const labels = await page.evaluate(() => {
      const measured = [
        ...document.querySelectorAll<HTMLElement>("#day-table .nhsuk-table__heading"),
      ]
        .map((label) => {
          // One line box per line the text is laid out on: "Patie" / "nt" would be two.
          const range = document.createRange();
          range.selectNodeContents(label);
          const rects = [...range.getClientRects()];
          return {
            text: label.textContent,
            lines: new Set(rects.map((r) => Math.round(r.top))).size,
          };
        })
        .filter((label) => label.lines > 0);
      return {
        count: measured.length,
        broken: measured.filter((l) => l.lines > 1).map((l) => l.text),
      };
    });
    expect(labels.count).toBeGreaterThanOrEqual(5);
    expect(labels.broken).toEqual([]);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});
