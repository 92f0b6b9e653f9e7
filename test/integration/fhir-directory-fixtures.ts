import { type Principal, routes } from "@front-door/contracts";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { expect } from "vitest";
import { makeFhirMetadata } from "../../functions/src/fhir/handlers/fhir-metadata.ts";
import { makeFhirRead } from "../../functions/src/fhir/handlers/fhir-read.ts";
import { makeFhirSearch } from "../../functions/src/fhir/handlers/fhir-search.ts";
import { fhirValidatorErrors } from "../../packages/fhir/src/testing/fhir-validator.ts";
import { odsIdentifierErrors } from "../../packages/fhir/src/testing/ods-identifiers.ts";
import { r4InvariantErrors } from "../../packages/fhir/src/testing/r4-invariants.ts";
import { r4SchemaErrors } from "../../packages/fhir/src/testing/r4-schema.ts";
import { checkedHttp, type Result, routeCaller } from "./route-caller.ts";
import type { TestTable } from "./support.ts";

export const patient: Principal = {
  role: "patient",
  userId: "fhir-dir-patient",
  patientId: "patient-fhir-dir",
  nhsNumber: "9000000009",
};
export const otherPatient: Principal = { ...patient, userId: "fhir-dir-other", patientId: "p-2" };
export const receptionist: Principal = {
  role: "receptionist",
  userId: "fhir-dir-reception",
  siteId: "site-york-clifton",
};
export const analyst: Principal = {
  role: "icb-analyst",
  userId: "fhir-dir-analyst",
  icbId: "icb-humber-north-yorkshire",
};

/** Every FHIR body a test sees: HL7's R4 schema, FHIR.js's value sets, the invariants, ODS. */
export function expectValidFhir(body: unknown) {
  expect(r4SchemaErrors(body)).toEqual([]);
  expect(fhirValidatorErrors(body)).toEqual([]);
  expect(r4InvariantErrors(body)).toEqual([]);
  expect(odsIdentifierErrors(body)).toEqual([]);
}

/**
 * The three FHIR routes through the real glue against the test's table, each response checked
 * against the OpenAPI document and, when FHIR, validated. A search takes its query as sent
 * (`start=ge…&start=le…`), as API Gateway's rawQueryString carries it.
 */
export function fhirCalls(t: TestTable, now: () => Date) {
  const deps = { db: t.db, tableName: t.tableName, now };
  const readCall = routeCaller(t, routes.fhirRead, makeFhirRead, now);
  const metadataCall = routeCaller(t, routes.fhirMetadata, () => makeFhirMetadata(), now);
  const searchHandler = checkedHttp(routes.fhirSearch, makeFhirSearch(deps));
  const checked = (result: Result) => {
    expect(String(result.headers["content-type"])).toMatch(/^application\/fhir\+json/);
    expectValidFhir(result.body);
    return result;
  };
  return {
    read: async (principal: Principal | undefined, resourceType: string, id: string) =>
      checked(
        await readCall({ ...(principal ? { principal } : {}), params: { resourceType, id } }),
      ),
    metadata: async () => checked(await metadataCall({})),
    search: async (principal: Principal | undefined, resourceType: string, rawQuery = "") => {
      const event = httpEvent({
        method: "GET",
        path: routes.fhirSearch.path,
        ...(principal ? { principal } : {}),
      });
      event.pathParameters = { resourceType };
      event.rawQueryString = rawQuery;
      // API Gateway joins a repeated parameter's values with commas.
      const joined: Record<string, string> = {};
      for (const [name, value] of new URLSearchParams(rawQuery)) {
        joined[name] = joined[name] === undefined ? value : `${joined[name]},${value}`;
      }
      event.queryStringParameters = Object.keys(joined).length > 0 ? joined : undefined;
      const response = await searchHandler(event, lambdaContext());
      return checked({
        status: response.statusCode ?? 0,
        body: JSON.parse(response.body ?? "null"),
        headers: response.headers ?? {},
      });
    },
  };
}

/** The ids of a searchset's entries. */
export const idsOf = (bundle: { entry?: { resource: { id: string } }[] }) =>
  (bundle.entry ?? []).map((e) => e.resource.id);

/** A next link's query, to send as the next request. */
export const nextQuery = (bundle: { link: { relation: string; url: string }[] }) => {
  const next = bundle.link.find((l) => l.relation === "next");
  return next ? next.url.slice(next.url.indexOf("?") + 1) : undefined;
};
