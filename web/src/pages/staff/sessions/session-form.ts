import { DayOfWeek, type SessionTemplate, type SlotChannel } from "@front-door/contracts";
import { formatClockTime } from "../../../lib/format.ts";

/** The session form's field ids, and the API paths they answer for. Pure, so it is unit tested. */

export const dayChoices: { value: DayOfWeek; label: string }[] = [
  { value: "mon", label: "Monday" },
  { value: "tue", label: "Tuesday" },
  { value: "wed", label: "Wednesday" },
  { value: "thu", label: "Thursday" },
  { value: "fri", label: "Friday" },
  { value: "sat", label: "Saturday" },
  { value: "sun", label: "Sunday" },
];

export const channelChoices: { value: SlotChannel; label: string }[] = [
  { value: "in-person", label: "In person" },
  { value: "telephone", label: "Telephone" },
  { value: "video", label: "Video" },
];

export const dayFieldId = (day: DayOfWeek) => `day-${day}`;
export const channelFieldId = (channel: SlotChannel) => `channel-${channel}`;

const fieldIds: Record<string, string> = {
  service: "service",
  daysOfWeek: dayFieldId("mon"),
  startTime: "start-time",
  endTime: "end-time",
  slotMinutes: "slot-minutes",
  parallel: "parallel",
  channel: channelFieldId("in-person"),
  sameDayOnly: "same-day-only",
  templateId: "service",
};

/** "daysOfWeek.2" and "daysOfWeek" both point at the first day checkbox. */
export function sessionFieldId(path: string): string {
  return fieldIds[path.split(".")[0] ?? ""] ?? "service";
}

/** The API's "from"/"to" errors point at that date's day box. */
export const publishFieldId = (path: string) =>
  path === "to" ? "publish-to-day" : "publish-from-day";

/**
 * What publishing did, in words that cannot contradict themselves: slots created now and slots
 * that were there before are counted apart.
 */
export function publishedMessage(created: number, alreadyPublished: number): string {
  const slots = (n: number) => `${n} ${n === 1 ? "slot" : "slots"}`;
  if (created === 0 && alreadyPublished === 0) {
    return "No slots to publish: your sessions do not run on these dates";
  }
  if (created === 0) {
    return `Nothing new to publish: all ${slots(alreadyPublished)} for these dates were already published`;
  }
  if (alreadyPublished === 0) return `Published ${slots(created)}`;
  return `Published ${slots(created)}. ${slots(alreadyPublished)} were already published and stay as they were`;
}

/** What the form holds, as typed. */
export interface SessionFormValues {
  service: string;
  days: string[];
  startTime: string;
  endTime: string;
  slotMinutes: string;
  parallel: string;
  channel: string | undefined;
  sameDayOnly: boolean;
}

/**
 * A whole number stays a number; anything else goes to the API as typed, so its one message
 * for the field ("Slot length must be a whole number of minutes from 5 to 120") is the one shown.
 */
function wholeNumberOrText(typed: string): number | string {
  const trimmed = typed.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The body for PUT /api/staff/templates/{id}: the API checks it, the form does not guess. */
export function sessionTemplateBody(values: SessionFormValues): Record<string, unknown> {
  return {
    service: values.service,
    daysOfWeek: values.days,
    startTime: values.startTime.trim(),
    endTime: values.endTime.trim(),
    slotMinutes: wholeNumberOrText(values.slotMinutes),
    parallel: wholeNumberOrText(values.parallel),
    ...(values.channel ? { channel: values.channel } : {}),
    sameDayOnly: values.sameDayOnly,
  };
}

/** A new template's id: readable in keys and logs, unique enough for one site's templates. */
export function newTemplateId(service: string, startTime: string, random: string): string {
  const time = startTime.replace(/\D/g, "").slice(0, 4);
  const base = `${service}-${time || "session"}-${random}`.toLowerCase().replace(/[^a-z0-9-]/g, "");
  return base.slice(0, 64);
}

/** "Monday to Friday", "Monday, Wednesday and Friday", "Saturday". */
export function describeDays(days: readonly DayOfWeek[]): string {
  const order = dayChoices.map((d) => d.value);
  const sorted = [...days].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const indexes = sorted.map((d) => order.indexOf(d));
  const label = (d: DayOfWeek) => dayChoices.find((c) => c.value === d)?.label ?? d;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const consecutive = indexes.every((v, i) => i === 0 || v === (indexes[i - 1] ?? -2) + 1);
  if (first && last && sorted.length >= 3 && consecutive)
    return `${label(first)} to ${label(last)}`;
  const labels = sorted.map(label);
  return labels.length <= 1
    ? (labels[0] ?? "")
    : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/** "8am to 12:30pm": a session's times in NHS style (the form and the API keep "08:00"). */
export function sessionTimes(template: Pick<SessionTemplate, "startTime" | "endTime">): string {
  return `${formatClockTime(template.startTime)} to ${formatClockTime(template.endTime)}`;
}

/** The summary list rows for one template. */
export function templateRows(
  template: SessionTemplate,
  serviceName: (code: string) => string,
): { key: string; value: string }[] {
  return [
    { key: "Service", value: serviceName(template.service) },
    { key: "Days", value: describeDays(template.daysOfWeek) },
    { key: "Times", value: sessionTimes(template) },
    { key: "Slot length", value: `${template.slotMinutes} minutes` },
    { key: "Clinicians on shift", value: String(template.parallel) },
    {
      key: "Channel",
      value: channelChoices.find((c) => c.value === template.channel)?.label ?? template.channel,
    },
    {
      key: "Same-day only",
      value: template.sameDayOnly ? "Yes, kept for same-day appointments" : "No, bookable ahead",
    },
  ];
}

export const isDay = (value: string): value is DayOfWeek => DayOfWeek.safeParse(value).success;
