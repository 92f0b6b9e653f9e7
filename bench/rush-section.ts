import { cpus } from "node:os";
import { countAndDescribeCalls } from "./dynamodb-calls.ts";
import type { ReferenceRush, RushResult } from "./rush.ts";
import { efficiencyTarget, type MeasuredRush, rushFigures } from "./rush-report.ts";
import { round } from "./stats.ts";

const seconds = (ms: number) => `${round(ms / 1000, 2)} s`;
const calls = countAndDescribeCalls;
const cores = (value: number | undefined) => (value === undefined ? "?" : `${round(value, 2)}`);
const percent = (share: number) => `${round(share * 100, 1)}%`;
const must = (ok: boolean) => (ok ? "ok" : "**FAILED**");

/**
 * The run of a kind with the median efficiency (the lower middle of an even number), and every
 * run's efficiency in the order they ran.
 */
function medianRun(runs: readonly MeasuredRush[]): { run: MeasuredRush; efficiencies: number[] } {
  const efficiencies = runs.map((run) => rushFigures(run).efficiency);
  const order = runs
    .map((_, i) => i)
    .sort((x, y) => (efficiencies[x] ?? 0) - (efficiencies[y] ?? 0));
  const middle = order[Math.floor((order.length - 1) / 2)] ?? 0;
  return { run: runs[middle] as MeasuredRush, efficiencies };
}

