import { Logger } from "@aws-lambda-powertools/logger";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { routes } from "@front-door/contracts";
import { demoDistrictCentroids } from "@front-door/domain";
import { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { makeSitesSearch } from "../functions/src/handlers/sites-search.ts";
import { percentile } from "./stats.ts";

export interface LatencyFigure {
  name: string;
  p50Ms: number;
  p99Ms: number;
  iterations: number;
}

/**
 * Warm, in-process latency of GET /api/sites: the real handler through the full chain (with
 * DynamoDB Local), the chain around a handler that returns the same JSON from memory, and a
 * bare function returning that JSON. Chain-minus-bare is what the middleware costs.
 */
export async function measureChain(
  db: DynamoDBDocumentClient,
  tableName: string,
  iterations = 2000,
): Promise<LatencyFigure[]> {
  // Logs to a sink: the figure is the chain's cost, not the terminal's.
  const logger = new Logger({ serviceName: "bench", logLevel: "SILENT" });
  const query = { postcode: "LS1 4AP", service: "same-day-gp" };
  // One event reused: building it is not part of what is measured.
  const request = httpEvent({ path: "/api/sites", query });
  const event = () => request;
  const real = http(
    routes.sitesSearch,
    makeSitesSearch({ db, tableName, districts: demoDistrictCentroids() }),
    { logger },
  );
  const sample = await real(event(), lambdaContext());
  const json = JSON.parse(sample.body ?? "{}");
  const chainOnly = http(routes.sitesSearch, async () => ({ body: json }), { logger });
  const bare = async () => ({
    statusCode: 200,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(json),
  });
  const context = lambdaContext();
  return [
    await time("bare handler, same JSON", iterations, () => bare()),
    await time("middleware chain, same JSON", iterations, () => chainOnly(event(), context)),
    await time("middleware chain + DynamoDB Local", Math.min(iterations, 300), () =>
      real(event(), context),
    ),
  ];
}

async function time(
  name: string,
  iterations: number,
  call: () => Promise<unknown>,
): Promise<LatencyFigure> {
  for (let i = 0; i < Math.min(200, iterations); i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return { name, p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99), iterations };
}
