import { randomUUID } from "node:crypto";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  addDays,
  bookingReference,
  localTimeFromMinutes,
  londonToday,
  londonToUtc,
  slotId,
} from "@front-door/domain";
import {
  confirmBooking,
  createDynamoDbClient,
  demoUsers,
  holdSlot,
  type NewSlot,
  publishSlots,
  readDailyCounts,
  type Site,
} from "@front-door/store";
import type { BenchService } from "./bench-service.ts";
import { type CallCounts, callsBetween } from "./dynamodb-calls.ts";
import { inParallel } from "./pool.ts";
import { median, percentile } from "./stats.ts";

export const dashboardDays = 90;

export interface DashboardCost {
  sites: number;
  /** (site, service) pairs the bookings are spread over. */
  pairs: number;
  figures: DashboardFigure[];
}

export interface DashboardFigure {
  bookings: number;
  from: string;
  to: string;
  /** Days × sites × services that have a count item in the range. */
  cells: number;
  /** Seconds to publish the slots and make the bookings through the store. */
  arrangeSeconds: number;
  /** What the store's dashboard read returned and what its Query pages say they read. */
  rowsReturned: number;
  itemsRead: number;
  scannedCount: number;
  queryPages: number;
  readCapacityUnits: number | undefined;
  /** The booked total the dashboard answered with: every booking is counted. */
  dashboardBooked: number;
  callsPerRequest: CallCounts;
  latency: { runs: number; medianMs: number; p90Ms: number; minMs: number; maxMs: number };
}

/**
 * The ICB dashboard's read cost at two data sizes. Each size gets its own 90-day range in the
 * past, so neither reads the other's counts: bookings spread round-robin over every day and
 * every (site, service) pair chosen below, made through the store's own hold and confirm, so
 * the daily counts are written in the booking transaction as in production.
 */
export async function measureDashboardCost(
  service: BenchService,
  icbId: string,
  sites: readonly Site[],
  sizes: readonly number[],
): Promise<DashboardCost> {
  const pairs = sites.flatMap((site) =>
    ["same-day-gp", "blood-test"]
      .filter((code) => site.services.includes(code as Site["services"][number]))
      .map((code) => ({ site, service: code })),
  );
  const analyst = demoUsers.find(
    (user) => user.role === "icb-analyst" && "icbId" in user.scope && user.scope.icbId === icbId,
  );
  if (!analyst) throw new Error(`no demo analyst for ${icbId}`);
  const token = await service.tokenFor(analyst);
  const today = londonToday(new Date());
  const figures: DashboardFigure[] = [];
  // The newest range ends well before today: the rush's counts are not in any range.
  let to = addDays(today, -11);
  for (const bookings of [...sizes].reverse()) {
    const from = addDays(to, -(dashboardDays - 1));
    const started = performance.now();
    await book(service, icbId, pairs, from, bookings);
    const arrangeSeconds = (performance.now() - started) / 1000;
    const read = await measuredRead(service, icbId, from, to);
    const latency = await timeDashboard(service, token, from, to);
    figures.unshift({
      bookings,
      from,
      to,
      cells: Math.min(bookings, dashboardDays * pairs.length),
      arrangeSeconds,
      ...read,
      ...latency,
    });
    to = addDays(from, -11);
  }
  return { sites: sites.length, pairs: pairs.length, figures };
}