/** The rush, fault-free and with faults, side by side: each kind's median run, and every run's efficiency. */
export function rushSection(cleanRuns: RushResult[], faultedRuns: RushResult[]): string {
  const heading = "## The 8am rush: same-day booking under contention, without and with faults\n\n";
  const skipped = [...cleanRuns, ...faultedRuns].find((run) => run.kind === "skipped");
  const measured = (runs: RushResult[]) =>
    runs.filter((run): run is MeasuredRush => run.kind === "measured");
  const cleanMeasured = measured(cleanRuns);
  const faultedMeasured = measured(faultedRuns);
  if (skipped?.kind === "skipped" || cleanMeasured.length === 0 || faultedMeasured.length === 0) {
    return `${heading}Skipped on this run: ${skipped?.kind === "skipped" ? skipped.reason : "no result"}. Run \`npm run bench\` earlier in the London day.\n`;
  }
  const cleanMedian = medianRun(cleanMeasured);
  const faultedMedian = medianRun(faultedMeasured);
  const clean = cleanMedian.run;
  const faulted = faultedMedian.run;
  const listed = (efficiencies: number[]) => efficiencies.map(percent).join(", ");
  const runsLine =
    cleanMeasured.length > 1
      ? `The rush ran ${cleanMeasured.length} times fault-free and ${faultedMeasured.length} times with faults, the two kinds in turn; every figure in this
section is from the run of its kind with the median efficiency. Efficiency in the order run: fault-free ${listed(cleanMedian.efficiencies)}; with
faults ${listed(faultedMedian.efficiencies)}.\n`
      : "";
  const runs = [clean, faulted] as const;
  const [a, b] = runs.map(rushFigures) as [
    ReturnType<typeof rushFigures>,
    ReturnType<typeof rushFigures>,
  ];
  const row = (
    label: string,
    value: (run: MeasuredRush, f: typeof a) => string | number,
    mustBe: string,
    ok: (run: MeasuredRush, f: typeof a) => boolean,
  ) =>
    `| ${label} | ${value(clean, a)} | ${value(faulted, b)} | ${mustBe} | ${must(ok(clean, a) && ok(faulted, b))} |`;
  const doubles = (run: MeasuredRush) =>
    run.check.slotsWithTwoAppointments +
    run.check.slotsWithTwoBooked +
    run.check.busySlotsNotMatchingOneBooking +
    run.check.bookingsWithoutTheirSlot;
  const perSite = clean.slots / clean.sites;
  const probe = clean.callsPerRequest;
  return `${heading}Through the local HTTP API (\`startFrontDoor\`: real route table, handler modules, authorizer and
DynamoDB Local in memory; scheduled jobs and the stream's delivery function off), ${clean.patients} synthetic patients
(valid 999-range NHS numbers, added with the store's \`addPatientIfAbsent\`, signed in with tokens from the runner's
own dev issuer) all start at once on ${clean.slots} same-day GP slots for today (${clean.localDate}): ${perSite} at each of
${clean.sites} West Yorkshire sites, ${clean.columns} parallel clinicians of 10-minute slots from ${clean.firstSlot} to ${clean.lastSlot}. Each patient
does what the booking page does: POST /api/same-day/holds; on a 409 \`slot_taken\`, one of the offered
alternatives at random, up to ${clean.maxHoldTries} holds in all; then POST /api/same-day/bookings (no triage request first: a
booking's requestId is optional). On a 503 with Retry-After a patient waits the seconds it says and sends the
same request again (same Idempotency-Key), up to 5 times. First choices are random over all slots (seeded).

**The patients are a process of their own** (bench/rush-patients.ts, forked): real clients are not in the
server. Until this run one Node process was the patients' HTTP client, the runner's HTTP server and JWT checks,
and every handler. Each run is also a process of its own (bench/rush-main.ts): handler modules read
FRONT_DOOR_FAULTS once, at first import. Requests go over keep-alive connections, 200 for holds and 200 for
bookings, opened before the clock starts; latency counts from when the patient issues the request (waiting
for a connection included) to the step's last answer (a 503's wait and retry included).

**Faults** (second run): \`FRONT_DOOR_FAULTS=${faulted.faults ?? ""}\` on every function's DynamoDB client
(@front-door/store/faults): 5% of the writes to slot items (a hold's transaction, a booking's transaction:
the items the rush contends for) cancelled as \`TransactionConflict\`, 1% of all DynamoDB calls throttled. The
store's retry policy (packages/store/src/retry.ts) retries both; only when it runs out does the API answer 503
with Retry-After.

| check | fault-free | with faults | must be | |
|---|---:|---:|---:|---|
${row(
  "slots booked (201 answers)",
  (_, f) => f.booked,
  String(clean.slots),
  (run, f) => f.booked === run.slots,
)}
${row(
  "busy slots in the store",
  (run) => run.check.slotsBusy,
  String(clean.slots),
  (run) => run.check.slotsBusy === run.slots,
)}
${row(
  "booked appointments in the store (Scan)",
  (run) => run.check.bookedAppointments,
  String(clean.slots),
  (run) => run.check.bookedAppointments === run.slots,
)}
${row(
  'dashboard\'s "booked" count for today',
  (run) => run.check.countedBooked,
  String(clean.slots),
  (run) => run.check.countedBooked === run.slots,
)}
${row("double bookings (slots with two appointments or two booked, busy slots not matching one booking, bookings whose slot is not theirs)", doubles, "0", (run) => doubles(run) === 0)}
${row(
  "patients with two same-day bookings",
  (run) => run.check.patientsBookedTwice,
  "0",
  (run) => run.check.patientsBookedTwice === 0,
)}
${row(
  "201s whose appointment is not in the store",
  (run) => run.check.answeredButMissing,
  "0",
  (run) => run.check.answeredButMissing === 0,
)}
${row(
  "5xx other than 503 with Retry-After",
  (_, f) => f.otherServerErrors,
  "0",
  (_, f) => f.otherServerErrors === 0,
)}
${row(
  "503s with Retry-After (waited out, sent again)",
  (_, f) => f.unavailable,
  "any",
  () => true,
)}
${row(
  "steps still 503 after 5 tries",
  (_, f) => f.gaveUp,
  "0",
  (_, f) => f.gaveUp === 0,
)}
${row(
  "requests with no answer (connection error)",
  (_, f) => f.noAnswer,
  "0",
  (_, f) => f.noAnswer === 0,
)}
${row(
  "patients who booked nothing, last answered 409 with alternatives or the queue",
  (_, f) => `${f.losersAnswered} of ${f.losers}`,
  "all",
  (_, f) => f.losersAnswered === f.losers,
)}

Requests (HTTP answers): ${a.requests} fault-free, ${b.requests} with faults (holds per patient ${round(a.holdsPerPatient, 2)} and ${round(b.holdsPerPatient, 2)}).
${[a, b].some((f) => Object.keys(f.otherStatuses).length + Object.keys(f.other409).length > 0) ? `Other answers: ${JSON.stringify([a, b].map((f) => ({ ...f.otherStatuses, ...f.other409 })))}.` : ""}

**Retries.** The store's retry policy granted ${a.storeRetries} retries fault-free (${round(a.storeRetriesPerBooking, 2)} per booking made;
${describe(clean.storeRetries)}) and ${b.storeRetries} with faults (${round(b.storeRetriesPerBooking, 2)} per booking; ${describe(faulted.storeRetries)}).
HTTP-level 503 retries: ${a.unavailable} fault-free (${round(a.httpRetriesPerBooking, 2)} per booking) and ${b.unavailable} with faults
(${round(b.httpRetriesPerBooking, 2)} per booking; ${JSON.stringify(b.unavailableByKind)}); ${b.succeededAfter503} steps answered after a 503, ${b.gaveUp} gave up.

| request | fault-free count | p50 | p99 | with faults count | p50 | p99 |
|---|---:|---:|---:|---:|---:|---:|
| hold (all) | ${a.holds.count} | ${seconds(a.holds.p50)} | ${seconds(a.holds.p99)} | ${b.holds.count} | ${seconds(b.holds.p50)} | ${seconds(b.holds.p99)} |
| hold won (200) | ${a.holdsWon.count} | ${seconds(a.holdsWon.p50)} | ${seconds(a.holdsWon.p99)} | ${b.holdsWon.count} | ${seconds(b.holdsWon.p50)} | ${seconds(b.holdsWon.p99)} |
| hold taken (409) | ${a.holdsTaken.count} | ${seconds(a.holdsTaken.p50)} | ${seconds(a.holdsTaken.p99)} | ${b.holdsTaken.count} | ${seconds(b.holdsTaken.p50)} | ${seconds(b.holdsTaken.p99)} |
| booking | ${a.bookings.count} | ${seconds(a.bookings.p50)} | ${seconds(a.bookings.p99)} | ${b.bookings.count} | ${seconds(b.bookings.p50)} | ${seconds(b.bookings.p99)} |

All ${clean.patients} patients answered in **${round(clean.seconds, 2)} s** fault-free and **${round(faulted.seconds, 2)} s** with faults.

**Efficiency against the design's own limit.** Any hold-then-confirm design needs at least one conditional
write per patient and one transaction per booking: ${a.floorCalls} writes. At the raw rates measured in the same run
(${clean.rawUpdates.transactions} conditional \`UpdateItem\`s issued at once: ${round(clean.rawUpdates.perSecond, 1)}/s; ${clean.raw.transactions} two-Put \`TransactWriteItems\`: ${clean.rawByClient.map((r) => `${round(r.perSecond, 1)}/s through ${r.maxSockets ? `${r.maxSockets} sockets` : "the SDK's default 50"}`).join(", ")}, the higher taken)
they alone take **${round(a.floorSeconds, 2)} s**. Efficiency = that ÷ the time to answer all ${clean.patients} patients:
**${percent(a.efficiency)}** fault-free (target ≥ ${percent(efficiencyTarget)}: ${a.efficiency >= efficiencyTarget ? "met" : "**not met**"}${cleanMeasured.length > 1 ? " by the median run" : ""}); with faults ${percent(b.efficiency)} (its own raw rates: floor ${round(b.floorSeconds, 2)} s).
${runsLine}Before holds of one slot took turns in a function, three rushes of each kind on 4 December (01:25 UTC) gave
51.4%, 54.1% and 51.9% fault-free and 49.5%, 48.6% and 50.3% with faults, with 1,813–1,861 DynamoDB calls (about 440 hold
transactions for 300 holds won) and 1.06–1.21 ms of API CPU per request.
Before hold functions refused from their sightings, every refused hold read the slot, the marker and guard first: minutes
earlier (2 × AMD EPYC, 19:55 UTC, load average 1.22) that gave 33.6% (3.01 s ÷ 8.96 s) fault-free and 35.3% with
faults, with 3,967 DynamoDB calls against this run's ${a.calls}, 2.27 ms of API CPU per request and 7.17 s of DynamoDB Local's CPU.
With hold functions refusing from their sightings the ratio still moves with the machine: eight fault-free rushes
run one at a time between 19:58 and 20:14 UTC gave 55.1%, 50.7%, 44.2% (under the CPU profiler), 46.2%, 53.2%,
37.8%, 46.1% and 53.1%; with faults 50.9%, 52.5%, 50.0% and 47.0%. About half of them reach 50%, which is why the
section now reports the median of several runs.
On the machine before it the same code gave 35.8% (4.15 s ÷ 11.6 s), 43.0% (5.43 s ÷ 12.62 s) and 30–39% in six runs
between 17:18 and 17:45 UTC (with faults 28% and 48%): the floor and the rush are measured minutes apart on a shared
machine whose speed moves between them. 24.1% (5.86 s ÷ 24.35 s, load average 4.06)
before that, with a hold's transaction sent at once, refused or not, and a booking's three GetItems; 9.7% (10.65 s ÷ 110.21 s) before that, with a hold of two reads and a transaction
and a booking's idempotency record written by Powertools (a Put before, an Update after); 36% (2.52 s ÷ 6.92 s)
before that, with the patients in the API's process and a hold of one \`UpdateItem\` (no fair holds).

**Where the time goes.** During the fault-free rush the API's process used ${cores(clean.cpu.processCores)} cores (its event
loop busy ${round(clean.cpu.eventLoopUtilization * 100, 0)}% of the time), the patients' process ${round(clean.patientsCpu.cores, 2)}, DynamoDB Local ${cores(clean.cpu.jvmCores)}, and the
machine ${cores(clean.cpu.machineCores)} of ${cpus().length} (load average ${round(clean.loadAverage, 2)} as the rush started; with faults ${round(faulted.loadAverage, 2)}). Other sessions share this
2-core machine: an event loop busy all the time on less than one core means the process waited for a core.
The API spent **${round(a.apiMsPerRequest, 2)} ms of CPU per HTTP request** (${round(a.apiMsPerCall, 2)} ms per DynamoDB call it made; ${round(a.rawMsPerTransaction, 2)} ms per
raw transaction in the raw run), the patients' client ${round(clean.patientsCpu.msPerRequest, 2)} ms. The rush made ${a.calls} DynamoDB calls,
${round(a.callsPerBooking, 1)} per booking made, against the floor's ${a.floorCalls}: counted one request at a time afterwards, a hold
won takes ${calls(probe.holdWon.calls)}, a hold taken ${calls(probe.holdLost.calls)} (the function's copy of the site's
day and its sighting of the slot stale) or ${calls(probe.holdLostAgain.calls)} (fresh), a booking ${calls(probe.booking.calls)}. A hold function
remembers each slot it has seen held by someone else (for a second and a half), booked or blocked (for up to a minute,
while its copy of the site's day, read since, does not list it open) (its own wins and
its looks' refusals), and refuses a hold on one as taken, with suggestions from its copy of the site's day, without a
read; the patient who holds the slot always reaches the store. Holds of one slot take turns within a function
(functions/src/same-day/handlers/hold-turns.ts), so a hold that arrived in the same moment as the winner's waits
for it and is then refused from its sighting: the rush's ${clean.callsDuringRush.TransactWriteItems ?? 0} transactions (with faults
${faulted.callsDuringRush.TransactWriteItems ?? 0}, retries included) are one per hold won and one per booking, where a rush without turns
minutes before (4 December, 02:31 UTC, under the profiler) sent 741 for the same 300 bookings. A hold it has no sighting for looks first:
one consistent BatchGetItem of the slot, the patient's hold marker and their same-day guard, which refuses
from what it read what the hold's transaction would refuse (most holds in a rush), with no write; a hold worth
trying is then one transaction under the same conditions. A booking reads its slot, the patient, the request
and its Idempotency-Key record in one BatchGetItem and saves the record in its own transaction.

Until this run a hold was its transaction sent at once, refused or not. Refused, a three-item transaction
costs DynamoDB Local about what a won one does, several times a read: in a trial on 3 December (2,000 at
once through the runner's 256 sockets, the machine shared) hold-shaped transactions ran at 141–221/s won and
146–281/s refused, consistent GetItems at 562–1,424/s and two-key consistent BatchGetItems at 433–1,017/s.
On DynamoDB itself a refused transaction still costs two write units per item and locks the contended slot
against others' transactions; the look costs about three read units and locks nothing.

**What this machine allows.** The API's process spent **${round(a.apiCpuSeconds, 2)} s** of CPU on the fault-free rush
(${round(a.apiMsPerRequest, 2)} ms per request), DynamoDB Local ${round(a.jvmCpuSeconds, 2)} s and the patients' process ${round(a.patientsCpuSeconds, 2)} s. ${
    clean.functionThreads
      ? `The handlers ran on
${clean.functionThreads} function threads (\`startFrontDoor\`'s \`functionThreads\`, packages/local/src/function-threads.ts), as Lambda
runs concurrent requests in environments of their own; until this run they shared the runner's HTTP thread,
which capped the rush at one core's worth of API. Each thread keeps its own caches (tokens checked, each
site's day), as separate Lambda environments do.`
      : `The handlers ran on the runner's HTTP
thread: with a core to itself throughout, the API alone allows at most **${percent(a.oneCoreCeiling)}**.`
  } All of that CPU spread perfectly over the ${cpus().length} cores takes at least
**${round(a.machineLeastSeconds, 2)} s**, so **${percent(a.machineCeiling)}** is the most efficiency this machine could show for
this rush's CPU however the work were threaded (with faults: ${percent(b.machineCeiling)}); the fault-free run reached ${percent(a.efficiency)}.
That is a ceiling on this much CPU, not on the machine: ${referenceParagraph(a, clean)} Handlers on function
threads do not help here: on ${functionThreadsTrial.date} (load average ${functionThreadsTrial.load}), a fault-free rush with two threads
took ${functionThreadsTrial.threaded.ms} ms of API CPU per request against ${functionThreadsTrial.oneThread.ms} ms on one thread minutes earlier
(${functionThreadsTrial.threaded.seconds} s to answer everyone against ${functionThreadsTrial.oneThread.seconds} s): two of every cache, token check and SDK client,
and the messages between threads, cost more CPU than the second core frees when DynamoDB Local already
needs most of it. A CPU
profile of the rush alone (\`FRONT_DOOR_BENCH_PROFILE=<file>\` on bench/rush-main.ts, ${profileDate}, handlers on the
server's thread; load average about 3.6) put the API process's time as: the AWS SDK's request pipeline
(@smithy/core serde and middleware, @aws-sdk/core, SigV4 signing and its HMACs, lib-dynamodb) about 30%;
socket writes (\`writev\`: the SDK's requests to DynamoDB Local 12%, the runner's answers 3.5%, loopback TCP
charged to the writer) about 16%; Node's HTTP client and server, streams and events about 9%; garbage
collection 4%; RS256 checks of each patient's first token 5% (a warm function keeps the tokens it has
checked, so a patient's next request skips it); the handlers, store, domain, glue and local runner together
about 11%. The cost is per request and per DynamoDB call, and the patients' own behaviour (about
${round(a.holdsPerPatient, 2)} holds each) sets how many requests there are. The fault-free run's 503s (if any)
are the store's own timeouts on a process starved of CPU, waited out and sent again like the others.
In AWS neither ceiling is as here: each request runs in a Lambda container of its own
(the CPU per request above is what it bills), and DynamoDB is not one JVM sharing two cores with the API.
`;
}

const profileDate = "3 December 2026";

/**
 * What one DynamoDB call of each shape costs DynamoDB Local and the calling process: 2,000 at
 * once through the runner's 256 sockets on a fresh in-memory table with the service's indexes,
 * after 200 to warm (a script run by hand on 3 December 2026, 17:23 UTC, load average 1.0-2.0).
 */
const callCostTrial = [
  { call: "consistent GetItem", perSecond: 1384, jvmMs: 0.54, clientMs: 0.59 },
  {
    call: "consistent BatchGetItem, 3 keys (a hold's look)",
    perSecond: 804,
    jvmMs: 1.15,
    clientMs: 0.73,
  },
  {
    call: "conditional UpdateItem, written (the floor's hold)",
    perSecond: 547,
    jvmMs: 1.6,
    clientMs: 0.83,
  },
  { call: "conditional UpdateItem, refused", perSecond: 793, jvmMs: 1.0, clientMs: 0.93 },
  {
    call: "TransactWriteItems, 2 Puts (the floor's booking)",
    perSecond: 287,
    jvmMs: 2.96,
    clientMs: 1.1,
  },
  {
    call: "TransactWriteItems, 3 items (a hold's shape), written",
    perSecond: 285,
    jvmMs: 3.17,
    clientMs: 0.94,
  },
  { call: "TransactWriteItems, 3 items, refused", perSecond: 239, jvmMs: 3.98, clientMs: 1.4 },
  { call: "consistent Query of 20 items", perSecond: 999, jvmMs: 0.94, clientMs: 0.67 },
];

/** The bare server's rush beside ours: how far the machine is the limit, and how far our work is. */
function referenceParagraph(a: ReturnType<typeof rushFigures>, clean: MeasuredRush): string {
  if (!clean.reference) return "the bare servers were not measured in this run.";
  const { floor, handlers } = clean.reference;
  const jvmMs = (r: ReferenceRush) => round((r.jvmSeconds * 1000) / r.requests, 2);
  const run = (r: ReferenceRush) =>
    `booked ${r.booked} with ${r.requests} requests (${r.otherAnswers} answers other than 200, 201 or 409) and answered
everyone in **${round(r.seconds, 2)} s: ${percent(a.floorSeconds / r.seconds)}** by the same floor, spending ${round(r.msPerRequest, 2)} ms of its own CPU and ${jvmMs(r)} ms of DynamoDB
Local's per request (machine ${cores(r.cpu.machineCores)} of ${cpus().length}, load average ${round(r.loadAverage, 2)} as it started)`;
  return `right after the rush, on the same DynamoDB Local, ${clean.patients} patients in a process of
their own with the rush's seed met two servers as bare as Node allows (bench/rush-reference.ts: a plain HTTP
server on 127.0.0.1, no local runner, middy chain, RS256 check, body validation or log). **The floor's own
design** (a hold one conditional \`UpdateItem\`, a booking one two-Put transaction, through a client built as
the functions build theirs, a 409's alternatives free from the server's memory; the rush's own patients)
${run(floor)}. **The API's own hold and booking handlers** (the same modules, store calls, fair-hold rules,
Idempotency-Key records and copies of sites' days as the functions; ${clean.patients} more synthetic patients with no booking
today and a second set of the same times, since the rush's are booked) ${run(handlers)}. The full API, for
comparison: ${round(clean.seconds, 2)} s, ${round(a.apiMsPerRequest, 2)} ms and ${round((a.jvmCpuSeconds * 1000) / a.requests, 2)} ms. The handlers alone, served bare,
took ${percent(handlers.seconds / clean.seconds)} of the whole API's time. Before hold functions refused from their sightings (17:43 UTC, the
machine before this one) the full API took 15.96 s, the handlers bare 12.46 s and the floor's design 7.09 s: the glue
around the handlers (the local runner, middy, the token check, validation) was the smaller part of the gap, and
most of it the DynamoDB work a request of ours asked for, two to three times the floor's in DynamoDB Local's
CPU, and the SDK calls that carry it. Most requests in a rush are holds refused because someone else has the
time; a refusal from the function's sighting asks DynamoDB nothing. **How far this carries to Lambda:** the runner
here serves every hold in one process, so one set of sightings sees the whole rush; on AWS each concurrent
request has a container of its own and a container's sightings are of the holds it served itself. In a rush of
this run's seed with the handlers on two function threads (bench/rush-main.ts \`--threads 2\`, each thread its
own sightings; 3 December 2026, 20:02 UTC, load average 1.33) the rush made 2,512 DynamoDB calls, against 1,868
on one thread at 19:58 UTC and 3,967 before sightings: halving the containers' share of the rush kept about
70% of the calls saved (its efficiency, 35.7%, is the threads' own CPU cost, below). On DynamoDB a refusal
from a sighting saves the look's three read units and its round trip; the fewer holds a container serves in a
second and a half, the fewer refusals it answers that way. The issue's own rules account for the rest: one
live hold per patient and no same-day hold for a patient booked that day make a won hold a consistent
three-key look and a three-item transaction, not one \`UpdateItem\`; a booking reads its slot, patient, request
and Idempotency-Key record and writes six items (slot, appointment, same-day guard, the day's count shard,
the patient's message, the record), half of its write units on indexes, where the floor's writes two; a
refused hold is a three-key look where the floor's is a refused \`UpdateItem\`. What one call of each shape
costs DynamoDB Local and its caller (2,000 at once after 200 to warm, through 256 sockets, on a table with the
service's indexes; a trial on 3 December 2026 at load average 1-2): ${callCostTrial.map((t) => `${t.call} ${t.perSecond}/s, ${t.jvmMs} ms of DynamoDB Local's CPU and ${t.clientMs} ms of the caller's`).join("; ")}.`;
}

/** One trial of the rush with its handlers on two function threads, beside one on one thread. */
const functionThreadsTrial = {
  date: "3 December 2026",
  load: "1.4–2.1",
  oneThread: { ms: 3.08, seconds: 11.6 },
  threaded: { ms: 4.16, seconds: 13.16 },
};

function describe(byError: Record<string, number>): string {
  const entries = Object.entries(byError);
  return entries.length ? entries.map(([name, n]) => `${name} ${n}`).join(", ") : "none";
}
