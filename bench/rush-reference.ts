import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { localDynamoDbMaxSockets } from "@front-door/local";
import { createDocumentClient, createDynamoDbClient } from "@front-door/store";

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
export interface ReferenceServer {
  url: string;
  stop(): Promise<void>;
}

/** Offered on a 409, as the real API offers up to five other times. */
const alternativesOffered = 5;

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

  const answer = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
    });
    response.end(text);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { slotId } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { slotId: string };
    // The patient's own bearer token, as the patient: nothing is checked.
    const patient = (request.headers.authorization ?? "").slice(-24);
    const result =
      request.url === "/api/same-day/holds"
        ? await hold(patient, slotId)
        : await book(patient, slotId);
    answer(response, result.status, result.body);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) answer(response, 503, { error: { code: "unavailable" } });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      client.destroy();
    },
  };
}
