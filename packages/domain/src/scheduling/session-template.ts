// Type-only: erased at runtime, so domain never loads contracts (contracts imports domain).
import type { ServiceCode } from "@front-door/contracts";
import { type FieldProblem, InvalidInput } from "../errors.ts";
import {
  type DayOfWeek,
  daysOfWeek,
  isLocalTime,
  type LocalTime,
  localTimeFromMinutes,
  minutesOfDay,
} from "./london-time.ts";
import { type SlotChannel, slotChannels } from "./statuses.ts";

/**
 * A recurring clinic session at a site: which days, from when to when, how long each slot is,
 * and how many clinicians work it side by side. Publishing turns it into slots.
 */
export interface SessionTemplate {
  id: string;
  siteId: string;
  service: ServiceCode;
  daysOfWeek: DayOfWeek[];
  /** London wall-clock times, HH:MM; a session lies within one day. */
  startTime: LocalTime;
  endTime: LocalTime;
  slotMinutes: number;
  /** Clinicians on shift: each yields its own slot at every start time. */
  parallel: number;
  channel: SlotChannel;
  /** Kept for patients who need to be seen today; not offered before the day itself. */
  sameDayOnly: boolean;
}

export const sessionTemplateLimits = {
  slotMinutes: { min: 5, max: 120 },
  parallel: { min: 1, max: 20 },
} as const;

/** Ids become part of slot ids and keys: lower-case letters, digits and hyphens only. */
export const sessionIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

const endNotAfterStart = "The end time must be after the start time";

/**
 * The cross-field rules, one problem per field at most, so forms never show two messages.
 * Shape problems (a missing field, a number out of range) come first and stop the
 * cross-field checks that depend on them.
 *
 * Remainder policy: a session must divide into whole slots. A leftover (08:00–12:10 in
 * 15-minute slots) is refused with the two nearest end times that fit, rather than dropped
 * silently, because dropped minutes would make published capacity differ from the rota.
 */
export function sessionTemplateProblems(template: SessionTemplate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (!sessionIdPattern.test(template.id)) {
    add("id", "Template id must be lower-case letters, digits and hyphens");
  }
  if (!sessionIdPattern.test(template.siteId)) {
    add("siteId", "Site id must be lower-case letters, digits and hyphens");
  }
  if (!slotChannels.includes(template.channel)) {
    add("channel", "Choose in person, telephone or video");
  }
  const days = template.daysOfWeek;
  if (days.length === 0) add("daysOfWeek", "Choose at least one day of the week");
  else if (days.some((day) => !daysOfWeek.includes(day))) {
    add("daysOfWeek", "Choose days from Monday to Sunday");
  } else if (new Set(days).size !== days.length) {
    add("daysOfWeek", "Choose each day of the week once");
  }

  const { slotMinutes: length, parallel } = sessionTemplateLimits;
  const slotMinutesOk = inRange(template.slotMinutes, length.min, length.max);
  if (!slotMinutesOk) {
    add(
      "slotMinutes",
      `Slot length must be a whole number of minutes from ${length.min} to ${length.max}`,
    );
  }
  if (!inRange(template.parallel, parallel.min, parallel.max)) {
    add(
      "parallel",
      `Clinicians on shift must be a whole number from ${parallel.min} to ${parallel.max}`,
    );
  }
  const startOk = isLocalTime(template.startTime);
  const endOk = isLocalTime(template.endTime);
  if (!startOk) add("startTime", "Enter a start time like 08:00");
  if (!endOk) add("endTime", "Enter an end time like 18:30");

  if (startOk && endOk && slotMinutesOk) {
    const endProblem = sessionEndTimeProblem(template);
    if (endProblem) add("endTime", endProblem);
  } else if (
    startOk &&
    endOk &&
    minutesOfDay(template.endTime) <= minutesOfDay(template.startTime)
  ) {
    add("endTime", endNotAfterStart);
  }
  return problems;
}

/**
 * The end time's cross-field problem, if any, for well-formed times and slot length: it must
 * be after the start and leave no remainder. Shared with the API contract so a form and the
 * domain say the same thing.
 */
export function sessionEndTimeProblem(
  session: Pick<SessionTemplate, "startTime" | "endTime" | "slotMinutes">,
): string | undefined {
  const start = minutesOfDay(session.startTime);
  const end = minutesOfDay(session.endTime);
  if (end <= start) return endNotAfterStart;
  return (end - start) % session.slotMinutes === 0
    ? undefined
    : remainderMessage(start, end, session.slotMinutes);
}

/** Throws InvalidInput listing every field problem; returns the template when it is sound. */
export function validateSessionTemplate(template: SessionTemplate): SessionTemplate {
  const problems = sessionTemplateProblems(template);
  if (problems.length > 0) {
    throw new InvalidInput(`Session template ${template.id} is not valid`, problems);
  }
  return template;
}

/** Start times (minutes after midnight) of the slots one clinician works in a session. */
export function slotStartMinutes(template: SessionTemplate): number[] {
  const starts: number[] = [];
  const end = minutesOfDay(template.endTime);
  for (
    let start = minutesOfDay(template.startTime);
    start + template.slotMinutes <= end;
    start += template.slotMinutes
  ) {
    starts.push(start);
  }
  return starts;
}

function remainderMessage(start: number, end: number, slotMinutes: number): string {
  const whole = Math.floor((end - start) / slotMinutes);
  const earlier = start + whole * slotMinutes;
  const later = earlier + slotMinutes;
  const fits = [earlier, later]
    .filter((minutes) => minutes > start && minutes < 24 * 60)
    .map(localTimeFromMinutes);
  const leftover = end - earlier;
  const suggestion = fits.length > 0 ? `: end at ${fits.join(" or ")}` : "";
  return `The session does not divide into ${slotMinutes}-minute slots (${leftover} minutes left over)${suggestion}`;
}

function inRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
