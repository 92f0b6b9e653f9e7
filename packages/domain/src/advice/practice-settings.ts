import { InvalidInput } from "../errors.ts";
import {
  type DayOfWeek,
  daysOfWeek,
  isLocalTime,
  type LocalTime,
} from "../scheduling/london-time.ts";
import { type RequestType, requestTypes } from "./request-types.ts";

/** When online requests are taken on one weekday; null: not taken that day. */
export interface OpeningTimes {
  opens: LocalTime;
  closes: LocalTime;
}

export type WeeklyOpeningHours = Readonly<Record<DayOfWeek, OpeningTimes | null>>;

/** What a practice (one site) decides about its online requests. */
export interface PracticeSettings {
  openingHours: WeeklyOpeningHours;
  /** Bank holidays follow the England and Wales list; a practice may open on them. */
  closedOnBankHolidays: boolean;
  /** Whether a request sent while closed is still taken (to be read when it opens). */
  acceptWhenClosed: boolean;
  enabledTypes: readonly RequestType[];
  /** Working days to tell the patient what happens next (contract: 1). */
  nextStepWorkingDays: number;
  /** Working days to a reply (2 by default, editable). */
  replyWorkingDays: number;
  /** Days a request waits for the patient's reply before it closes itself. */
  patientReplyDays: number;
  /** The practice's own words on the closed page, shown as plain text. */
  closedMessage: string;
}

const weekday: OpeningTimes = { opens: "08:00", closes: "18:30" };

/** The GP contract's minimum (from 1 October 2025): weekdays 08:00–18:30. */
export const defaultPracticeSettings: PracticeSettings = {
  openingHours: {
    mon: weekday,
    tue: weekday,
    wed: weekday,
    thu: weekday,
    fri: weekday,
    sat: null,
    sun: null,
  },
  closedOnBankHolidays: true,
  acceptWhenClosed: false,
  enabledTypes: requestTypes,
  nextStepWorkingDays: 1,
  replyWorkingDays: 2,
  patientReplyDays: 14,
  closedMessage: "",
};

export const maxClosedMessageLength = 1_000;

/** Settings with every unset field taken from the defaults. */
export function practiceSettingsWithDefaults(
  saved: Partial<PracticeSettings> | undefined,
): PracticeSettings {
  return { ...defaultPracticeSettings, ...(saved ?? {}) };
}

/** Refuses settings a practice could not mean (a day closing before it opens, no types). */
export function checkPracticeSettings(settings: PracticeSettings): void {
  const fields: { path: string; message: string }[] = [];
  for (const day of daysOfWeek) {
    const times = settings.openingHours[day];
    if (times === null) continue;
    if (!isLocalTime(times.opens) || !isLocalTime(times.closes)) {
      fields.push({ path: `openingHours.${day}`, message: "Enter times like 08:00" });
    } else if (times.closes <= times.opens) {
      fields.push({
        path: `openingHours.${day}.closes`,
        message: "Closing time must be after opening time",
      });
    }
  }
  if (settings.enabledTypes.length === 0) {
    fields.push({ path: "enabledTypes", message: "Select at least one type of request" });
  }
  for (const [path, value, max] of [
    ["nextStepWorkingDays", settings.nextStepWorkingDays, 10],
    ["replyWorkingDays", settings.replyWorkingDays, 20],
    ["patientReplyDays", settings.patientReplyDays, 60],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > max) {
      fields.push({ path, message: `Enter a whole number of days from 1 to ${max}` });
    }
  }
  if (settings.closedMessage.length > maxClosedMessageLength) {
    fields.push({
      path: "closedMessage",
      message: `Message must be ${maxClosedMessageLength} characters or fewer`,
    });
  }
  if (fields.length > 0) throw new InvalidInput("Check the practice settings", fields);
}
