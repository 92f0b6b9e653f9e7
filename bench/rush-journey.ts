import { randomUUID } from "node:crypto";
import type { ApiClient, ApiResponse } from "./api-client.ts";

/** One HTTP answer a patient had, and what it said. */
export interface RushRequest {
  kind: "hold" | "booking";
  status: number;
  /** This attempt alone: from being issued (including any wait for a connection) to its last byte. */
  ms: number;
  /** From the step's first attempt to this answer, 503 waits and retries included. */
  stepMs: number;
  sentAt: number;
  endedAt: number;
  /** Sent again on another connection after the server closed an idle one (see api-client). */
  retries: number;
  /** The Retry-After a 503 carried (seconds), which the patient waited before trying again. */
  retryAfter?: string;
  /** How many 503s with Retry-After this step had before this answer. */
  after503: number;
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

/** Hold attempts per patient: the first choice and up to three of the offered alternatives. */
export const maxHoldTries = 4;
/** A step answered 503 more often than this is given up (counted, never hidden). */
const max503PerStep = 5;

/**
 * One patient of the rush, as the booking page behaves: hold the first choice; on a 409
 * `slot_taken`, one of the offered alternatives at random, up to `maxHoldTries` holds; then
 * confirm. A 503 with Retry-After is waited out and the same request (same Idempotency-Key)
 * sent again, as a browser following the header would.
 */
export async function journey(
  api: ApiClient,
  patient: { patientId: string; token: string },
  firstChoice: string,
  random: () => number,
  zero: number,
): Promise<Journey> {
  const result: Journey = { patientId: patient.patientId, requests: [] };
  const send = async (kind: RushRequest["kind"], path: string, slotId: string) => {
    const idempotencyKey = randomUUID();
    const stepStarted = performance.now() - zero;
    for (let after503 = 0; ; after503++) {
      const sentAt = performance.now() - zero;
      const response = await api
        .call("POST", path, { token: patient.token, body: { slotId }, idempotencyKey, pool: kind })
        // A dropped connection is counted as "no answer" rather than ending the run.
        .catch(
          (error: unknown): ApiResponse => ({
            status: 0,
            body: { error: { code: error instanceof Error ? error.message : String(error) } },
            ms: performance.now() - zero - sentAt,
            retries: 0,
          }),
        );
      const request = toRushRequest(kind, response, sentAt, stepStarted, after503);
      result.requests.push(request);
      const wait = Number(response.retryAfter);
      if (response.status !== 503 || !(wait >= 0) || after503 >= max503PerStep) {
        return { request, response };
      }
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
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
  stepStarted: number,
  after503: number,
): RushRequest {
  const request: RushRequest = {
    kind,
    status: response.status,
    ms: response.ms,
    stepMs: sentAt + response.ms - stepStarted,
    sentAt,
    endedAt: sentAt + response.ms,
    retries: response.retries,
    after503,
    ...(response.retryAfter !== undefined ? { retryAfter: response.retryAfter } : {}),
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

export function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** mulberry32: the same choices every run, so runs differ by the machine, not by luck. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
