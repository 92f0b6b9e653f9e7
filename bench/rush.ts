import { fork } from "node:child_process";
import { channel } from "node:diagnostics_channel";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { claimNames } from "@front-door/contracts";
import { localDynamoDbMaxSockets } from "@front-door/local";
import { publishSlots } from "@front-door/store";
import type { BenchService } from "./bench-service.ts";
import { type CpuUse, cpuBetween, sampleCpu } from "./cpu.ts";
import { type CallCounts, callsBetween } from "./dynamodb-calls.ts";
import { startProfile } from "./profile.ts";
import { measureRawTransactions, type RawTransactionRate } from "./raw-transactions.ts";
import type { Journey } from "./rush-journey.ts";
import { maxHoldTries } from "./rush-journey.ts";
import type { PatientsDone, PatientsSetup } from "./rush-patients.ts";
import { startHandlersServer, startReferenceServer } from "./rush-reference.ts";
import { rushSlots } from "./rush-slots.ts";
import {
  type CallsPerRequest,
  callsPerRequest,
  type StoreCheck,
  verifyRush,
} from "./rush-verify.ts";
import { addPatients, type SyntheticPatient, syntheticPatients } from "./synthetic-patients.ts";

export type { Journey, RushRequest } from "./rush-journey.ts";

export type RushResult =
  | { kind: "skipped"; reason: string }
  | {
      kind: "measured";
      patients: number;
      slots: number;
      sites: number;
      columns: number;
      localDate: string;
      firstSlot: string;
      lastSlot: string;
      maxHoldTries: number;
      journeys: Journey[];
      seconds: number;
      /** The higher of `rawByClient`'s rates: the target's measure. */
      raw: RawTransactionRate;
      /** Raw transactions through the SDK's default 50 sockets and through the runner's limit. */
      rawByClient: RawTransactionRate[];
      /** Raw conditional UpdateItems (a hold's write), through the runner's limit. */
      rawUpdates: RawTransactionRate;
      check: StoreCheck;
      callsDuringRush: CallCounts;
      cpu: CpuUse;
      /** The machine's 1-minute load average as the rush started (other work shares it). */
      loadAverage: number;
      /** The patients' own process (their HTTP client), apart from the API's. */
      patientsCpu: { cores: number; msPerRequest: number; eventLoopUtilization: number };
      /** FRONT_DOOR_FAULTS as the functions had it, if any. */
      faults: string | undefined;
      /** Retries the store's retry policy granted during the rush, by error name. */
      storeRetries: Record<string, number>;
      callsPerRequest: CallsPerRequest;
      /** Worker threads the local runner ran the handlers on (0: the HTTP server's thread). */
      functionThreads: number;
      /**
       * The same patients against the floor's own design served bare (rush-reference.ts): the
       * fault-free run only (the bare server has no retry policy to fault).
       */
      reference: { floor: ReferenceRush; handlers: ReferenceRush } | undefined;
    };

/** The same patients, seed and machine against the floor's design served bare, after the rush. */
export interface ReferenceRush {
  seconds: number;
  booked: number;
  requests: number;
  /** Answers other than 200, 201 and 409 (none expected). */
  otherAnswers: number;
  cpu: CpuUse;
  /** The server's process (the bench's) CPU per HTTP request, in ms. */
  msPerRequest: number;
  jvmSeconds: number;
  patientsCpuMs: number;
  loadAverage: number;
}

/**
 * The 8am rush: every patient at once tries to hold one of the same-day slots through the HTTP
 * API, moves to one of the alternatives a 409 offers (up to three times), and confirms what they
 * hold. Patients choose at random (seeded): the first choice among all the slots, then among the
 * alternatives offered. The API needs no triage request before a hold or a booking (requestId
 * is optional on a booking), so none is made: the figures are the contended path only.
 */
