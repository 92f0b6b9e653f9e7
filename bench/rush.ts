import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { localDynamoDbMaxSockets } from "@front-door/local";
import { publishSlots } from "@front-door/store";
import type { ApiResponse } from "./api-client.ts";
import type { BenchService } from "./bench-service.ts";
import { type CpuUse, cpuBetween, sampleCpu } from "./cpu.ts";
import { type CallCounts, callsBetween } from "./dynamodb-calls.ts";
import { measureRawTransactions, type RawTransactionRate } from "./raw-transactions.ts";
import { rushSlots } from "./rush-slots.ts";
import {
  type CallsPerRequest,
  callsPerRequest,
  type StoreCheck,
  verifyRush,
} from "./rush-verify.ts";
import type { SyntheticPatient } from "./synthetic-patients.ts";

/** One HTTP request a patient made, and what came back. */
export interface RushRequest {
  kind: "hold" | "booking";
  status: number;
  ms: number;
  sentAt: number;
  endedAt: number;
  /** Sent again on another connection after the server closed an idle one (see api-client). */
  retries: number;
  code?: string;
  /** For a 409: how many other times it offered. */
  alternatives?: number;
  /** For a 409: whether it links the call-back queue or waiting list (nextSteps). */
  linksQueue?: boolean;
  /** For a 409: whether its message tells the patient about them. */
  mentionsQueue?: boolean;
}

export interface Journey {
  patientId: string;
  requests: RushRequest[];
  bookedSlotId?: string;
  appointmentId?: string;
}

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
      callsPerRequest: CallsPerRequest;
    };

/** Hold attempts per patient: the first choice and up to three of the offered alternatives. */
const maxHoldTries = 4;

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

  await Promise.all([service.api.warm("hold"), service.api.warm("booking")]);
  const random = seededRandom(20261124);
  const slotIds = arranged.slots.map((slot) => slot.id);
  const before = service.calls.counts();
  const loadAverage = loadavg()[0] ?? 0;
  const cpuBefore = sampleCpu();
  const started = performance.now();
  const journeys = await Promise.all(
    service.patients.map((patient) =>
      journey(service, patient, pick(slotIds, random) as string, random, started),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuBetween(cpuBefore, sampleCpu(), cpus().length);
  const callsDuringRush = callsBetween(before, service.calls.counts());

  const check = await verifyRush(service, arranged, journeys);
  const probe = await callsPerRequest(service, arranged, journeys);
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
    callsPerRequest: probe,
  };
}

async function journey(
  service: BenchService,
  { user, patient }: SyntheticPatient,
  firstChoice: string,
  random: () => number,
  zero: number,
): Promise<Journey> {
  const token = service.tokens.get(user.id) as string;
  const result: Journey = { patientId: patient.id, requests: [] };
  const send = async (kind: RushRequest["kind"], path: string, slotId: string) => {
    const sentAt = performance.now() - zero;
    const response = await service.api
      .call("POST", path, { token, body: { slotId }, idempotencyKey: randomUUID(), pool: kind })
      // A dropped connection is counted as "no answer" rather than ending the run.
      .catch(
        (error: unknown): ApiResponse => ({
          status: 0,
          body: { error: { code: error instanceof Error ? error.message : String(error) } },
          ms: performance.now() - zero - sentAt,
          retries: 0,
        }),
      );
    const request = toRushRequest(kind, response, sentAt);
    result.requests.push(request);
    return { request, response };
  };

  let slotId = firstChoice;
  for (let attempt = 1; attempt <= maxHoldTries; attempt++) {
    const { request, response } = await send("hold", "/api/same-day/holds", slotId);
    if (request.status === 200) {
      const booking = await send("booking", "/api/same-day/bookings", slotId);
      if (booking.request.status === 201) {
        result.bookedSlotId = slotId;
        const body = booking.response.body as { appointment?: { id?: string } };
        if (body.appointment?.id) result.appointmentId = body.appointment.id;
      }
      return result;
    }
    const alternatives = (response.body as { alternatives?: { id: string }[] }).alternatives;
    if (request.status !== 409 || !alternatives?.length) return result;
    slotId = (pick(alternatives, random) as { id: string }).id;
  }
  return result;
}

function toRushRequest(
  kind: RushRequest["kind"],
  response: ApiResponse,
  sentAt: number,
): RushRequest {
  const request: RushRequest = {
    kind,
    status: response.status,
    ms: response.ms,
    sentAt,
    endedAt: sentAt + response.ms,
    retries: response.retries,
  };
  const body = response.body as {
    error?: { code?: string; message?: string };
    alternatives?: unknown[];
    nextSteps?: unknown;
  };
  if (body?.error?.code) request.code = body.error.code;
  if (response.status === 409) {
    request.alternatives = Array.isArray(body?.alternatives) ? body.alternatives.length : 0;
    request.linksQueue = body?.nextSteps !== undefined;
    const message = body?.error?.message ?? "";
    request.mentionsQueue = /call you back/i.test(message) && /waiting list/i.test(message);
  }
  return request;
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** mulberry32: every run makes the same first choices, so runs differ by the machine, not by luck. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
