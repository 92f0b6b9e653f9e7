import { counterShards } from "@front-door/store";
import { type DashboardCost, dashboardDays } from "./dashboard-cost.ts";
import { describeCalls } from "./dynamodb-calls.ts";
import { round } from "./stats.ts";

export function printDashboard({ figures }: DashboardCost): void {
  for (const f of figures) {
    console.log(
      `  ${String(f.bookings).padStart(6)} bookings (${f.from}..${f.to}): items read ${f.itemsRead} (days × site-services with data: ${f.cells}), ${f.readCapacityUnits ?? "?"} RCU, ${f.queryPages} page(s); GET median ${round(f.latency.medianMs, 1)} ms, p90 ${round(f.latency.p90Ms, 1)} ms; arranged in ${round(f.arrangeSeconds, 1)} s`,
    );
  }
}

export function dashboardSection({ figures, sites, pairs }: DashboardCost): string {
  const [small, large] = figures;
  // Counts are sharded: a count item per day, site, service and shard written, at most.
  const bounded = figures.every((f) => f.itemsRead <= f.cells * counterShards);
  return `## ICB dashboard: read cost against data size

GET /api/icb/dashboard for a ${dashboardDays}-day range as West Yorkshire's analyst, at ${figures.map((f) => f.bookings.toLocaleString("en-GB")).join(" and ")} bookings. Each size has a
${dashboardDays}-day range of its own in the past: bookings go round-robin over every day and ${pairs} (site, service)
pairs (same-day GP at the three GP sites, blood tests at all ${sites} sites), each on its own slot, made with
the store's \`publishSlots\`, \`holdSlot\` and \`confirmBooking\`, so the day's counts are written in the booking
transaction as in production. Items read: the store's \`readDailyCounts\`, unchanged, called through a client
whose middleware asks for ReturnConsumedCapacity and adds up each Query page's Count and ScannedCount.
Latency: ${figures[0]?.latency.runs ?? 0} requests one after another through the HTTP API after 3 to warm up.

| bookings | range | count items at most (days × site-services with data × ${counterShards} shards) | items read (Count / Scanned) | Query pages | read capacity | rows returned | dashboard "booked" | median | p90 | min – max |
|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${figures
  .map(
    (f) =>
      `| ${f.bookings.toLocaleString("en-GB")} | ${f.from} – ${f.to} | ${f.cells * counterShards} | ${f.itemsRead} / ${f.scannedCount} | ${f.queryPages} | ${f.readCapacityUnits ?? "not reported"} RCU | ${f.rowsReturned} | ${f.dashboardBooked.toLocaleString("en-GB")} | ${round(f.latency.medianMs, 1)} ms | ${round(f.latency.p90Ms, 1)} ms | ${round(f.latency.minMs, 1)} – ${round(f.latency.maxMs, 1)} ms |`,
  )
  .join("\n")}

${
  bounded && small && large
    ? `Ten times the bookings, ${small.itemsRead} and ${large.itemsRead} items read: at most one count item per day, site, service and shard with any activity, never one per booking.`
    : "A size read more items than its days, site-services and shards: see the table."
} Each dashboard request makes ${describeCalls(small?.callsPerRequest ?? {})} DynamoDB calls (the ICB, its sites, the counts).
Arranging the data through the store took ${figures.map((f) => `${round(f.arrangeSeconds, 1)} s`).join(" and ")} (${figures.map((f) => `${round(f.bookings / f.arrangeSeconds, 0)} bookings/s`).join(", ")}, 32 at a time).
`;
}
