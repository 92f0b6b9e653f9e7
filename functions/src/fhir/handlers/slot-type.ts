import type { ServiceCode } from "@front-door/contracts";
import {
  addDays,
  effectiveSlotStatus,
  isBookableAhead,
  isLocalDate,
  londonDayOf,
  londonToUtc,
  toLondon,
} from "@front-door/domain";
import { type FhirSlotStatus, siteServiceOfId, slotIdOfFhir, slotOf } from "@front-door/fhir";
import {
  getSlot,
  type OpenSlot,
  openSlotsOfService,
  type SlotRecord,
  slotsOfDay,
} from "@front-door/store";
import type { FhirResourceType } from "./fhir-resource-type.ts";
import { FhirSearchError } from "./fhir-resource-type.ts";
import { serviceTypeParam, siteServices } from "./healthcare-service-type.ts";
import { pageOf, referenceId, single, token } from "./search-values.ts";

/** The widest start range a search may ask for, as GP Connect's free-slot search allows. */
export const maxSlotSearchDays = 14;

/**
 * What a slot's status means to the caller now: free only when a patient could book it now
 * (free or an expired hold, far enough ahead, not kept for the day itself unless that day has
 * come); a free slot nobody may book now is busy-unavailable. Held and booked slots say so,
 * never by whom.
 */
export function fhirSlotStatus(slot: OpenSlot | SlotRecord, now: Date): FhirSlotStatus {
  const status = effectiveSlotStatus(slot, now);
  if (status !== "free") return status;
  return isBookableAhead(slot, now) ? "free" : "busy-unavailable";
}

const datePattern =
  /^(ge|gt|le|lt)(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The start range from `start=ge…&start=le…`: [from, before) as instants. */
function startRange(values: readonly string[]): { from: Date; before: Date } {
  let from: Date | undefined;
  let before: Date | undefined;
  for (const value of values) {
    const match = datePattern.exec(value);
    const date = match?.[2] ?? "";
    if (!match || !isLocalDate(date)) {
      throw new FhirSearchError(
        "start",
        `start must be ge, gt, le or lt and a date (2026-12-08) or a date and time with its offset, not "${value.slice(0, 40)}"`,
      );
    }
    const prefix = match[1] as "ge" | "gt" | "le" | "lt";
    const lower = prefix === "ge" || prefix === "gt";
    if ((lower && from) || (!lower && before)) {
      throw new FhirSearchError("start", "Give start once as ge (or gt) and once as le (or lt)");
    }
    let instant: Date;
    if (match[3]) {
      instant = new Date(`${date}${match[3]}`);
      if (Number.isNaN(instant.getTime())) {
        throw new FhirSearchError("start", `start "${value.slice(0, 40)}" is not a real time`);
      }
      if (prefix === "gt" || prefix === "le") instant = new Date(instant.getTime() + 1);
    } else {
      // A date is the whole London day: ge/lt its start, gt/le the end of it.
      instant = londonToUtc(prefix === "gt" || prefix === "le" ? addDays(date, 1) : date, "00:00");
    }
    if (lower) from = instant;
    else before = instant;
  }
  if (!from || !before) {
    throw new FhirSearchError(
      "start",
      "Give both ends of the range: start=ge2026-12-08&start=le2026-12-14",
    );
  }
  if (before.getTime() <= from.getTime()) {
    throw new FhirSearchError("start", "The range's end must be after its start");
  }
  // 14 London days, give or take a clock change's hour.
  if (before.getTime() - from.getTime() > (maxSlotSearchDays * 24 + 1) * 3_600_000) {
    throw new FhirSearchError(
      "start",
      `Search at most ${maxSlotSearchDays} days of slots at a time`,
    );
  }
  return { from, before };
}

/** The London dates a range of instants touches. */
function londonDates(range: { from: Date; before: Date }): string[] {
  const dates: string[] = [];
  const last = toLondon(new Date(range.before.getTime() - 1)).date;
  for (let date = londonDayOf(range.from).date; date <= last; date = addDays(date, 1)) {
    dates.push(date);
  }
  return dates;
}

/**
 * Slot/<id>: one slot of a service at a site. Search is GP Connect's free-slot search: free
 * slots only, in a start range of at most 14 days, of one schedule or service type or all.
 */
export const slotType: FhirResourceType = {
  type: "Slot",
  profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Slot",
  async read(deps, _principal, id) {
    const slot = await getSlot(deps.db, deps.tableName, slotIdOfFhir(id));
    return slot ? slotOf(slotForFhir(slot), fhirSlotStatus(slot, deps.now())) : undefined;
  },
  search: {
    params: [
      {
        name: "start",
        type: "date",
        documentation:
          "Required, twice: the range slots start in, start=ge2026-12-08&start=le2026-12-14 (ge/gt and le/lt; a date is a whole London day, or give a time with its offset); at most 14 days",
      },
      {
        name: "status",
        type: "token",
        documentation: "free: the only status searched (a patient can book the slot now)",
      },
      serviceTypeParam,
      {
        name: "schedule",
        type: "reference",
        documentation: "One service's diary at one site: Schedule/{siteId}.{service}",
      },
    ],
    async run(deps, _principal, query) {
      const range = startRange(query.params.get("start") ?? []);
      const status = single(query, "status");
      if (status !== undefined && status !== "free") {
        throw new FhirSearchError("status", "Only free slots can be searched: status=free");
      }
      const type = token(query, "service-type");
      const schedule = referenceId(query, "schedule", "Schedule");
      const scheduled = schedule ? siteServiceOfId(schedule) : undefined;
      if (schedule && !scheduled) {
        throw new FhirSearchError("schedule", "schedule must be Schedule/{siteId}.{service}");
      }
      const pairs = (await siteServices(deps, { siteId: scheduled?.siteId, type })).filter(
        (pair) => !scheduled || pair.service === scheduled.service,
      );
      const dates = londonDates(range);
      const now = deps.now();
      const found = await Promise.all(
        groupBySite(pairs).map(async ({ siteId, services }) => {
          // One service: the index filter leaves its other services behind in DynamoDB.
          const days =
            services.length === 1
              ? await openSlotsOfService(
                  deps.db,
                  deps.tableName,
                  siteId,
                  services[0] as string,
                  dates,
                )
              : await Promise.all(
                  dates.map((date) => slotsOfDay(deps.db, deps.tableName, siteId, date)),
                );
          return days.flat().filter((slot) => services.includes(slot.service as ServiceCode));
        }),
      );
      const from = range.from.toISOString();
      const before = range.before.toISOString();
      const matches = found
        .flat()
        .filter((slot) => slot.start >= from && slot.start < before)
        .filter((slot) => fhirSlotStatus(slot, now) === "free")
        .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
      return pageOf(matches, query, (slot) => slotOf(slotForFhir(slot), "free"));
    },
  },
};

function groupBySite(pairs: { site: { id: string }; service: ServiceCode }[]) {
  const bySite = new Map<string, ServiceCode[]>();
  for (const { site, service } of pairs)
    bySite.set(site.id, [...(bySite.get(site.id) ?? []), service]);
  return [...bySite].map(([siteId, services]) => ({ siteId, services }));
}

const slotForFhir = (slot: OpenSlot | SlotRecord) => ({
  id: slot.id,
  siteId: slot.siteId,
  service: slot.service as ServiceCode,
  channel: slot.channel,
  start: slot.start,
  end: slot.end,
});
