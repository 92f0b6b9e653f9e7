import type { ServiceCode } from "@front-door/contracts";
import {
  addDays,
  localTimeFromMinutes,
  londonToday,
  londonToUtc,
  minutesOfDay,
  slotId,
  toLondon,
} from "@front-door/domain";
import type { NewSlot, Site } from "@front-door/store";

const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** Four more health centres round Chapeltown, within about a mile: five sites near the patient. */
export function benchSitesNear(home: Site): Site[] {
  const offsets = [
    [0.006, 0.004],
    [-0.005, 0.007],
    [0.004, -0.008],
    [-0.007, -0.005],
  ];
  return offsets.map(([lat, lng], index) => ({
    ...home,
    id: `site-bench-leeds-${index + 1}`,
    name: `Bench Health Centre ${index + 1}`,
    location: { lat: home.location.lat + (lat ?? 0), lng: home.location.lng + (lng ?? 0) },
    services: ["same-day-gp", "blood-test", "physiotherapy", "gp-advice"],
  }));
}

/**
 * A health centre's day of about `perSite` slots from half an hour from now, across services
 * as a rota would have them: same-day GP (60%), blood tests (25%), physiotherapy (15%), each in
 * parallel columns of 10-minute slots. Undefined when too little of the London day is left.
 */
export function healthCentreDay(
  site: { id: string; icbId: string },
  now: Date,
  perSite = 200,
): NewSlot[] | undefined {
  const localDate = londonToday(now);
  const first = Math.ceil((minutesOfDay(toLondon(now).time) + 30) / 10) * 10;
  const starts = Math.floor((24 * 60 - 10 - first) / 10) + 1;
  if (starts < 20) return undefined;
  const mix: { service: ServiceCode; share: number; sameDayOnly: boolean }[] = [
    { service: "same-day-gp", share: 0.6, sameDayOnly: true },
    { service: "blood-test", share: 0.25, sameDayOnly: false },
    { service: "physiotherapy", share: 0.15, sameDayOnly: false },
  ];
  const perColumn = Math.min(20, starts);
  const slots: NewSlot[] = [];
  for (const { service, share, sameDayOnly } of mix) {
    const count = Math.round(perSite * share);
    for (let index = 0; index < count; index++) {
      const column = Math.floor(index / perColumn) + 1;
      const localStart = localTimeFromMinutes(first + (index % perColumn) * 10);
      const start = londonToUtc(localDate, localStart);
      slots.push({
        id: slotId({
          siteId: site.id,
          service,
          channel: "in-person",
          localDate,
          localStart,
          parallelIndex: column,
        }),
        siteId: site.id,
        icbId: site.icbId,
        service,
        channel: "in-person",
        start: start.toISOString(),
        end: new Date(start.getTime() + 10 * 60_000).toISOString(),
        localDate,
        localStart,
        sameDayOnly,
        templateId: "bench-health-centre-day",
      });
    }
  }
  return slots;
}

/**
 * Armley's physiotherapy clinic for the referral's booking window: two physiotherapists,
 * 09:00–17:00 in half-hours, weekdays, from tomorrow for `days` days.
 */
export function physioClinic(site: { id: string; icbId: string }, now: Date, days = 28) {
  const slots: NewSlot[] = [];
  const today = londonToday(now);
  for (let day = 1; day <= days; day++) {
    const localDate = addDays(today, day);
    if (isoWeekday(localDate) > 5) continue;
    for (let minutes = 9 * 60; minutes < 17 * 60; minutes += 30) {
      for (const column of [1, 2]) {
        const localStart = localTimeFromMinutes(minutes);
        const start = londonToUtc(localDate, localStart);
        slots.push({
          id: slotId({
            siteId: site.id,
            service: "physiotherapy",
            channel: "in-person",
            localDate,
            localStart,
            parallelIndex: column,
          }),
          siteId: site.id,
          icbId: site.icbId,
          service: "physiotherapy",
          channel: "in-person",
          start: start.toISOString(),
          end: new Date(start.getTime() + 30 * 60_000).toISOString(),
          localDate,
          localStart,
          sameDayOnly: false,
          templateId: "bench-physio-clinic",
        });
      }
    }
  }
  return slots;
}
