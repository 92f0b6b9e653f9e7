import { toLondon } from "@front-door/domain";
import type { NewSlot } from "@front-door/store";
import type { Page } from "playwright-core";

/**
 * Minutes ahead of now for today's first slot. Normally 20, as a patient would see them; after
 * 22:30 London time a slot 20 to 90 minutes ahead may fall after midnight (another day, so not
 * same-day), so the slots are packed as close to now as still bookable: 11 minutes ahead.
 */
export function firstSlotLead(now = new Date()): number {
  return minutesToLondonMidnight(now) > 90 ? 20 : 11;
}

/** The tests place their slots up to this many minutes after the first slot's lead. */
const laterSpanMinutes = 45;

/**
 * How much the tests' minutes after the lead are squeezed to keep every slot today: 1 while the
 * day has room, less late in the evening (a time 40 minutes on at 23:15 would be tomorrow's).
 * Times five minutes apart stay at least two whole minutes apart, so their order holds.
 */
function laterScale(now = new Date()): number {
  const room = minutesToLondonMidnight(now) - firstSlotLead(now) - 3;
  return Math.min(1, room / laterSpanMinutes);
}

/**
 * Whether today has room for the same-day tests' times (about 35 minutes before midnight);
 * later than that they are skipped, as no same-day time could be offered in that order.
 */
export function sameDayTimesFitToday(now = new Date()): boolean {
  return laterScale(now) >= 0.4;
}

function minutesToLondonMidnight(now: Date): number {
  const [hours, minutes] = toLondon(now).time.split(":").map(Number);
  return 24 * 60 - ((hours ?? 0) * 60 + (minutes ?? 0));
}

/**
 * Same-day GP slots today for one test file: `todaySlot(...)` is one `minutesAhead` from now
 * (the first slot's lead plus the test's minutes after it, squeezed late in the evening), on a
 * whole minute, its id unique to the file's `run`.
 */
export function todaySlots(run: string) {
  const lead = firstSlotLead();
  const scale = laterScale();
  return function todaySlot(
    siteId: string,
    icbId: string,
    minutesAhead: number,
    tag: string,
    channel: NewSlot["channel"] = "in-person",
  ): NewSlot {
    const ahead = minutesAhead <= lead ? minutesAhead : lead + (minutesAhead - lead) * scale;
    const start = new Date(Math.ceil((Date.now() + ahead * 60_000) / 60_000) * 60_000);
    const end = new Date(start.getTime() + 10 * 60_000);
    const local = toLondon(start);
    return {
      id: `${siteId}_same-day-gp_${local.date}_${local.time.replace(":", "")}_${tag}_${run}`,
      siteId,
      icbId,
      service: "same-day-gp",
      channel,
      start: start.toISOString(),
      end: end.toISOString(),
      localDate: local.date,
      localStart: local.time,
      sameDayOnly: true,
      templateId: `same-day-test-${run}`,
    };
  };
}

/** 09:05 → "9:05am", as the pages show London times. */
export function clock(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  const suffix = h < 12 ? "am" : "pm";
  const hour = h % 12 === 0 ? 12 : h % 12;
  if (m === 0 && h === 12) return "midday";
  return `${hour}${m === 0 ? "" : `:${String(m).padStart(2, "0")}`}${suffix}`;
}

/**
 * Answers the triage steps for an adult: "Me", then the emergency signs. With none in `yes`,
 * "None of these" and on to the problem, left ready to send; otherwise those signs are ticked,
 * left for the caller to send with Continue.
 */
export async function answerTriage(page: Page, yes: string[] = []): Promise<void> {
  await page.locator("#triage-form").waitFor();
  await page.getByRole("radio", { name: "Me", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const signs = page.getByRole("group", { name: "Do you have any of these?" });
  await signs.waitFor();
  for (const id of yes) await page.locator(`#q-${id}`).check();
  if (yes.length) return;
  await signs.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("What is the problem?").fill("Sore ear for 2 days");
  await page.getByRole("radio", { name: "1 to 3 days" }).check();
}
