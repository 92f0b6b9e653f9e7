import { type OpeningHours, type SiteKind, type Weekday, weekdays } from "@front-door/contracts";

/** "9990000018" → "999 000 0018", the 3-3-4 grouping people see on NHS letters. */
export function formatNhsNumber(nhsNumber: string): string {
  const digits = nhsNumber.replace(/\D/g, "");
  if (digits.length !== 10) return nhsNumber;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "1957-03-14" → "14 March 1957" (NHS style), without depending on the browser's locale. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

const weekdaysFromSunday = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

/**
 * "2026-12-09" → "Wednesday 9 December": a day heading for times to choose from, where the
 * year goes without saying. A calendar date, so the same in any time zone.
 */
export function formatWeekdayDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const day = match ? new Date(`${isoDate}T00:00:00Z`) : undefined;
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !day || Number.isNaN(day.getTime()) || !month) return isoDate;
  return `${weekdaysFromSunday[day.getUTCDay()]} ${Number(match[3])} ${month}`;
}

function roundDistance(value: number): string {
  return value < 10 ? value.toFixed(1).replace(/\.0$/, "") : String(Math.round(value));
}

/** "1.2 miles (1.9 km)": miles first, as NHS pages do, with kilometres for those who think in them. */
export function formatDistance(distance: { km: number; miles: number }): string {
  const miles = roundDistance(distance.miles);
  return `${miles} ${miles === "1" ? "mile" : "miles"} (${roundDistance(distance.km)} km)`;
}

/** "08:00" → "8am", "18:30" → "6:30pm", "12:00" → "midday", "00:00" → "midnight" (NHS style). */
export function formatClockTime(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  const minutes = match[2];
  if (minutes === "00" && hours === 12) return "midday";
  if (minutes === "00" && (hours === 0 || hours === 24)) return "midnight";
  const suffix = hours < 12 ? "am" : "pm";
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes === "00" ? "" : `:${minutes}`}${suffix}`;
}

export const weekdayNames: Record<Weekday, string> = {
  monday: "Monday",
  tuesday: "Tuesday",
  wednesday: "Wednesday",
  thursday: "Thursday",
  friday: "Friday",
  saturday: "Saturday",
  sunday: "Sunday",
};

/** One row per day, Monday first; a day with no hours is shown as closed, not left out. */
export function openingHoursRows(hours: readonly OpeningHours[]): { day: string; hours: string }[] {
  return weekdays.map((day) => {
    const sessions = hours
      .filter((h) => h.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens));
    return {
      day: weekdayNames[day],
      hours: sessions.length
        ? sessions
            .map((s) => `${formatClockTime(s.opens)} to ${formatClockTime(s.closes)}`)
            .join(", ")
        : "Closed",
    };
  });
}

export const siteKindLabels: Record<SiteKind, string> = {
  "neighbourhood-health-centre": "Neighbourhood health centre",
  "community-diagnostic-centre": "Community diagnostic centre",
};

/**
 * "+447700900123" (how the API stores mobiles) → "07700 900123" (how people write them).
 * Anything that is not a UK mobile in E.164 is shown as it was saved.
 */
export function formatUkMobile(stored: string): string {
  const match = /^\+447(\d{3})(\d{6})$/.exec(stored);
  return match ? `07${match[1]} ${match[2]}` : stored;
}

/**
 * A value made on its first use, not when the module loads: a page's first Intl object costs tens
 * of milliseconds while ICU loads its data, which pages that import a formatter and never format
 * skip.
 */
export function madeOnFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const londonCalendar = madeOnFirstUse(
  () =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }),
);

/** An instant's London calendar date, "2026-07-01": the day a person in England lived it. */
export function londonDateOf(isoInstant: string): string {
  return londonCalendar().format(new Date(isoInstant));
}

/** London's clock, "08:04" (h23), for pages to write in NHS style. */
export const londonClock = madeOnFirstUse(
  () =>
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }),
);

/** London's calendar date and clock (h23) as parts, for pages that build their own wording. */
export const londonDateTimeParts = madeOnFirstUse(
  () =>
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }),
);

/**
 * "Wednesday 9 December at 5:15pm" for an appointment: from its London date and time (or its
 * start instant), not the API's `when`, which writes 17:15, so times read one way everywhere.
 */
export function appointmentWhen(
  appointment: { localDate: string; localStart: string } | { start: string },
): string {
  const { localDate, localStart } =
    "localDate" in appointment
      ? appointment
      : {
          localDate: londonDateOf(appointment.start),
          localStart: londonClock().format(new Date(appointment.start)),
        };
  return `${formatWeekdayDate(localDate)} at ${formatClockTime(localStart)}`;
}
