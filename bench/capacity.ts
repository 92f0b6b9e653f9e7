import { randomUUID } from "node:crypto";
import { channel } from "node:diagnostics_channel";
import { currentTriageQuestionnaire, redFlagQuestions } from "@front-door/domain";
import { addSiteIfAbsent, demoSites, demoUsers, publishSlots } from "@front-door/store";
import { typicalAnswers } from "../packages/domain/src/referrals/catalogue/testing.ts";
import type { BenchService } from "./bench-service.ts";
import { benchSitesNear, healthCentreDay, physioClinic } from "./capacity-data.ts";
import { recordDynamoDbCalls, sequentialRoundTrips } from "./dynamodb-calls.ts";
import { forkHttpClient, type RemoteCall } from "./http-child.ts";

/** What one request of a journey step cost the API. */
export interface StepCost {
  status: number;
  readUnits: number;
  writeUnits: number;
  /** Of those, the units spent on global secondary indexes. */
  indexUnits: number;
  calls: Record<string, number>;
  roundTrips: number;
  /** CPU the API's process spent on the request (its client is in another process). */
  cpuMs: number;
}

export interface StepFigures {
  journey: "same-day" | "self-referral";
  step: string;
  route: string;
  /** The first patient's: the functions' short-lived copies (sites near, site days) empty. */
  first: StepCost;
  /** Every later patient's, in order. */
  later: StepCost[];
}

export type CapacityResult =
  | { kind: "skipped"; reason: string }
  | {
      kind: "measured";
      patients: number;
      sites: string[];
      slotsPerSite: number;
      slotsPerSiteByService: Record<string, number>;
      physioSlots: number;
      steps: StepFigures[];
    };

const triageAnswers = {
  questionnaireVersion: 1,
  appointmentFor: "myself",
  // "No" to each red-flag question an adult is asked, as the published questionnaire lists them.
  ...Object.fromEntries(
    redFlagQuestions(currentTriageQuestionnaire, { appointmentFor: "myself" }).map((q) => [
      q.id,
      "no",
    ]),
  ),
  problem: "Sore ear for 2 days",
  duration: "1-to-3-days",
};

/**
 * Each step of the same-day and self-referral journeys through the HTTP API, one request at a
 * time, with the functions' DynamoDB clients reporting ReturnConsumedCapacity (INDEXES): read
 * and write units, DynamoDB calls, calls made one after another, and the API process's CPU.
 * The patient sees five health centres within about a mile (Chapeltown and four bench ones),
 * each with a day of about 200 slots across services.
 */
