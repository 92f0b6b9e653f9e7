import type { CapacityResult, StepCost, StepFigures } from "./capacity.ts";
import { describeCalls } from "./dynamodb-calls.ts";
import { median, round } from "./stats.ts";

export const capacityTargets = { slotsPageReadUnits: 10, roundTrips: 2 };

const units = (value: number) => String(round(value, 1));
const span = (values: number[]) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? units(low) : `${units(low)}–${units(high)}`;
};

function summary(figure: StepFigures) {
  const all: StepCost[] = [figure.first, ...figure.later];
  const warm = figure.later.length ? figure.later : all;
  return {
    statuses: [...new Set(all.map((cost) => cost.status))].join(", "),
    firstRead: figure.first.readUnits,
    warmRead: span(warm.map((cost) => cost.readUnits)),
    warmWrite: span(warm.map((cost) => cost.writeUnits)),
    firstWrite: figure.first.writeUnits,
    index: span(all.map((cost) => cost.indexUnits)),
    maxRead: Math.max(...all.map((cost) => cost.readUnits)),
    roundTrips: Math.max(...all.map((cost) => cost.roundTrips)),
    roundTripsSpan: span(all.map((cost) => cost.roundTrips)),
    firstCalls: describeCalls(figure.first.calls),
    warmCalls: describeCalls(warm.at(-1)?.calls ?? {}),
    cpuMs: median(warm.map((cost) => cost.cpuMs)),
  };
}

export function printCapacity(result: CapacityResult): void {
  if (result.kind === "skipped") {
    console.log(`  skipped: ${result.reason}`);
    return;
  }
  for (const figure of result.steps) {
    const s = summary(figure);
    console.log(
      `  ${`${figure.journey}: ${figure.step}`.padEnd(58)} ${s.statuses}  read ${units(s.firstRead)} first, ${s.warmRead} after  write ${s.warmWrite}  round trips ${s.roundTripsSpan}  CPU ${round(s.cpuMs, 2)} ms  calls ${s.firstCalls}`,
    );
  }
}

export function capacitySection(result: CapacityResult): string {
  const heading = "## DynamoDB units and round trips per journey step\n\n";
  if (result.kind === "skipped") return `${heading}Skipped on this run: ${result.reason}.\n`;
  const slotsPage = result.steps.find((figure) => figure.step === "slots page");
  const slotsRead = slotsPage ? summary(slotsPage).maxRead : Number.NaN;
  const over = result.steps.filter(
    (figure) => summary(figure).roundTrips > capacityTargets.roundTrips,
  );
  const rows = result.steps.map((figure) => {
    const s = summary(figure);
    return `| ${figure.journey} | ${figure.step} | \`${figure.route}\` | ${s.statuses} | ${units(s.firstRead)} | ${s.warmRead} | ${s.warmWrite} | ${s.index} | ${s.roundTripsSpan} | ${s.firstCalls}${s.warmCalls !== s.firstCalls ? `; later: ${s.warmCalls}` : ""} | ${round(s.cpuMs, 2)} ms |`;
  });
  const byService = Object.entries(result.slotsPerSiteByService)
    .map(([service, count]) => `${count} ${service}`)
    .join(", ");
  return `${heading}Each step of the two journeys through the HTTP API (the local runner's real routes, handlers
and authorizer), one request at a time, for ${result.patients} synthetic patients one after another. The
functions' DynamoDB clients ask for \`ReturnConsumedCapacity: INDEXES\` (FRONT_DOOR_CONSUMED_CAPACITY=1, read
by \`tableDeps\`; the stacks never set it) and publish what DynamoDB Local answered: read and write units,
table and indexes together (the index share in its own column). DynamoDB calls are timed from Node's HTTP
client channels; "round trips" counts those made one after another (calls sent together count once).
CPU is the API process's own for the request: the client is another process. The patient is registered at
Chapeltown and sees ${result.sites.length} health centres within about a mile (${result.sites.join(", ")}), each with a day of
${result.slotsPerSite} slots from half an hour from now (${byService}); Armley's physiotherapy clinic has ${result.physioSlots} slots over the
next 28 days for the referral. "First" is the first patient's request, when each function's short-lived
copies (sites near, a site's day) are empty; "after" the later patients'. Units are DynamoDB Local's
figures for the request as sent.

| journey | step | route | status | read units, first | read units, after | write units | of which indexes | round trips | DynamoDB calls (first) | API CPU (median) |
|---|---|---|---|---:|---:|---:|---:|---:|---|---:|
${rows.join("\n")}

Targets: the slots page ≤ ${capacityTargets.slotsPageReadUnits} read units — ${slotsRead <= capacityTargets.slotsPageReadUnits ? "met" : `**missed**: ${units(slotsRead)} at most`}; no step more than ${capacityTargets.roundTrips} DynamoDB round trips one after another — ${over.length === 0 ? "met" : `**missed** by ${over.map((figure) => `${figure.journey} ${figure.step} (${summary(figure).roundTrips})`).join(", ")}`}.
`;
}
