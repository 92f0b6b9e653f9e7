import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { sameDayBookingCreate, sameDayHoldCreate } from "@front-door/contracts/routes";
import { DomainError } from "@front-door/domain";
import { principalFromClaims } from "@front-door/lambda";
import { idempotencyInTransaction } from "@front-door/lambda/idempotency-in-transaction";
import { localDynamoDbMaxSockets } from "@front-door/local";
import { createDocumentClient, createDynamoDbClient } from "@front-door/store";
import { AnsweredBefore } from "@front-door/store/idempotency-records";
import { holdTurns } from "../functions/src/same-day/handlers/hold-turns.ts";
import { recentSiteDays, recentSites } from "../functions/src/same-day/handlers/recent-reads.ts";
import { makeSameDayBooking } from "../functions/src/same-day/handlers/same-day-bookings.ts";
import { makeSameDayHold } from "../functions/src/same-day/handlers/same-day-holds.ts";

/** A bare server the rush's patients are pointed at instead of the API. */
export interface ReferenceServer {
  url: string;
  stop(): Promise<void>;
}

/** Offered on a 409, as the real API offers up to five other times. */
const alternativesOffered = 5;

/**
 * The efficiency floor's own design, served as bare as Node allows: what the target's
 * denominator would be if the API did nothing but the floor's writes. A hold is one conditional
 * UpdateItem on its slot (the floor's "one conditional write per patient"), a booking one
 * TransactWriteItems of two conditional Puts (its "one transaction per booking"), through a
 * client built as the functions build theirs, over keep-alive HTTP on 127.0.0.1. Nothing else:
 * no token check, no validation, no reads, no fair-hold rules, no idempotency record, no logs,
 * and a 409's alternatives come free from this process's memory of the holds it has granted
 * (one process sees every hold here; Lambda's many would not). It answers what the rush's
 * patients read (status, alternatives, appointment id), so the same patients, seed and
 * machine run against it in the same bench run as against the real API.
 *
 * Not a design anyone should ship (it would break the issue's fair-hold and idempotency rules);
 * it measures how much of the 2-core machine HTTP in, the SDK and DynamoDB Local take for the
 * minimum writes alone.
 */
export async function startReferenceServer(
  endpoint: string,
  tableName: string,
  slotIds: readonly string[],
): Promise<ReferenceServer> {
  const client = createDynamoDbClient({ endpoint, maxSockets: localDynamoDbMaxSockets });
  const db = createDocumentClient(client);
  const run = randomUUID().slice(0, 8);
  const free = new Set(slotIds);
  const order = [...slotIds];
  const index = new Map(order.map((id, i) => [id, i]));

  const alternativesTo = (slotId: string) => {
    const start = index.get(slotId) ?? 0;
    const found: { id: string }[] = [];
    for (let step = 1; step < order.length && found.length < alternativesOffered; step++) {
      const id = order[(start + step) % order.length] as string;
      if (free.has(id)) found.push({ id });
    }
    return found;
  };

  const hold = async (patient: string, slotId: string) => {
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: `BENCH#reference#${run}#${slotId}`, sk: "SLOT" },
          ConditionExpression: "attribute_not_exists(heldBy)",
          UpdateExpression: "SET heldBy = :patient",
          ExpressionAttributeValues: { ":patient": patient },
        }),
      );
      free.delete(slotId);
      return { status: 200, body: { hold: { slotId } } };
    } catch (error) {
      if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
      free.delete(slotId);
      return {
        status: 409,
        body: { error: { code: "slot_taken" }, alternatives: alternativesTo(slotId) },
      };
    }
  };

  const book = async (patient: string, slotId: string) => {
    const appointmentId = randomUUID();
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                pk: `BENCH#reference#${run}#${slotId}`,
                sk: "BOOKED",
                patient,
                appointmentId,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          {
            Put: {
              TableName: tableName,
              Item: { pk: `BENCH#reference#${run}#${patient}`, sk: slotId, appointmentId },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
        ],
      }),
    );
    return { status: 201, body: { appointment: { id: appointmentId } } };
  };

  return serveBare(
    (path, token, body) => {
      // The patient, for the items' keys: the end of their token's signature, unique to them.
      const patient = token.slice(-24);
      return path === "/api/same-day/holds"
        ? hold(patient, body.slotId)
        : book(patient, body.slotId);
    },
    () => client.destroy(),
  );
}

