import {
  localTimeFromMinutes,
  londonToday,
  londonToUtc,
  minutesOfDay,
  slotChannels,
  slotId,
  toLondon,
} from "@front-door/domain";
import type { NewSlot } from "@front-door/store";

export const rushTemplateId = "bench-8am-rush";
const slotMinutes = 10;
/** Time to arrange, measure the raw rate and run the rush before the first slot's notice runs out. */
const leadMinutes = 30;
/** More columns than this at one site stops looking like a GP session. */
const maxColumns = 25;

export type RushSlots =
  | {
      kind: "ready";
      localDate: string;
      slots: NewSlot[];
      columns: number;
      first: string;
      last: string;
    }
  | { kind: "too-late"; reason: string };

/**
 * `perSite` same-day GP slots today (London) at each site: parallel clinician columns of
 * 10-minute slots from half an hour from now, with as many columns as it takes to fit them in
 * what is left of the day. Channels rotate by column, as a rota mixing in-person, phone and
 * video would.
 */
export function rushSlots(
  sites: readonly { id: string; icbId: string }[],
  perSite: number,
  now: Date,
  /** Columns numbered from this one: a second set beside the first, at the same times. */
  firstColumn = 1,
): RushSlots {
  const localDate = londonToday(now);
  const nowMinutes = minutesOfDay(toLondon(now).time);
  const firstMinutes = Math.ceil((nowMinutes + leadMinutes) / slotMinutes) * slotMinutes;
  const startsLeft = Math.floor((24 * 60 - slotMinutes - firstMinutes) / slotMinutes) + 1;
  const perColumn = Math.min(10, startsLeft);
  const columns = perColumn > 0 ? Math.ceil(perSite / perColumn) : Number.POSITIVE_INFINITY;
  if (columns > maxColumns) {
    return {
      kind: "too-late",
      reason: `it is ${toLondon(now).time} in London: ${perSite} same-day slots per site would need more than ${maxColumns} clinicians in parallel before midnight`,
    };
  }
  const slots: NewSlot[] = [];
  for (const site of sites) {
    for (let index = 0; index < perSite; index++) {
      const column = Math.floor(index / perColumn) + firstColumn;
      const startMinutes = firstMinutes + (index % perColumn) * slotMinutes;
      const localStart = localTimeFromMinutes(startMinutes);
      const channel = slotChannels[(column - 1) % slotChannels.length] as NewSlot["channel"];
      const start = londonToUtc(localDate, localStart);
      slots.push({
        id: slotId({
          siteId: site.id,
          service: "same-day-gp",
          channel,
          localDate,
          localStart,
          parallelIndex: column,
        }),
        siteId: site.id,
        icbId: site.icbId,
        service: "same-day-gp",
        channel,
        start: start.toISOString(),
        end: new Date(start.getTime() + slotMinutes * 60_000).toISOString(),
        localDate,
        localStart,
        sameDayOnly: true,
        templateId: rushTemplateId,
      });
    }
  }
  const last = localTimeFromMinutes(firstMinutes + (perColumn - 1) * slotMinutes);
  return {
    kind: "ready",
    localDate,
    slots,
    columns,
    first: localTimeFromMinutes(firstMinutes),
    last,
  };
}
