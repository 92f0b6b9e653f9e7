import { cpus } from "node:os";
import { countAndDescribeCalls, totalCalls } from "./dynamodb-calls.ts";
import type { ReferenceRush, RushRequest, RushResult } from "./rush.ts";
import { percentile, round } from "./stats.ts";

/** The floor's time (below) must be at least this share of the time to answer every patient. */
export const efficiencyTarget = 0.5;

export type MeasuredRush = Extract<RushResult, { kind: "measured" }>;

/** The rush's figures, derived once for both the terminal and the report. */
export function rushFigures(result: MeasuredRush) {
  const requests = result.journeys.flatMap((journey) => journey.requests);
  const unavailable = requests.filter((r) => r.status === 503 && r.retryAfter !== undefined);
  // A step's last answer: anything but a 503 with Retry-After (which the patient waits out).
  const finals = requests.filter((r) => !(r.status === 503 && r.retryAfter !== undefined));
  const holds = finals.filter((r) => r.kind === "hold");
  const bookings = finals.filter((r) => r.kind === "booking");
  const booked = result.journeys.filter((journey) => journey.bookedSlotId).length;
  const taken = holds.filter((r) => r.status === 409 && r.code === "slot_taken");
  const takenBare = taken.filter((r) => !r.alternatives);
  const losers = result.journeys.filter((journey) => !journey.bookedSlotId);
  const lastAnswers = losers.map((journey) => journey.requests.at(-1) as RushRequest);
  const answered = (r: RushRequest) =>
    r.status === 409 && ((r.alternatives ?? 0) > 0 || r.mentionsQueue || r.linksQueue);
  const calls = totalCalls(result.callsDuringRush);
  const storeRetries = Object.values(result.storeRetries).reduce((sum, n) => sum + n, 0);
  const floor = floorOf(result);
  const apiCpuMs = result.cpu.processCores * result.seconds * 1000;
  return {
    requests: requests.length,
    booked,
    holds: latency(holds),
    holdsWon: latency(holds.filter((r) => r.status === 200)),
    holdsTaken: latency(taken),
    bookings: latency(bookings),
    /** 503s with Retry-After, each waited out and sent again. */
    unavailable: unavailable.length,
    unavailableByKind: countBy(unavailable, (r) => r.kind),
    /** Steps whose last answer was still a 503 after the patient's tries (gave up). */
    gaveUp: finals.filter((r) => r.status === 503).length,
    /** 5xx that are not a 503 with Retry-After. */
    otherServerErrors: requests.filter(
      (r) => r.status >= 500 && !(r.status === 503 && r.retryAfter !== undefined),
    ).length,
    succeededAfter503: finals.filter((r) => r.after503 > 0 && r.status < 500).length,
    noAnswer: requests.filter((r) => r.status === 0).length,
    resent: requests.filter((r) => r.retries > 0).length,
    noAnswerReasons: countBy(
      requests.filter((r) => r.status === 0),
      (r) => `${r.kind}: ${r.code ?? "unknown"}`,
    ),
    otherStatuses: countBy(
      finals.filter((r) => ![200, 201, 409].includes(r.status) && r.status < 500 && r.status > 0),
      (r) => `${r.kind} ${r.status} ${r.code ?? ""}`.trim(),
    ),
    other409: countBy(
      finals.filter((r) => r.status === 409 && r.code !== "slot_taken"),
      (r) => `${r.kind} ${r.code ?? "no code"}`,
    ),
    taken: taken.length,
    takenWithAlternatives: taken.length - takenBare.length,
    takenBare: takenBare.length,
    takenBareMentioningQueue: takenBare.filter((r) => r.mentionsQueue).length,
    takenLinkingQueue: taken.filter((r) => r.linksQueue).length,
    losers: losers.length,
    losersAnswered: lastAnswers.filter(answered).length,
    holdsPerPatient: holds.length / result.patients,
    calls,
    callsPerBooking: calls / Math.max(1, booked),
    storeRetries,
    storeRetriesPerBooking: storeRetries / Math.max(1, booked),
    httpRetriesPerBooking: unavailable.length / Math.max(1, booked),
    ...floor,
    efficiency: floor.floorSeconds / result.seconds,
    apiMsPerRequest: apiCpuMs / requests.length,
    /** The API's CPU for the whole rush, in seconds: its one thread's least possible time. */
    apiCpuSeconds: apiCpuMs / 1000,
    /** The efficiency the API's own CPU would allow if it had a core to itself throughout. */
    oneCoreCeiling: floor.floorSeconds / Math.max(0.001, apiCpuMs / 1000),
    ...machineCeilingOf(result, apiCpuMs / 1000, floor.floorSeconds),
    apiMsPerCall: apiCpuMs / Math.max(1, calls),
    rawMsPerTransaction:
      (result.raw.cpu.processCores * result.raw.seconds * 1000) / result.raw.transactions,
  };
}

/**
 * What the machine itself allows: the API's, DynamoDB Local's and the patients' CPU over the
 * rush, spread perfectly over every core, is the least time the rush could take here; the floor
 * over that is the most efficiency this machine could show, however the work were threaded.
 */
function machineCeilingOf(result: MeasuredRush, apiCpuSeconds: number, floorSeconds: number) {
  const jvmCpuSeconds = (result.cpu.jvmCores ?? 0) * result.seconds;
  const patientsCpuSeconds = result.patientsCpu.cores * result.seconds;
  const cpuSeconds = apiCpuSeconds + jvmCpuSeconds + patientsCpuSeconds;
  const leastSeconds = cpuSeconds / cpus().length;
  return {
    jvmCpuSeconds,
    patientsCpuSeconds,
    /** Every process's CPU for the rush ÷ the cores: the least time it could take here. */
    machineLeastSeconds: leastSeconds,
    machineCeiling: floorSeconds / Math.max(0.001, leastSeconds),
  };
}