/**
 * The API's own hold and booking handlers (the same modules, store calls, fair-hold rules,
 * Idempotency-Key records and copies of sites' days as the functions), served as bare as the
 * floor's design: no local runner's API Gateway event, no middy chain, no RS256 check (the
 * token's claims are read unverified), no body validation, no logger. Between the bare floor's
 * design and the full API, it splits the gap into what the handlers and store do and what the
 * glue around them does.
 */
export async function startHandlersServer(
  endpoint: string,
  tableName: string,
): Promise<ReferenceServer> {
  const client = createDynamoDbClient({ endpoint, maxSockets: localDynamoDbMaxSockets });
  const db = createDocumentClient(client);
  const now = () => new Date();
  const hold = makeSameDayHold({
    db,
    tableName,
    now,
    ...recentSiteDays(db, tableName),
    ...holdTurns(),
  });
  const book = makeSameDayBooking({ db, tableName, now, ...recentSites(db, tableName) });
  const idempotency = idempotencyInTransaction({ db, tableName });
  const principals = new Map<string, ReturnType<typeof principalFromClaims>>();
  const principalOf = (token: string) => {
    let principal = principals.get(token);
    if (!principal) {
      const payload = token.split(".")[1] ?? "";
      principal = principalFromClaims(JSON.parse(Buffer.from(payload, "base64url").toString()));
      principals.set(token, principal);
    }
    return principal;
  };
  const request = { params: undefined, query: undefined, headers: {}, rawQuery: "" };
  return serveBare(
    async (path, token, body) => {
      const principal = principalOf(token) as never;
      const correlationId = randomUUID();
      try {
        if (path === "/api/same-day/holds") {
          const result = await hold({ ...request, principal, body, correlationId });
          return { status: result.status ?? sameDayHoldCreate.response.status, body: result.body };
        }
        const once = idempotency.begin({
          routeId: sameDayBookingCreate.id,
          callerKey: `${(principal as { userId: string }).userId}#${correlationId}`,
          body,
          defaultStatus: sameDayBookingCreate.response.status,
        });
        const result = await book({ ...request, principal, body, correlationId, once });
        return { status: result.status ?? sameDayBookingCreate.response.status, body: result.body };
      } catch (error) {
        if (error instanceof DomainError) {
          return { status: error.status, body: { error: { code: error.code } } };
        }
        if (error instanceof AnsweredBefore) {
          return { status: error.answer.status, body: error.answer.body };
        }
        throw error;
      }
    },
    () => client.destroy(),
  );
}

type BareAnswer = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * A plain Node HTTP server on 127.0.0.1 that hands each POST's path, bearer token and JSON
 * body to `handle`; whatever it throws is a 503 (none is expected: the report counts them).
 */
async function serveBare(
  handle: (path: string, token: string, body: { slotId: string }) => Promise<BareAnswer>,
  close: () => void,
): Promise<ReferenceServer> {
  const answer = (response: ServerResponse, result: BareAnswer) => {
    const text = JSON.stringify(result.body);
    response.writeHead(result.status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
      ...result.headers,
    });
    response.end(text);
  };
  const server = createServer((request, response) => {
    readJson(request)
      .then((body) =>
        handle(request.url ?? "", request.headers.authorization?.slice(7) ?? "", body),
      )
      .then(
        (result) => answer(response, result),
        () => {
          if (!response.headersSent) {
            answer(response, {
              status: 503,
              body: { error: { code: "unavailable" } },
              headers: { "retry-after": "1" },
            });
          }
        },
      );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      close();
    },
  };
}

async function readJson(request: IncomingMessage): Promise<{ slotId: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as { slotId: string };
}