export async function measureRush(
  service: BenchService,
  sites: readonly { id: string; icbId: string }[],
  slotsPerSite: number,
  faults?: string,
  functionThreads = 0,
): Promise<RushResult> {
  const arranged = rushSlots(sites, slotsPerSite, new Date());
  if (arranged.kind === "too-late") return { kind: "skipped", reason: arranged.reason };
  await publishSlots(service.db, service.tableName, arranged.slots);

  const endpoint = service.front.dynamodbEndpoint;
  const count = service.patients.length;
  const rawByClient = [
    await measureRawTransactions(endpoint, service.tableName, count),
    await measureRawTransactions(endpoint, service.tableName, count, {
      maxSockets: localDynamoDbMaxSockets,
    }),
  ];
  const raw = rawByClient.reduce((best, rate) => (rate.perSecond > best.perSecond ? rate : best));
  const rawUpdates = await measureRawTransactions(endpoint, service.tableName, count, {
    maxSockets: localDynamoDbMaxSockets,
    write: "update",
  });

  const patients = await forkPatients({
    type: "setup",
    url: service.front.url,
    patients: service.patients.map(({ user, patient }) => ({
      patientId: patient.id,
      token: service.tokens.get(user.id) as string,
    })),
    slotIds: arranged.slots.map((slot) => slot.id),
    seed: 20261124,
  });
  const retries = countStoreRetries();
  let done: PatientsDone;
  let cpu: CpuUse;
  let loadAverage: number;
  let callsDuringRush: CallCounts;
  try {
    const before = service.calls.counts();
    loadAverage = loadavg()[0] ?? 0;
    const profile = await startProfile(process.env.FRONT_DOOR_BENCH_PROFILE);
    const cpuBefore = sampleCpu();
    done = await patients.go();
    cpu = cpuBetween(cpuBefore, sampleCpu(), cpus().length);
    await profile.stop();
    callsDuringRush = callsBetween(before, service.calls.counts());
  } finally {
    retries.stop();
    await patients.close();
  }
  const { journeys, seconds } = done;
  const requestCount = journeys.reduce((sum, j) => sum + j.requests.length, 0);

  const check = await verifyRush(service, arranged, journeys);
  const probe = await callsPerRequest(service, arranged, journeys);
  const reference = faults ? undefined : await measureReferences(service, sites, arranged);
  return {
    kind: "measured",
    patients: service.patients.length,
    slots: arranged.slots.length,
    sites: sites.length,
    columns: arranged.columns,
    localDate: arranged.localDate,
    firstSlot: arranged.first,
    lastSlot: arranged.last,
    maxHoldTries,
    journeys,
    seconds,
    raw,
    rawByClient,
    rawUpdates,
    check,
    callsDuringRush,
    cpu,
    loadAverage,
    patientsCpu: {
      cores: done.cpuMs / 1000 / seconds,
      msPerRequest: done.cpuMs / requestCount,
      eventLoopUtilization: done.eventLoopUtilization,
    },
    faults,
    storeRetries: retries.byError,
    callsPerRequest: probe,
    functionThreads,
    reference,
  };
}

/**
 * After the fault-free rush, two servers as bare as Node allows (rush-reference.ts), each met by
 * 2,000 patients in their own process with the rush's seed: the floor's own design (the rush's
 * patients and slot ids, on items of its own), then the API's own hold and booking handlers
 * without the glue around them, which need patients with no booking today and free slots:
 * 2,000 more synthetic patients (added through the store; their tokens carry the same claims,
 * unsigned, since nothing checks them) and a second set of the same times at the same sites.
 */
