import type { ServiceCode } from "@front-door/contracts";
import { type FieldProblem, InvalidInput } from "../errors.ts";
import {
  addDays,
  dayOfWeek,
  daysBetween,
  isLocalDate,
  type LocalDate,
  type LocalTime,
  localTimeFromMinutes,
  resolveLondonTime,
  steadyUtcOffsetMinutes,
  toLondon,
} from "./london-time.ts";
import {
  type SessionTemplate,
  slotStartMinutes,
  validateSessionTemplate,
} from "./session-template.ts";
import type { SlotChannel } from "./statuses.ts";

/** At most 8 weeks per publish: a bounded write, and rotas rarely hold further ahead. */
export const maxPublishDays = 56;

/** A slot as publishing makes it, before the store adds its status and ICB. */
export interface PublishedSlot {
  /** Deterministic: the same template and day always give the same id. */
  id: string;
  templateId: string;
  siteId: string;
  service: ServiceCode;
  channel: SlotChannel;
  sameDayOnly: boolean;
  /** 1 to the template's `parallel`: which clinician's column of the session. */
  parallelIndex: number;
  /** UTC instants, ISO 8601. */
  start: string;
  end: string;
  /** London wall clock: what people read and what the day list and counts are keyed by. */
  localDate: LocalDate;
  localStart: LocalTime;
  localEnd: LocalTime;
}

/**
 * The slot id from what makes a slot unique in the world: site, service, channel, London date
 * and start time, and clinician column. Readable on purpose (it shows up in logs and keys);
 * ids never contain "_" in their parts, so the parts cannot run into each other.
 */
export function slotId(parts: {
  siteId: string;
  service: ServiceCode;
  channel: SlotChannel;
  localDate: LocalDate;
  localStart: LocalTime;
  parallelIndex: number;
}): string {
  const date = parts.localDate.replaceAll("-", "");
  const time = parts.localStart.replace(":", "");
  return `${parts.siteId}_${parts.service}_${parts.channel}_${date}_${time}_${parts.parallelIndex}`;
}

/**
 * The site a slot id names: its first part (see slotId). Only a guess for an id from a
 * request: "" when there is none, and the slot's own record says where it really is.
 */
export function siteIdOfSlotId(id: string): string {
  return id.split("_")[0] ?? "";
}

/** The from/to problems of a publish request (inclusive London dates), for forms and errors. */
export function publishRangeProblems(from: LocalDate, to: LocalDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fromOk = isLocalDate(from);
  const toOk = isLocalDate(to);
  if (!fromOk) problems.push({ path: "from", message: "Enter a start date like 2026-03-30" });
  if (!toOk) problems.push({ path: "to", message: "Enter an end date like 2026-04-05" });
  if (fromOk && toOk) {
    const days = daysBetween(from, to) + 1;
    if (days < 1) {
      problems.push({
        path: "to",
        message: "The end date must be the same as or after the start date",
      });
    } else if (days > maxPublishDays) {
      problems.push({
        path: "to",
        message: `Publish at most ${maxPublishDays / 7} weeks at a time (${maxPublishDays} days); this range is ${days} days`,
      });
    }
  }
  return problems;
}

/**
 * Every slot the templates yield from `fromDate` to `toDate` inclusive (London dates), in
 * start order. Slots are laid out on the wall clock, so a session 08:00–20:00 has the same
 * slots on the clock-change Sundays as on any other day. A slot whose start the clocks skip
 * (01:00–01:59 on the spring Sunday) is not published; in the repeated autumn hour a slot
 * starts at the first occurrence. A slot lasts its length in real time.
 *
 * Throws InvalidInput (fields "from"/"to", or "templates.N.field") for a bad range or template,
 * and when two templates would publish the same slot id (overlapping sessions).
 */
export function slotsForRange(
  templates: readonly SessionTemplate[],
  fromDate: LocalDate,
  toDate: LocalDate,
): PublishedSlot[] {
  const rangeProblems = publishRangeProblems(fromDate, toDate);
  if (rangeProblems.length > 0) {
    throw new InvalidInput("The dates to publish are not valid", rangeProblems);
  }
  templates.forEach((template, index) => {
    try {
      validateSessionTemplate(template);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      const fields = (error.fields ?? []).map((f) => ({
        ...f,
        path: `templates.${index}.${f.path}`,
      }));
      throw new InvalidInput(error.message, fields);
    }
  });

  const slots: PublishedSlot[] = [];
  const days = daysBetween(fromDate, toDate) + 1;
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(fromDate, offset);
    const weekday = dayOfWeek(date);
    for (const template of templates) {
      if (template.daysOfWeek.includes(weekday)) slots.push(...slotsOnDay(template, date));
    }
  }
  refuseDuplicates(slots);
  // Plain code-unit order: ISO instants and ids are ASCII, and localeCompare is slow at 100k.
  return slots.sort((a, b) => compareText(a.start, b.start) || compareText(a.id, b.id));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function slotsOnDay(template: SessionTemplate, date: LocalDate): PublishedSlot[] {
  const slots: PublishedSlot[] = [];
  // Most days have one offset all day: plain arithmetic, no Intl call per slot.
  const steadyOffset = steadyUtcOffsetMinutes(date);
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  for (const minutes of slotStartMinutes(template)) {
    const localStart = localTimeFromMinutes(minutes);
    let start: Date;
    let localEnd: LocalTime;
    if (steadyOffset !== undefined) {
      start = new Date(midnightUtc + (minutes - steadyOffset) * 60_000);
      localEnd = localTimeFromMinutes(minutes + template.slotMinutes);
    } else {
      const resolved = resolveLondonTime(date, localStart);
      if (resolved.kind === "non-existent") continue;
      start = resolved.instant;
      localEnd = toLondon(new Date(start.getTime() + template.slotMinutes * 60_000)).time;
    }
    const end = new Date(start.getTime() + template.slotMinutes * 60_000).toISOString();
    const base = {
      templateId: template.id,
      siteId: template.siteId,
      service: template.service,
      channel: template.channel,
      sameDayOnly: template.sameDayOnly,
      start: start.toISOString(),
      end,
      localDate: date,
      localStart,
      localEnd,
    };
    // Only the clinician column differs between parallel slots: build the id's prefix once.
    const idPrefix = slotId({ ...base, parallelIndex: 0 }).slice(0, -1);
    for (let parallelIndex = 1; parallelIndex <= template.parallel; parallelIndex++) {
      slots.push({ ...base, id: `${idPrefix}${parallelIndex}`, parallelIndex });
    }
  }
  return slots;
}

function refuseDuplicates(slots: readonly PublishedSlot[]): void {
  const seen = new Map<string, string>();
  for (const slot of slots) {
    const other = seen.get(slot.id);
    if (other !== undefined) {
      const message = `Session templates ${other} and ${slot.templateId} overlap: both publish ${slot.localStart} on ${slot.localDate}. Change one of them.`;
      throw new InvalidInput(message, [{ path: "templates", message }]);
    }
    seen.set(slot.id, slot.templateId);
  }
}