export async function measureCapacity(service: BenchService): Promise<CapacityResult> {
  const now = new Date();
  const home = demoSites.find((site) => site.id === "site-chapeltown");
  const armley = demoSites.find((site) => site.id === "site-armley");
  if (!home || !armley) throw new Error("the demo sites have changed: no Chapeltown or Armley");
  const near = benchSitesNear(home);
  for (const site of near) await addSiteIfAbsent(service.db, service.tableName, site);
  const sites = [home, ...near];
  const days = sites.map((site) => healthCentreDay(site, now));
  if (days.some((day) => day === undefined)) {
    return { kind: "skipped", reason: "too little of the London day is left for a day of slots" };
  }
  for (const day of days) await publishSlots(service.db, service.tableName, day ?? []);
  const clinic = physioClinic(armley, now);
  await publishSlots(service.db, service.tableName, clinic);

  const clinicianUser = demoUsers.find((user) => user.id === "user-clinician-armley");
  if (!clinicianUser) throw new Error("the demo users have changed: no Armley clinician");
  const clinician = await service.tokenFor(clinicianUser);
  const client = forkHttpClient(service.front.url);
  const recorder = recordDynamoDbCalls();
  const units = sumCapacity();
  const figures = new Map<string, StepFigures>();
  const step = async (
    journey: StepFigures["journey"],
    name: string,
    route: string,
    request: RemoteCall,
  ) => {
    const from = recorder.length;
    units.reset();
    const cpuBefore = process.cpuUsage();
    const response = await client.call(request);
    const cpu = process.cpuUsage(cpuBefore);
    const calls = recorder.since(from);
    const cost: StepCost = {
      status: response.status,
      ...units.total(),
      calls: countOperations(calls.map((call) => call.operation)),
      roundTrips: sequentialRoundTrips(calls),
      cpuMs: (cpu.user + cpu.system) / 1000,
    };
    const key = `${journey} ${name}`;
    const known = figures.get(key);
    if (known) known.later.push(cost);
    else figures.set(key, { journey, step: name, route, first: cost, later: [] });
    return response;
  };

  try {
    for (const [index, { user }] of service.patients.entries()) {
      const token = service.tokens.get(user.id) as string;
      const post = (path: string, body: unknown): RemoteCall => ({
        method: "POST",
        path,
        token,
        body,
        idempotencyKey: randomUUID(),
      });
      const asked = await step(
        "same-day",
        "triage request",
        "POST /api/same-day/requests",
        post("/api/same-day/requests", triageAnswers),
      );
      const requestId = (asked.body as { requestId?: string }).requestId;
      const page = await step("same-day", "slots page", "GET /api/same-day/slots", {
        method: "GET",
        path: `/api/same-day/slots?requestId=${requestId}`,
        token,
      });
      const offered = (
        page.body as { sites?: { channels: { slots: { id: string }[] }[] }[] }
      ).sites?.flatMap((site) => site.channels.flatMap((group) => group.slots));
      const slotId = offered?.[index * 3]?.id;
      if (!requestId || !slotId) {
        throw new Error(`the same-day journey stopped: ${JSON.stringify(page.body).slice(0, 300)}`);
      }
      await step(
        "same-day",
        "hold",
        "POST /api/same-day/holds",
        post("/api/same-day/holds", { slotId }),
      );
      await step(
        "same-day",
        "booking (its message written in the same transaction)",
        "POST /api/same-day/bookings",
        post("/api/same-day/bookings", { slotId, requestId }),
      );
      await step("same-day", "messages page (the confirmation)", "GET /api/me/messages", {
        method: "GET",
        path: "/api/me/messages",
        token,
      });

      const made = await step(
        "self-referral",
        "create",
        "POST /api/self-referral/referrals",
        post("/api/self-referral/referrals", {
          serviceId: "armley-msk-physiotherapy",
          questionnaireVersion: 1,
          answers: typicalAnswers["msk-physiotherapy"],
        }),
      );
      const referralId = (made.body as { referral?: { id?: string } }).referral?.id;
      if (!referralId) {
        throw new Error(`the self-referral stopped: ${JSON.stringify(made.body).slice(0, 300)}`);
      }
      await step(
        "self-referral",
        "accepted by the clinician (staff)",
        "POST /api/staff/referrals/{referralId}/actions",
        {
          method: "POST",
          path: `/api/staff/referrals/${referralId}/actions`,
          token: clinician,
          body: { type: "accept", priority: "routine" },
          idempotencyKey: randomUUID(),
        },
      );
      await step("self-referral", "free-times page", "GET /api/me/referrals/{referralId}/slots", {
        method: "GET",
        path: `/api/me/referrals/${referralId}/slots`,
        token,
      });
    }
  } finally {
    recorder.stop();
    units.stop();
    await client.close();
  }
  const perSite = days[0] ?? [];
  return {
    kind: "measured",
    patients: service.patients.length,
    sites: sites.map((site) => site.id),
    slotsPerSite: perSite.length,
    slotsPerSiteByService: countOperations(perSite.map((slot) => slot.service)),
    physioSlots: clinic.length,
    steps: [...figures.values()],
  };
}

interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
  GlobalSecondaryIndexes?: Record<string, Capacity>;
  LocalSecondaryIndexes?: Record<string, Capacity>;
}

const readOperations = new Set(["GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems"]);

/** Adds up what the functions' clients publish (see @front-door/store/consumed-capacity). */
function sumCapacity() {
  let read = 0;
  let write = 0;
  let index = 0;
  const published = channel("front-door:consumed-capacity");
  const listen = (message: unknown) => {
    const { operation, consumedCapacity } = message as {
      operation: string;
      consumedCapacity: Capacity | Capacity[];
    };
    for (const each of [consumedCapacity].flat()) {
      const total = each.CapacityUnits ?? 0;
      const isRead = readOperations.has(operation);
      read += each.ReadCapacityUnits ?? (isRead ? total : 0);
      write += each.WriteCapacityUnits ?? (isRead ? 0 : total);
      for (const gsi of Object.values(each.GlobalSecondaryIndexes ?? {})) {
        index += gsi.CapacityUnits ?? 0;
      }
    }
  };
  published.subscribe(listen);
  return {
    reset: () => {
      read = 0;
      write = 0;
      index = 0;
    },
    total: () => ({ readUnits: read, writeUnits: write, indexUnits: index }),
    stop: () => published.unsubscribe(listen),
  };
}

function countOperations(names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}