async function measureReferences(
  service: BenchService,
  sites: readonly { id: string; icbId: string }[],
  arranged: Extract<ReturnType<typeof rushSlots>, { kind: "ready" }>,
): Promise<{ floor: ReferenceRush; handlers: ReferenceRush }> {
  const slotIds = arranged.slots.map((slot) => slot.id);
  const rushPatients = service.patients.map(({ user, patient }) => ({
    patientId: patient.id,
    token: service.tokens.get(user.id) as string,
  }));
  const floor = await measureReference(rushPatients, slotIds, () =>
    startReferenceServer(service.front.dynamodbEndpoint, service.tableName, slotIds),
  );

  const count = service.patients.length;
  const more = syntheticPatients(
    2 * count,
    sites.map((site) => site.id),
  ).slice(count);
  await addPatients(service.db, service.tableName, more);
  const second = rushSlots(
    sites,
    arranged.slots.length / sites.length,
    new Date(),
    arranged.columns + 1,
  );
  if (second.kind !== "ready") throw new Error(second.reason);
  await publishSlots(service.db, service.tableName, second.slots);
  const handlers = await measureReference(
    more.map((synthetic) => ({
      patientId: synthetic.patient.id,
      token: unsignedToken(synthetic),
    })),
    second.slots.map((slot) => slot.id),
    () => startHandlersServer(service.front.dynamodbEndpoint, service.tableName),
  );
  return { floor, handlers };
}

/** A token-shaped string with a patient's claims, unsigned: only the bare handlers read it. */
function unsignedToken({ user, patient }: SyntheticPatient): string {
  const claims = {
    [claimNames.subject]: user.id,
    [claimNames.groups]: [user.role],
    [claimNames.patientId]: patient.id,
    [claimNames.nhsNumber]: patient.nhsNumber,
  };
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none" })}.${part(claims)}.unsigned`;
}

/** One bare server's rush: the patients' process against it, and the CPU each side used. */
async function measureReference(
  patientsIn: { patientId: string; token: string }[],
  slotIds: string[],
  start: () => Promise<{ url: string; stop(): Promise<void> }>,
): Promise<ReferenceRush> {
  const server = await start();
  try {
    const patients = await forkPatients({
      type: "setup",
      url: server.url,
      patients: patientsIn,
      slotIds,
      seed: 20261124,
    });
    let done: PatientsDone;
    let cpu: CpuUse;
    let cpuMs: number;
    const loadAverage = loadavg()[0] ?? 0;
    try {
      const before = sampleCpu();
      done = await patients.go();
      const after = sampleCpu();
      cpu = cpuBetween(before, after, cpus().length);
      cpuMs =
        (after.process.user - before.process.user + after.process.system - before.process.system) /
        1000;
    } finally {
      await patients.close();
    }
    const requests = done.journeys.flatMap((j) => j.requests);
    return {
      seconds: done.seconds,
      booked: done.journeys.filter((j) => j.appointmentId).length,
      requests: requests.length,
      otherAnswers: requests.filter((r) => ![200, 201, 409].includes(r.status)).length,
      cpu,
      msPerRequest: cpuMs / requests.length,
      jvmSeconds: (cpu.jvmCores ?? 0) * done.seconds,
      patientsCpuMs: done.cpuMs,
      loadAverage,
    };
  } finally {
    await server.stop();
  }
}

/** The patients' process, set up (connections open) and waiting for `go`. */
async function forkPatients(setup: PatientsSetup) {
  const child = fork(fileURLToPath(new URL("./rush-patients.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = (type: string) =>
    new Promise<unknown>((resolve, reject) => {
      const onMessage = (message: { type: string }) => {
        if (message.type !== type) return;
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(message);
      };
      const onExit = (code: number | null) =>
        reject(new Error(`the patients' process stopped (exit ${code}) before "${type}"`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  const ready = next("ready");
  child.send(setup);
  await ready;
  return {
    go: async () => {
      const done = next("done");
      child.send({ type: "go" });
      return (await done) as PatientsDone;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      if (child.connected) child.send({ type: "close" });
      else child.kill();
      await exited;
    },
  };
}

/** Counts the store's retries (see storeRetryChannel) in this process, the API's. */
function countStoreRetries() {
  const byError: Record<string, number> = {};
  const retries = channel("front-door:store-retry");
  const listen = (message: unknown) => {
    const { errorName } = message as { errorName: string };
    byError[errorName] = (byError[errorName] ?? 0) + 1;
  };
  retries.subscribe(listen);
  return { byError, stop: () => retries.unsubscribe(listen) };
}
