import type { AdviceSettingsBody } from "@front-door/contracts";
import { daysOfWeek, requestTypes } from "@front-door/domain";

/** The practice's online request settings form: names of its inputs and reading them back. */

export const weekdayWords: Record<(typeof daysOfWeek)[number], string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** What the form holds: a FormData's get and getAll, so it is tested without a page. */
export interface FormValues {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

const text = (values: FormValues, name: string) => values.get(name)?.toString().trim() ?? "";

/** A number field as typed; NaN when it is not a whole number (the API says what is wrong). */
function days(values: FormValues, name: string): number {
  const typed = text(values, name);
  return /^\d{1,3}$/.test(typed) ? Number(typed) : Number.NaN;
}

/** The settings to PUT, read from the form: a day with "closed" ticked has no hours. */
export function settingsFromForm(values: FormValues): AdviceSettingsBody {
  const openingHours = Object.fromEntries(
    daysOfWeek.map((day) => [
      day,
      values.get(`${day}-closed`)
        ? null
        : { opens: text(values, `${day}-opens`), closes: text(values, `${day}-closes`) },
    ]),
  ) as AdviceSettingsBody["openingHours"];
  const enabled = values.getAll("enabledTypes").map(String);
  return {
    openingHours,
    closedOnBankHolidays: values.get("closedOnBankHolidays") !== null,
    acceptWhenClosed: values.get("acceptWhenClosed") !== null,
    enabledTypes: requestTypes.filter((t) => enabled.includes(t)),
    nextStepWorkingDays: days(values, "nextStepWorkingDays"),
    replyWorkingDays: days(values, "replyWorkingDays"),
    patientReplyDays: days(values, "patientReplyDays"),
    closedMessage: values.get("closedMessage")?.toString() ?? "",
  };
}

/** The input an API error path is about ("openingHours.mon.closes" → "mon-closes"). */
export function settingsFieldId(path: string): string {
  const hours = /^openingHours\.(\w{3})(?:\.(opens|closes))?/.exec(path);
  if (hours) return `${hours[1]}-${hours[2] ?? "opens"}`;
  if (path.startsWith("enabledTypes")) return "enabledTypes";
  const top = path.split(".")[0] ?? "";
  return ["nextStepWorkingDays", "replyWorkingDays", "patientReplyDays", "closedMessage"].includes(
    top,
  )
    ? top
    : "mon-opens";
}