/**
 * The design's own limit: every patient needs at least one conditional write (a hold) and
 * every booking one transaction. At the raw rates measured in the same run, with nothing else
 * running, those writes alone take `floorSeconds`.
 */
function floorOf(result: MeasuredRush) {
  return {
    floorCalls: result.patients + result.slots,
    floorSeconds:
      result.patients / result.rawUpdates.perSecond + result.slots / result.raw.perSecond,
  };
}

function latency(requests: readonly RushRequest[]) {
  const ms = requests.map((r) => r.stepMs);
  return { count: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const seconds = (ms: number) => `${round(ms / 1000, 2)} s`;
const calls = countAndDescribeCalls;
const cores = (value: number | undefined) => (value === undefined ? "?" : `${round(value, 2)}`);
const percent = (share: number) => `${round(share * 100, 1)}%`;

export function printRush(result: RushResult): void {
  if (result.kind === "skipped") {
    console.log(`  skipped: ${result.reason}`);
    return;
  }
  const f = rushFigures(result);
  const c = result.check;
  console.log(
    `  faults: ${result.faults ?? "none"}; booked ${f.booked} of ${result.slots} (store: ${c.slotsBusy} busy, ${c.bookedAppointments} booked appointments, counted ${c.countedBooked}); double bookings ${doubles(result)}; patients booked twice ${c.patientsBookedTwice}`,
  );
  console.log(
    `  503 with Retry-After ${f.unavailable} (waited out; ${f.succeededAfter503} steps then succeeded, ${f.gaveUp} gave up); other 5xx ${f.otherServerErrors}; no answer ${f.noAnswer}; store retries ${f.storeRetries} ${JSON.stringify(result.storeRetries)}`,
  );
  console.log(
    `  hold p50 ${seconds(f.holds.p50)} p99 ${seconds(f.holds.p99)} (${f.holds.count}); booking p50 ${seconds(f.bookings.p50)} p99 ${seconds(f.bookings.p99)} (${f.bookings.count})`,
  );
  console.log(
    `  all ${result.patients} answered in ${round(result.seconds, 2)} s; floor ${round(f.floorSeconds, 2)} s (UpdateItem ${round(result.rawUpdates.perSecond, 1)}/s, transactions ${round(result.raw.perSecond, 1)}/s): efficiency ${percent(f.efficiency)} (target ≥ ${percent(efficiencyTarget)})`,
  );
  console.log(
    `  API process ${cores(result.cpu.processCores)} cores (event loop ${round(result.cpu.eventLoopUtilization * 100, 0)}% busy), ${round(f.apiMsPerRequest, 2)} ms CPU per request, ${round(f.apiCpuSeconds, 2)} s in all, handlers on ${result.functionThreads ? `${result.functionThreads} function threads` : `the server's one thread (one core to itself: efficiency ${percent(f.oneCoreCeiling)} at most)`}; patients' process ${round(result.patientsCpu.cores, 2)} cores, ${round(result.patientsCpu.msPerRequest, 2)} ms per request; DynamoDB Local ${cores(result.cpu.jvmCores)}; machine ${cores(result.cpu.machineCores)} of ${cpus().length}; load average ${round(result.loadAverage, 2)}`,
  );
  console.log(
    `  CPU for the rush: API ${round(f.apiCpuSeconds, 2)} s + DynamoDB Local ${round(f.jvmCpuSeconds, 2)} s + patients ${round(f.patientsCpuSeconds, 2)} s over ${cpus().length} cores: at least ${round(f.machineLeastSeconds, 2)} s here, so efficiency ${percent(f.machineCeiling)} at most on this machine for this much CPU`,
  );
  console.log(
    `  DynamoDB calls ${f.calls} (${round(f.callsPerBooking, 1)} per booking): hold won ${calls(result.callsPerRequest.holdWon.calls)}, taken ${calls(result.callsPerRequest.holdLost.calls)} / ${calls(result.callsPerRequest.holdLostAgain.calls)}, booking ${calls(result.callsPerRequest.booking.calls)}`,
  );
  if (!result.reference) return;
  const describe = (label: string, r: ReferenceRush) =>
    `  ${label}: ${r.booked} booked, ${r.requests} requests (${r.otherAnswers} not 200/201/409), all answered in ${round(r.seconds, 2)} s: efficiency ${percent(f.floorSeconds / r.seconds)}; server ${round(r.msPerRequest, 2)} ms CPU per request, ${cores(r.cpu.processCores)} cores; DynamoDB Local ${cores(r.cpu.jvmCores)} (${round((r.jvmSeconds * 1000) / r.requests, 2)} ms per request; the rush's ${round((f.jvmCpuSeconds * 1000) / f.requests, 2)}); machine ${cores(r.cpu.machineCores)}; load average ${round(r.loadAverage, 2)}`;
  console.log(describe("the floor's design served bare", result.reference.floor));
  console.log(describe("the API's handlers served bare", result.reference.handlers));
}

function doubles(result: MeasuredRush): number {
  const c = result.check;
  return (
    c.slotsWithTwoAppointments +
    c.slotsWithTwoBooked +
    c.busySlotsNotMatchingOneBooking +
    c.bookingsWithoutTheirSlot
  );
}
