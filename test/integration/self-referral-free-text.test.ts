import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Principal, RouteDefinition } from "@front-door/contracts";
import { routes } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import { getReferral, readDailyCounts } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReferralDeps } from "../../functions/src/referrals/handlers/referral-shared.ts";
import { makeSelfReferralCreate } from "../../functions/src/referrals/handlers/self-referral.ts";
import { makeStaffReferrals } from "../../functions/src/referrals/handlers/staff-referrals.ts";
import { now, physio, physioAnswers, receptionist, today, tom } from "./referral-fixtures.ts";
import { type Call, routeCaller } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

// The patient's own words screened at self-referral (DynamoDB Local, through the route caller).

let t: TestTable;
let submit: Call;
let queue: Call;

function caller<R extends RouteDefinition>(
  route: R,
  make: (deps: ReferralDeps) => RouteHandler<R>,
): Call {
  return routeCaller(t, route, make, () => now);
}

beforeAll(async () => {
  t = await freshTable();
  submit = caller(routes.selfReferralCreate, makeSelfReferralCreate);
  queue = caller(routes.staffReferrals, makeStaffReferrals);
});

const refer = (principal: Principal, description: string, extra: Record<string, unknown> = {}) =>
  submit({
    principal,
    body: {
      serviceId: physio,
      questionnaireVersion: 1,
      answers: { ...physioAnswers, description },
      ...extra,
    },
  });

async function counts() {
  const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", today, today);
  const row = rows.find((r) => r.siteId === "site-armley" && r.service === "physiotherapy");
  const referrals = row?.referrals;
  return {
    submitted: referrals?.referralsSubmitted ?? 0,
    diverted: referrals?.referralsDiverted ?? 0,
  };
}

async function checksOf(patientId: string) {
  const result = await t.db.send(
    new QueryCommand({
      TableName: t.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :check)",
      ExpressionAttributeValues: { ":pk": `PATIENT#${patientId}`, ":check": "REFCHECK#" },
    }),
  );
  return result.Items ?? [];
}

describe("self-referral reads the patient's own words", () => {
  it("diverts 'crushing chest pain' to emergency advice, recorded and counted, with no referral", async () => {
    const before = await counts();
    const checksBefore = (await checksOf("patient-tom")).length;
    const { status, body } = await refer(tom, "back pain and now crushing chest pain");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: "emergency",
      freeText: { categories: ["chest-pain"] },
      advice: { action: "call-999" },
    });
    expect(await counts()).toEqual({ submitted: before.submitted, diverted: before.diverted + 1 });
    const checks = await checksOf("patient-tom");
    expect(checks).toHaveLength(checksBefore + 1);
    const check = checks.at(-1);
    expect(check).toMatchObject({ outcome: "emergency", matched: ["free-text:chest-pain"] });
    expect(JSON.stringify(check)).not.toContain("crushing");
  });

  it("refers normally when the words deny it: 'no chest pain'", async () => {
    const { status, body } = await refer(tom, "aching back, no chest pain");
    expect(status).toBe(200);
    expect(body.kind).toBe("referred");
    expect(body.referral.priority).toBeUndefined();
  });

  it("sends the referral on, urgent and first in the service's queue, when the patient says it was not meant that way", async () => {
    const before = await counts();
    const { status, body } = await refer(tom, "crushing chest pain when I lift", {
      freeTextNotEmergency: true,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "referred", referral: { priority: "urgent" } });
    expect(await counts()).toEqual({ submitted: before.submitted + 1, diverted: before.diverted });
    const stored = await getReferral(t.db, t.tableName, body.referral.id);
    expect(stored?.referral.priority).toBe("urgent");

    const seen = await queue({ principal: receptionist });
    expect(seen.status).toBe(200);
    expect(seen.body.referrals[0]).toMatchObject({ id: body.referral.id, priority: "urgent" });
  });

  it("refuses a confirmation that is not true or false", async () => {
    const { status, body } = await refer(tom, "aching back", { freeTextNotEmergency: "yes" });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain("freeTextNotEmergency");
  });
});
