import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { type MeResponse, routes, SitesResponse } from "@front-door/contracts";
import { demoDistrictCentroids } from "@front-door/domain";
import type { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { getPatient, messagePut } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  makeMeGet,
  makeMeMessages,
  makeProfilePut,
} from "../../functions/src/account/handlers/me.ts";
import { makeSitesSearch } from "../../functions/src/handlers/sites-search.ts";
import { checkedHttp } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
let search: ReturnType<typeof http>;
let me: ReturnType<typeof http>;
let putProfile: ReturnType<typeof http>;

const amira = {
  role: "patient" as const,
  userId: "user-patient-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};
const tom = {
  role: "patient" as const,
  userId: "user-patient-tom",
  patientId: "patient-tom",
  nhsNumber: "9990001383",
};

beforeAll(async () => {
  t = await freshTable();
  const deps = { db: t.db, tableName: t.tableName };
  search = checkedHttp(
    routes.sitesSearch,
    makeSitesSearch({ ...deps, districts: demoDistrictCentroids() }),
  );
  me = checkedHttp(routes.meGet, makeMeGet(deps));
  putProfile = checkedHttp(
    routes.meProfilePut,
    makeProfilePut({ ...deps, now: () => new Date("2026-11-24T10:00:00Z") }),
  );
});

const body = (response: { body?: string }) => JSON.parse(response.body ?? "null");
const findSites = (query: Record<string, string>) =>
  search(httpEvent({ path: "/api/sites", query }), lambdaContext("sites-search"));

describe("GET /api/sites", () => {
  it("lists sites offering the service, nearest first, with distance, hours and services", async () => {
    const response = await findSites({ postcode: "ls1 4ap", service: "same-day-gp" });
    expect(response.statusCode).toBe(200);
    const result = z.parse(SitesResponse, body(response));
    expect(result.postcode).toBe("LS1 4AP");
    expect(result.sites.map((s) => s.id)).toEqual([
      "site-armley",
      "site-chapeltown",
      "site-halifax",
      "site-york-clifton",
    ]);
    const distances = result.sites.map((s) => s.distance.km);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(result.sites[0]?.distance.km).toBeGreaterThan(2);
    expect(result.sites[0]?.distance.km).toBeLessThan(5);
    expect(result.sites[0]?.openingHours).toHaveLength(6);
    expect(result.sites[0]?.services.map((s) => s.code)).toContain("physiotherapy");
    expect(result.sites[0]?.icb.name).toBe("NHS West Yorkshire ICB");
    expect(result.searchedWithinKm).toBe(85);
  });

  it("finds the community diagnostic centre for a diagnostic service", async () => {
    const result = body(await findSites({ postcode: "HX1 1BA", service: "chest-x-ray" }));
    expect(result.sites.map((s: { id: string }) => s.id)).toEqual(["site-wakefield-cdc"]);
  });

  it("answers a well-formed postcode outside the area with 422 postcode_not_covered", async () => {
    const response = await findSites({ postcode: "SW1A 1AA", service: "same-day-gp" });
    expect(response.statusCode).toBe(422);
    expect(body(response).error).toMatchObject({
      code: "postcode_not_covered",
      fields: [{ path: "postcode", message: "We do not cover SW1A 1AA yet" }],
    });
  });

  it("answers a malformed postcode or unknown service with 400 and the fields", async () => {
    const response = await findSites({ postcode: "LS1", service: "x-files" });
    expect(response.statusCode).toBe(400);
    const paths = body(response)
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(["postcode", "service"]);
    const missing = await findSites({});
    expect(missing.statusCode).toBe(400);
  });

  it("says so, rather than answering an empty list, when nothing is in reach", async () => {
    const empty = await freshTable({ seed: false });
    const bare = checkedHttp(
      routes.sitesSearch,
      makeSitesSearch({
        db: empty.db,
        tableName: empty.tableName,
        districts: demoDistrictCentroids(),
      }),
    );
    const response = await bare(
      httpEvent({ path: "/api/sites", query: { postcode: "YO30 6BA", service: "podiatry" } }),
      lambdaContext(),
    );
    expect(response.statusCode).toBe(200);
    const result = body(response);
    expect(result.sites).toEqual([]);
    expect(result.message).toMatch(/No sites offer podiatry .* within 53 miles of YO30 6BA/);
  });
});

describe("GET /api/me", () => {
  it("gives a patient their own record", async () => {
    const response = await me(httpEvent({ path: "/api/me", principal: amira }), lambdaContext());
    expect(response.statusCode).toBe(200);
    const result = body(response) as MeResponse;
    expect(result.patient?.nhsNumber).toBe("9990000018");
    expect(result.patient?.profile.communication.interpreterLanguage).toBe("Urdu");
    // Her practice, and so her ICB: the personal health budget offer that applies to her.
    expect(result.site).toEqual({
      id: "site-chapeltown",
      name: expect.stringContaining("Chapeltown"),
      icbId: "icb-west-yorkshire",
    });
  });

  it("gives staff their site and analysts their ICB, never a patient record", async () => {
    const receptionist = body(
      await me(
        httpEvent({
          path: "/api/me",
          principal: { role: "receptionist", userId: "r", siteId: "site-york-clifton" },
        }),
        lambdaContext(),
      ),
    ) as MeResponse;
    expect(receptionist.site).toEqual({
      id: "site-york-clifton",
      name: "Clifton Neighbourhood Health Centre",
      icbId: "icb-humber-north-yorkshire",
    });
    expect(receptionist.patient).toBeUndefined();
    const analyst = body(
      await me(
        httpEvent({
          path: "/api/me",
          principal: { role: "icb-analyst", userId: "a", icbId: "icb-west-yorkshire" },
        }),
        lambdaContext(),
      ),
    ) as MeResponse;
    expect(analyst.icb?.name).toBe("NHS West Yorkshire ICB");
    expect(analyst.patient).toBeUndefined();
  });

  it("refuses a token whose NHS number does not match the record it names", async () => {
    const forged = { ...amira, nhsNumber: tom.nhsNumber };
    const response = await me(httpEvent({ path: "/api/me", principal: forged }), lambdaContext());
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain("Amira");
  });

  it("answers 401 without a token and 404 for a patient with no record", async () => {
    expect((await me(httpEvent({ path: "/api/me" }), lambdaContext())).statusCode).toBe(401);
    const ghost = { ...amira, patientId: "patient-ghost" };
    expect(
      (await me(httpEvent({ path: "/api/me", principal: ghost }), lambdaContext())).statusCode,
    ).toBe(404);
  });
});

describe("PUT /api/me/profile", () => {
  const profile = {
    preferredName: "  Tommy ",
    contact: { mobile: "+44 (0)7700 900321", email: "" },
    communication: {
      britishSignLanguage: true,
      easyRead: true,
      largePrint: false,
      interpreterLanguage: "",
    },
    accessibilityNeeds: "Step-free access",
    consent: { sms: true, email: false },
  };
  const put = (principal: object | undefined, value: unknown) =>
    putProfile(
      httpEvent({
        method: "PUT",
        path: "/api/me/profile",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(value),
        ...(principal ? { principal: principal as typeof tom } : {}),
      }),
      lambdaContext(),
    );

  it("saves the caller's own profile, tidied, and only theirs", async () => {
    const amiraBefore = await getPatient(t.db, t.tableName, "patient-amira");
    const response = await put(tom, profile);
    expect(response.statusCode).toBe(200);
    expect(body(response)).toEqual({
      profile: {
        preferredName: "Tommy",
        contact: { mobile: "+447700900321" },
        communication: { britishSignLanguage: true, easyRead: true, largePrint: false },
        accessibilityNeeds: "Step-free access",
        consent: { sms: true, email: false },
      },
      profileUpdatedAt: "2026-11-24T10:00:00.000Z",
    });
    const saved = await getPatient(t.db, t.tableName, "patient-tom");
    expect(saved?.profile.contact.mobile).toBe("+447700900321");
    expect(saved?.nhsNumber).toBe("9990001383");
    expect(await getPatient(t.db, t.tableName, "patient-amira")).toEqual(amiraBefore);
  });

  it("writes nothing when the input is invalid", async () => {
    const before = await getPatient(t.db, t.tableName, "patient-amira");
    const response = await put(amira, { ...profile, contact: { mobile: "01134960000" } });
    expect(response.statusCode).toBe(400);
    expect(body(response).error.fields).toEqual([
      { path: "contact.mobile", message: "Enter a UK mobile number, like 07700 900123" },
    ]);
    expect(await getPatient(t.db, t.tableName, "patient-amira")).toEqual(before);
  });

  it("refuses staff, analysts and the signed-out", async () => {
    expect(
      (await put({ role: "receptionist", userId: "r", siteId: "site-armley" }, profile)).statusCode,
    ).toBe(403);
    expect(
      (await put({ role: "icb-analyst", userId: "a", icbId: "icb-west-yorkshire" }, profile))
        .statusCode,
    ).toBe(403);
    expect((await put(undefined, profile)).statusCode).toBe(401);
  });
});

describe("GET /api/me/messages", () => {
  it("shows a patient their own messages, newest first, and nobody else's", async () => {
    const messages = checkedHttp(
      routes.meMessages,
      makeMeMessages({ db: t.db, tableName: t.tableName }),
    );
    const write = (patientId: string, id: string, createdAt: string) =>
      t.db.send(
        new TransactWriteCommand({
          TransactItems: [
            messagePut(t.tableName, {
              id,
              patientId,
              kind: "booking-confirmed",
              channels: ["sms"],
              text: `message ${id}`,
              createdAt,
              status: "pending",
            }),
          ],
        }),
      );
    await write("patient-amira", "m-old", "2026-11-24T08:00:00.000Z");
    await write("patient-amira", "m-new", "2026-11-24T09:00:00.000Z");
    await write("patient-tom", "m-tom", "2026-11-24T09:30:00.000Z");
    const response = await messages(
      httpEvent({ path: "/api/me/messages", principal: amira }),
      lambdaContext(),
    );
    expect(response.statusCode).toBe(200);
    expect(body(response).messages.map((m: { id: string }) => m.id)).toEqual(["m-new", "m-old"]);
    const staff = await messages(
      httpEvent({
        path: "/api/me/messages",
        principal: { role: "receptionist", userId: "r", siteId: "site-armley" },
      }),
      lambdaContext(),
    );
    expect(staff.statusCode).toBe(403);
  });
});