/** One slot per booking, cell after cell (day × site × service), 10 minutes apart from 08:00. */
async function book(
  service: BenchService,
  icbId: string,
  pairs: readonly { site: Site; service: string }[],
  from: string,
  count: number,
): Promise<void> {
  const cells = dashboardDays * pairs.length;
  const slots: NewSlot[] = [];
  for (let index = 0; index < count; index++) {
    const cell = index % cells;
    const pair = pairs[cell % pairs.length] as (typeof pairs)[number];
    const localDate = addDays(from, Math.floor(cell / pairs.length));
    const localStart = localTimeFromMinutes(8 * 60 + Math.floor(index / cells) * 10);
    const start = londonToUtc(localDate, localStart);
    slots.push({
      id: slotId({
        siteId: pair.site.id,
        service: pair.service as Site["services"][number],
        channel: "in-person",
        localDate,
        localStart,
        parallelIndex: 1,
      }),
      siteId: pair.site.id,
      icbId,
      service: pair.service,
      channel: "in-person",
      start: start.toISOString(),
      end: new Date(start.getTime() + 10 * 60_000).toISOString(),
      localDate,
      localStart,
      sameDayOnly: false,
      templateId: "bench-dashboard",
    });
  }
  const byCell = new Map<string, NewSlot[]>();
  for (const slot of slots) {
    const key = `${slot.siteId}|${slot.service}|${slot.localDate}`;
    byCell.set(key, [...(byCell.get(key) ?? []), slot]);
  }
  await inParallel([...byCell.values()], 16, (group) =>
    publishSlots(service.db, service.tableName, group),
  );
  await inParallel(slots, 32, async (slot, index) => {
    const patientId = service.patients[index % service.patients.length]?.patient.id as string;
    // Booked the day before, as a bookable-ahead slot would be.
    const now = new Date(Date.parse(slot.start) - 86_400_000);
    const held = await holdSlot(service.db, service.tableName, slot.id, patientId, now);
    if (held.kind !== "held") throw new Error(`bench hold failed: ${held.kind}`);
    const outcome = await confirmBooking(service.db, service.tableName, {
      slot: held.slot,
      appointmentId: randomUUID(),
      bookingReference: bookingReference(),
      patientId,
      bookedBy: "patient",
      sameDay: false,
      now,
      message: {
        id: randomUUID(),
        kind: "booking-confirmed",
        channels: ["email"],
        text: "Booked (bench)",
      },
    });
    if (outcome.kind !== "booked") throw new Error(`bench booking failed: ${outcome.kind}`);
  });
}

/**
 * The store's dashboard read, run through a client that asks DynamoDB for the consumed capacity
 * and notes each Query page's Count and ScannedCount: what the read really reads, measured
 * around the unchanged store function.
 */
async function measuredRead(service: BenchService, icbId: string, from: string, to: string) {
  const client = createDynamoDbClient({ endpoint: service.front.dynamodbEndpoint });
  const db = DynamoDBDocumentClient.from(client);
  const pages = { count: 0, scanned: 0, pages: 0, capacity: 0, capacityReported: false };
  db.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string };
      input.ReturnConsumedCapacity = "TOTAL";
      const result = await next(args);
      const output = result.output as {
        Count?: number;
        ScannedCount?: number;
        ConsumedCapacity?: { CapacityUnits?: number };
      };
      pages.pages += 1;
      pages.count += output.Count ?? 0;
      pages.scanned += output.ScannedCount ?? 0;
      if (output.ConsumedCapacity?.CapacityUnits !== undefined) {
        pages.capacityReported = true;
        pages.capacity += output.ConsumedCapacity.CapacityUnits;
      }
      return result;
    },
    { step: "initialize", name: "benchReadCost" },
  );
  try {
    const rows = await readDailyCounts(db, service.tableName, icbId, from, to);
    return {
      rowsReturned: rows.length,
      itemsRead: pages.count,
      scannedCount: pages.scanned,
      queryPages: pages.pages,
      readCapacityUnits: pages.capacityReported ? pages.capacity : undefined,
    };
  } finally {
    client.destroy();
  }
}

/** GET /api/icb/dashboard as the ICB's analyst: a few to warm up, then `runs` one at a time. */
async function timeDashboard(
  service: BenchService,
  token: string,
  from: string,
  to: string,
  runs = 20,
) {
  const path = `/api/icb/dashboard?from=${from}&to=${to}`;
  const get = async () => {
    const response = await service.api.call("GET", path, { token });
    if (response.status !== 200) {
      throw new Error(
        `GET /api/icb/dashboard answered ${response.status}: ${JSON.stringify(response.body)}`,
      );
    }
    return response;
  };
  for (let i = 0; i < 3; i++) await get();
  const before = service.calls.counts();
  const first = await get();
  const callsPerRequest = callsBetween(before, service.calls.counts());
  const samples = [first.ms];
  for (let i = 1; i < runs; i++) samples.push((await get()).ms);
  const body = first.body as { totals?: { booked?: number } };
  return {
    dashboardBooked: body.totals?.booked ?? Number.NaN,
    callsPerRequest,
    latency: {
      runs,
      medianMs: median(samples),
      p90Ms: percentile(samples, 90),
      minMs: Math.min(...samples),
      maxMs: Math.max(...samples),
    },
  };
}
