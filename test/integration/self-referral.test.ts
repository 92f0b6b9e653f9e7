import type { Principal, RouteDefinition } from "@front-door/contracts";
import { routes, SelfReferralOutcome, StaffReferralResponse } from "@front-door/contracts";
import { consentedChannels, demoDistrictCentroids } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import { SimulatedSender } from "@front-door/notify";
import {
  getMessage,
  getPatient,
  getReferral,
  keys,
  messagesFor,
  readDailyCounts,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import { makeIcbDashboard } from "../../functions/src/dashboard/handlers/icb-dashboard.ts";
import { makeFhirRead } from "../../functions/src/fhir/handlers/fhir-read.ts";
import { deliverMessage } from "../../functions/src/handlers/deliver-messages.ts";
import type { ReferralDeps } from "../../functions/src/referrals/handlers/referral-shared.ts";
import {
  makeMyReferral,
  makeMyReferralAction,
  makeMyReferrals,
  makeSelfReferralCreate,
  makeSelfReferralEarlierAnswers,
  makeSelfReferralServices,
} from "../../functions/src/referrals/handlers/self-referral.ts";
import {
  makeStaffReferral,
  makeStaffReferralAction,
  makeStaffReferrals,
} from "../../functions/src/referrals/handlers/staff-referrals.ts";
import { fhirValidatorErrors } from "../../packages/fhir/src/testing/fhir-validator.ts";
import { r4SchemaErrors } from "../../packages/fhir/src/testing/r4-schema.ts";
import {
  amira,
  analyst,
  clinician,
  edith,
  now,
  physio,
  physioAnswers,
  receptionist,
  today,
  tom,
} from "./referral-fixtures.ts";
import { type Call, routeCaller } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

const clinician2: Principal = { role: "clinician", userId: "c2-armley", siteId: "site-armley" };
const york: Principal = { role: "receptionist", userId: "r-york", siteId: "site-york-clifton" };

let t: TestTable;

function caller<R extends RouteDefinition>(
  route: R,
  make: (deps: ReferralDeps) => RouteHandler<R>,
): Call {
  return routeCaller(t, route, make, () => now);
}

let services: Call;
let submit: Call;
let mine: Call;
let earlier: Call;
let myOne: Call;
let myAct: Call;
let queue: Call;
let staffOne: Call;
let staffAct: Call;
let fhirRead: Call;

beforeAll(async () => {
  t = await freshTable();
  services = caller(routes.selfReferralServices, (deps) =>
    makeSelfReferralServices({ ...deps, districts: demoDistrictCentroids() }),
  );
  submit = caller(routes.selfReferralCreate, makeSelfReferralCreate);
  mine = caller(routes.myReferrals, makeMyReferrals);
  earlier = caller(routes.selfReferralEarlierAnswers, makeSelfReferralEarlierAnswers);
  myOne = caller(routes.myReferral, makeMyReferral);
  myAct = caller(routes.myReferralAction, makeMyReferralAction);
  queue = caller(routes.staffReferrals, makeStaffReferrals);
  staffOne = caller(routes.staffReferral, makeStaffReferral);
  staffAct = caller(routes.staffReferralAction, makeStaffReferralAction);
  fhirRead = caller(routes.fhirRead, makeFhirRead);
});

const refer = (principal: Principal, answers = physioAnswers, serviceId = physio) =>
  submit({ principal, body: { serviceId, questionnaireVersion: 1, answers } });

async function countsAtArmley() {
  const rows = await readDailyCounts(t.db, t.tableName, "icb-west-yorkshire", today, today);
  return rows.find((r) => r.siteId === "site-armley" && r.service === "physiotherapy")?.referrals;
}

describe("self-referral services", () => {
  it("lists the catalogue with whether the signed-in patient may refer themselves", async () => {
    const forTom = await services({ principal: tom });
    expect(forTom.status).toBe(200);
    const armley = forTom.body.services.find(
      (s: { service: { id: string } }) => s.service.id === physio,
    );
    expect(armley).toMatchObject({
      site: { name: expect.stringMatching(/Armley/) },
      mayRefer: { kind: "yes" },
    });
    expect(armley.service.questionnaire.item.length).toBeGreaterThan(3);
    // Edith is registered in York (Humber and North Yorkshire): Armley's service is not hers.
    const forEdith = await services({ principal: edith });
    const notHers = forEdith.body.services.find(
      (s: { service: { id: string } }) => s.service.id === physio,
    );
    expect(notHers.mayRefer.kind).toBe("no");
    expect(notHers.mayRefer.signpost.length).toBeGreaterThan(10);
  });

  it("puts the nearest first: to a postcode asked about, else to the patient's practice", async () => {
    type Entry = { site: { id: string; town?: string }; distanceMiles?: number };
    const distances = (entries: Entry[]) => entries.map((e) => e.distanceMiles ?? -1);
    const ascending = (values: number[]) =>
      values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0));

    const byPractice = await services({ principal: tom });
    expect(byPractice.body.near).toEqual({
      description: expect.stringMatching(/^your GP practice, .*Armley/),
    });
    const practiceOrder = byPractice.body.services as Entry[];
    expect(practiceOrder[0]?.site.id).toBe("site-armley");
    expect(practiceOrder[0]?.distanceMiles).toBe(0);
    expect(ascending(distances(practiceOrder))).toBe(true);

    const nearYork = await services({ principal: tom, query: { postcode: "yo30 6aa" } });
    expect(nearYork.status).toBe(200);
    expect(nearYork.body.near).toEqual({ postcode: "YO30 6AA", description: "YO30 6AA" });
    const yorkOrder = nearYork.body.services as Entry[];
    expect(yorkOrder[0]?.site.id).toBe("site-york-clifton");
    expect(yorkOrder[0]?.site.town).toBe("York");
    expect(ascending(distances(yorkOrder))).toBe(true);
    // Near Wakefield, the CDC's chest X-ray comes before anything in Leeds.
    const nearWakefield = await services({ principal: tom, query: { postcode: "WF1 2AA" } });
    expect((nearWakefield.body.services as Entry[])[0]?.site.id).toBe("site-wakefield-cdc");
  });

  it("gives only the service asked for, with its questionnaire and eligibility", async () => {
    const all = await services({ principal: tom });
    const one = await services({ principal: tom, query: { serviceId: physio } });
    expect(one.status).toBe(200);
    expect(one.body.services).toHaveLength(1);
    expect(one.body.services[0]).toEqual(
      all.body.services.find((s: { service: { id: string } }) => s.service.id === physio),
    );
    expect(all.body.services.length).toBeGreaterThan(1);
    // Asked for by a patient it is not open to: still the one service, with why not.
    const forEdith = await services({ principal: edith, query: { serviceId: physio } });
    expect(forEdith.body.services).toHaveLength(1);
    expect(forEdith.body.services[0].mayRefer.kind).toBe("no");
  });

  it("refuses a service id that names no service, or is no id at all, on serviceId", async () => {
    for (const serviceId of ["no-such-service", "NOT OK", "x".repeat(65)]) {
      expect(await services({ principal: tom, query: { serviceId } })).toMatchObject({
        status: 400,
        body: {
          error: {
            code: "validation_failed",
            fields: [{ path: "serviceId", message: "Choose a service from the list" }],
          },
        },
      });
    }
  });

  it("refuses a postcode that is not one, or one Front Door does not cover, plainly", async () => {
    expect(await services({ principal: tom, query: { postcode: "NOT A CODE" } })).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", fields: [{ path: "postcode" }] } },
    });
    expect(await services({ principal: tom, query: { postcode: "SW1A 1AA" } })).toMatchObject({
      status: 422,
      body: { error: { code: "postcode_not_covered", fields: [{ path: "postcode" }] } },
    });
  });
});

describe("submitting answers: the server decides", () => {
  it("makes a referral for eligible answers, with its message, count and timeline", async () => {
    const before = (await countsAtArmley())?.referralsSubmitted ?? 0;
    const result = await refer(tom);
    expect(result.status).toBe(200);
    expect(SelfReferralOutcome.safeParse(result.body).success).toBe(true);
    expect(result.body).toMatchObject({
      kind: "referred",
      referral: { stage: "submitted", status: "active", serviceName: expect.any(String) },
    });
    const referral = result.body.referral;
    expect(referral.reference).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(referral.timeline.map((e: { type: string }) => e.type)).toEqual(["submitted"]);
    expect((await countsAtArmley())?.referralsSubmitted).toBe(before + 1);

    const stored = await getReferral(t.db, t.tableName, referral.id);
    expect(stored?.referral.response).toMatchObject({
      resourceType: "QuestionnaireResponse",
      questionnaire: "msk-physiotherapy|1",
      status: "completed",
    });
    const message = (await messagesFor(t.db, t.tableName, "patient-tom")).find(
      (m) => m.kind === "referral-submitted",
    );
    expect(message?.text).toContain(referral.reference);
    // Never the service: a referral's subject is itself clinical.
    expect(message?.text.toLowerCase()).not.toContain("physio");

    const list = await mine({ principal: tom });
    expect(list.body.referrals.map((r: { id: string }) => r.id)).toContain(referral.id);
    expect((await myOne({ principal: tom, params: { referralId: referral.id } })).status).toBe(200);
  });

  it("diverts cauda equina signs to emergency advice and makes no referral, but records and counts it", async () => {
    const before = await countsAtArmley();
    const result = await refer(tom, { ...physioAnswers, saddleNumbness: true });
    expect(result.status).toBe(200);
    expect(result.body.kind).toBe("emergency");
    expect(JSON.stringify(result.body.advice)).toMatch(/999|A&E/);
    const after = await countsAtArmley();
    expect(after?.referralsDiverted).toBe((before?.referralsDiverted ?? 0) + 1);
    expect(after?.referralsSubmitted).toBe(before?.referralsSubmitted);
  });

  it("signposts a patient outside the catchment, counted by reason", async () => {
    const before = await countsAtArmley();
    const result = await refer(edith);
    expect(result.body).toMatchObject({ kind: "ineligible", reasonCode: "outside-catchment" });
    const after = await countsAtArmley();
    expect(after?.referralsIneligible).toBe((before?.referralsIneligible ?? 0) + 1);
    expect(after?.["ineligible:outside-catchment"]).toBe(
      (before?.["ineligible:outside-catchment"] ?? 0) + 1,
    );
  });

  it("refuses malformed answers field by field with stable codes, writing nothing", async () => {
    const before = await countsAtArmley();
    const unknown = await refer(tom, { ...physioAnswers, shoeSize: 9 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toContainEqual(
      expect.objectContaining({ path: "shoeSize", code: "unknown-link-id" }),
    );
    const wrongType = await refer(tom, { ...physioAnswers, painScore: "very" });
    expect(wrongType.status).toBe(400);
    const tooLong = await refer(tom, { ...physioAnswers, description: "x".repeat(2_001) });
    expect(tooLong.status).toBe(400);
    const changed = await submit({
      principal: tom,
      body: { serviceId: physio, questionnaireVersion: 99, answers: physioAnswers },
    });
    expect(changed).toMatchObject({
      status: 409,
      body: { error: { code: "questionnaire_changed" } },
    });
    const noService = await refer(tom, physioAnswers, "no-such-service");
    expect(noService.status).toBe(400);
    expect(await countsAtArmley()).toEqual(before);
  });

  it("a missing required answer is refused, not taken as no", async () => {
    const { painScore: _p, ...withoutPain } = physioAnswers;
    const result = await refer(tom, withoutPain);
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body.error.fields)).toContain("painScore");
  });
});

describe("tell your story once", () => {
  it("offers the answers of the patient's latest referral with the same questions, and nobody else's", async () => {
    const none = await earlier({
      principal: edith,
      query: { serviceId: "york-msk-physiotherapy" },
    });
    // Edith's Armley answers were ineligible (no referral made): nothing to start from.
    expect(none).toMatchObject({ status: 200, body: {} });

    // A minute after every other referral in this file (they share one clock): the latest.
    const later = new Date(now.getTime() + 60_000);
    const submitLater = routeCaller(
      t,
      routes.selfReferralCreate,
      makeSelfReferralCreate,
      () => later,
    );
    const latest = (
      await submitLater({
        principal: tom,
        body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
      })
    ).body.referral;
    // York's physiotherapy asks the same questions as Armley's.
    const result = await earlier({
      principal: tom,
      query: { serviceId: "york-msk-physiotherapy" },
    });
    expect(result.status).toBe(200);
    expect(result.body.earlier).toMatchObject({
      referralId: latest.id,
      reference: latest.reference,
      siteName: expect.stringMatching(/Armley/),
      answeredAt: later.toISOString(),
    });
    expect(result.body.earlier.answers).toEqual(
      Object.fromEntries(
        Object.entries(physioAnswers).map(([k, v]) => [k, typeof v === "string" ? v.trim() : v]),
      ),
    );
    // Another questionnaire: nothing of Tom's carries over.
    expect((await earlier({ principal: tom, query: { serviceId: "york-podiatry" } })).body).toEqual(
      {},
    );
    expect(
      (await earlier({ principal: amira, query: { serviceId: "york-msk-physiotherapy" } })).body
        .earlier?.referralId,
    ).not.toBe(latest.id);
  });

  it("refuses an unknown service and anyone but a patient", async () => {
    expect(
      await earlier({ principal: tom, query: { serviceId: "no-such-service" } }),
    ).toMatchObject({ status: 400, body: { error: { fields: [{ path: "serviceId" }] } } });
    expect(await earlier({ principal: tom, query: { serviceId: "NOT OK" } })).toMatchObject({
      status: 400,
    });
    expect((await earlier({ principal: receptionist, query: { serviceId: physio } })).status).toBe(
      403,
    );
    expect((await earlier({ query: { serviceId: physio } })).status).toBe(401);
  });
});

describe("triage by the receiving service", () => {
  it("asks for information, takes the answer, accepts as urgent and completes — each step audited", async () => {
    const { body } = await refer(amira);
    const id = body.referral.id;
    const params = { referralId: id };

    const inQueue = await queue({ principal: receptionist });
    expect(inQueue.status).toBe(200);
    const entry = inQueue.body.referrals.find((r: { id: string }) => r.id === id);
    expect(entry).toMatchObject({ stage: "submitted", patient: { nhsNumber: "9990000018" } });

    const asked = await staffAct({
      principal: receptionist,
      params,
      body: { type: "request-information", request: "Which side is the pain on?" },
    });
    expect(asked.status).toBe(200);
    expect(asked.body.referral).toMatchObject({
      stage: "awaiting-information",
      status: "on-hold",
      informationRequest: "Which side is the pain on?",
    });
    const seen = await myOne({ principal: amira, params });
    expect(seen.body.referral.informationRequest).toBe("Which side is the pain on?");

    // An answer is needed, and a long one is refused by field; neither changes anything.
    expect(
      await myAct({ principal: amira, params, body: { type: "provide-information" } }),
    ).toMatchObject({ status: 400, body: { error: { fields: [{ path: "answer" }] } } });
    expect(
      await myAct({
        principal: amira,
        params,
        body: { type: "provide-information", answer: "x".repeat(2001) },
      }),
    ).toMatchObject({
      status: 400,
      body: {
        error: { fields: [{ path: "answer", message: "Must be 2000 characters or fewer" }] },
      },
    });
    const answered = await myAct({
      principal: amira,
      params,
      body: { type: "provide-information", answer: "  The left side, since March  " },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.referral).toMatchObject({
      stage: "submitted",
      informationGiven: [
        {
          request: "Which side is the pain on?",
          answer: "The left side, since March",
          by: "patient",
        },
      ],
    });
    const forStaff = await staffOne({ principal: clinician, params });
    expect(forStaff.body.referral.informationGiven).toEqual(
      answered.body.referral.informationGiven,
    );
    // The patient's words stay with the referral: never in the timeline or a message.
    expect(JSON.stringify(forStaff.body.referral.timeline)).not.toContain("left side");
    expect(JSON.stringify(await messagesFor(t.db, t.tableName, "patient-amira"))).not.toContain(
      "left side",
    );

    // Accepting is a clinical decision: a receptionist cannot.
    const notYours = await staffAct({
      principal: receptionist,
      params,
      body: { type: "accept", priority: "urgent" },
    });
    expect(notYours.status).toBe(403);
    const accepted = await staffAct({
      principal: clinician,
      params,
      body: { type: "accept", priority: "urgent" },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.referral).toMatchObject({ stage: "accepted", priority: "urgent" });
    expect(StaffReferralResponse.safeParse(accepted.body).success).toBe(true);

    const done = await staffAct({ principal: receptionist, params, body: { type: "complete" } });
    expect(done.body.referral.stage).toBe("completed");
    const timeline = done.body.referral.timeline as {
      type: string;
      by: string;
      actorId: string;
      from: string;
      to: string;
    }[];
    expect(timeline.map((e) => [e.type, e.by, e.actorId, e.from, e.to])).toEqual([
      ["submitted", "patient", "u-amira", "draft", "submitted"],
      ["information-requested", "receptionist", "r-armley", "submitted", "awaiting-information"],
      ["information-provided", "patient", "u-amira", "awaiting-information", "submitted"],
      ["accepted", "clinician", "c-armley", "submitted", "accepted"],
      ["completed", "receptionist", "r-armley", "accepted", "completed"],
    ]);
    // Nothing moves out of a final stage.
    const late = await myAct({ principal: amira, params, body: { type: "withdraw" } });
    expect(late).toMatchObject({
      status: 409,
      body: { error: { code: "transition_not_allowed" } },
    });
    const amiraMessages = await messagesFor(t.db, t.tableName, "patient-amira");
    const kinds = amiraMessages.map((m) => m.kind);
    // Armley's physiotherapy books online: the patient is told to choose a time.
    expect(amiraMessages.find((m) => m.kind === "referral-accepted")?.text).toMatch(
      /Sign in to Front Door to choose an appointment/,
    );
    expect(accepted.body.referral.bookOnline).toBe(true);
    // Staff changes do not read the patient before writing: the message takes the channels the
    // patient agrees to when it is sent, and delivery records them.
    const acceptedMessage = amiraMessages.find((m) => m.kind === "referral-accepted");
    expect(acceptedMessage).toMatchObject({ channels: [], channelsAtSending: true });
    const key = keys.message(
      "patient-amira",
      acceptedMessage?.createdAt ?? "",
      acceptedMessage?.id ?? "",
    );
    const sms = new SimulatedSender("sms");
    const email = new SimulatedSender("email");
    await deliverMessage(
      { db: t.db, tableName: t.tableName, senders: { sms, email }, now: () => new Date() },
      key,
    );
    const consent = (await getPatient(t.db, t.tableName, "patient-amira"))?.profile.consent;
    expect(consent).toBeDefined();
    const delivered = await getMessage(t.db, t.tableName, key);
    expect(delivered?.channels).toEqual(consentedChannels(consent ?? { sms: false, email: false }));
    expect(delivered?.channels.length).toBeGreaterThan(0);
    expect(delivered?.channelsAtSending).toBeUndefined();
    expect(sms.accepted + email.accepted).toBe(delivered?.channels.length);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "referral-submitted",
        "referral-information-requested",
        "referral-accepted",
        "referral-completed",
      ]),
    );
    const counts = await countsAtArmley();
    expect(counts?.referralsAccepted).toBeGreaterThanOrEqual(1);
    expect(counts?.referralsCompleted).toBeGreaterThanOrEqual(1);
    expect(counts?.["triageWait:1"]).toBeGreaterThanOrEqual(1);
  });

  it("rejects with a reason and a signpost the patient sees; a patient may withdraw their own", async () => {
    const rejected = (await refer(tom)).body.referral.id;
    const result = await staffAct({
      principal: clinician,
      params: { referralId: rejected },
      body: {
        type: "reject",
        reasonCode: "needs-gp-assessment",
        reason: "Your symptoms need a GP to look at them first",
        signpost: "Contact your GP practice",
      },
    });
    expect(result.body.referral).toMatchObject({ stage: "rejected", status: "revoked" });
    const seen = await myOne({ principal: tom, params: { referralId: rejected } });
    expect(seen.body.referral.rejection).toMatchObject({ signpost: "Contact your GP practice" });

    const withdrawn = (await refer(tom)).body.referral.id;
    const result2 = await myAct({
      principal: tom,
      params: { referralId: withdrawn },
      body: { type: "withdraw" },
    });
    expect(result2.body.referral).toMatchObject({ stage: "withdrawn", status: "revoked" });
  });

  it("two clinicians deciding the same referral at once: one wins, the other is told it changed", async () => {
    const id = (await refer(tom)).body.referral.id;
    const params = { referralId: id };
    const [a, b] = await Promise.all([
      staffAct({ principal: clinician, params, body: { type: "accept", priority: "routine" } }),
      staffAct({
        principal: clinician2,
        params,
        body: {
          type: "reject",
          reasonCode: "not-suitable",
          reason: "Not suitable",
          signpost: "See your GP",
        },
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(["referral_changed_meanwhile", "transition_not_allowed"]).toContain(
      loser.body.error.code,
    );
    const stored = await getReferral(t.db, t.tableName, id);
    expect(stored?.events).toHaveLength(2);
  });

  it("an action from a page showing an older version is refused (If-Match), one from the current page goes", async () => {
    const id = (await refer(tom)).body.referral.id;
    const params = { referralId: id };
    const shown = (await staffOne({ principal: clinician, params })).body.referral.version;
    // Someone else asks for information first, from their own up-to-date page.
    const asked = await staffAct({
      principal: receptionist,
      params,
      headers: { "if-match": `"${shown}"` },
      body: { type: "request-information", request: "Which knee?" },
    });
    expect(asked.status).toBe(200);
    expect(asked.body.referral.version).toBe(shown + 1);
    // The clinician's page still shows the old version: their decision is not applied.
    const stale = await staffAct({
      principal: clinician,
      params,
      headers: { "if-match": `"${shown}"` },
      body: { type: "accept", priority: "routine" },
    });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { code: "referral_changed_meanwhile" } },
    });
    const malformed = await staffAct({
      principal: clinician,
      params,
      headers: { "if-match": "yesterday" },
      body: { type: "accept", priority: "routine" },
    });
    expect(malformed.status).toBe(400);
    const fresh = await staffAct({
      principal: clinician,
      params,
      headers: { "if-match": `W/"${shown + 1}"` },
      body: { type: "accept", priority: "routine" },
    });
    expect(fresh.status).toBe(200);
    expect((await getReferral(t.db, t.tableName, id))?.events.map((e) => e.type)).toEqual([
      "submitted",
      "information-requested",
      "accepted",
    ]);
  });
});

describe("who sees what", () => {
  it("keeps each referral to its patient and its site; other roles are refused", async () => {
    const id = (await refer(tom)).body.referral.id;
    const params = { referralId: id };
    expect((await myOne({ principal: amira, params })).status).toBe(404);
    expect((await myAct({ principal: amira, params, body: { type: "withdraw" } })).status).toBe(
      404,
    );
    expect((await staffOne({ principal: york, params })).status).toBe(404);
    expect((await staffAct({ principal: york, params, body: { type: "complete" } })).status).toBe(
      404,
    );
    const yorkQueue = await queue({ principal: york });
    expect(yorkQueue.body.referrals.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await queue({ principal: analyst })).status).toBe(403);
    expect((await queue({ principal: tom })).status).toBe(403);
    expect((await submit({ principal: receptionist, body: {} })).status).toBe(403);
    expect((await staffOne({ principal: receptionist, params })).status).toBe(200);
    expect((await queue({})).status).toBe(401);
  });
});

/** The referral's FHIR views, through the generic read (`GET /api/fhir/{resourceType}/{id}`). */
const fhirRequest = ({
  principal,
  params,
}: {
  principal: Principal;
  params: { referralId: string };
}) => fhirRead({ principal, params: { resourceType: "ServiceRequest", id: params.referralId } });
const fhirAnswers = ({
  principal,
  params,
}: {
  principal: Principal;
  params: { referralId: string };
}) =>
  fhirRead({ principal, params: { resourceType: "QuestionnaireResponse", id: params.referralId } });

describe("FHIR R4 views", () => {
  it("give the referring patient and the receiving site valid ServiceRequest and QuestionnaireResponse", async () => {
    const id = (await refer(tom)).body.referral.id;
    await staffAct({
      principal: clinician,
      params: { referralId: id },
      body: { type: "accept", priority: "urgent" },
    });
    const params = { referralId: id };
    for (const principal of [tom, receptionist]) {
      const request = await fhirRequest({ principal, params });
      expect(request.status).toBe(200);
      expect(String(request.headers["content-type"])).toContain("application/fhir+json");
      expect(request.body).toMatchObject({
        resourceType: "ServiceRequest",
        id,
        status: "active",
        priority: "urgent",
        intent: "order",
      });
      expect(r4SchemaErrors(request.body)).toEqual([]);
      expect(fhirValidatorErrors(request.body)).toEqual([]);
      const answers = await fhirAnswers({ principal, params });
      expect(answers.body).toMatchObject({
        resourceType: "QuestionnaireResponse",
        status: "completed",
      });
      expect(r4SchemaErrors(answers.body)).toEqual([]);
      expect(fhirValidatorErrors(answers.body)).toEqual([]);
    }
    for (const principal of [amira, york]) {
      expect((await fhirRequest({ principal, params })).status).toBe(404);
      expect((await fhirAnswers({ principal, params })).status).toBe(404);
    }
    expect((await fhirRequest({ principal: analyst, params })).status).toBe(404);
  });
});

describe("the ICB dashboard", () => {
  it("shows self-referrals by service beside same-day demand, from the same counts", async () => {
    const dashboard = caller(routes.icbDashboard, (deps) => makeIcbDashboard(deps));
    const counted = await countsAtArmley();
    const result = await dashboard({ principal: analyst, query: { from: today, to: today } });
    expect(result.status).toBe(200);
    const physio = result.body.referrals.find(
      (r: { service: string }) => r.service === "physiotherapy",
    );
    expect(physio).toMatchObject({
      submitted: counted?.referralsSubmitted,
      ineligible: counted?.referralsIneligible,
      ineligibleByReason: { "outside-catchment": counted?.["ineligible:outside-catchment"] },
      diverted: counted?.referralsDiverted,
      accepted: counted?.referralsAccepted,
      rejected: counted?.referralsRejected,
    });
    expect(physio.submitted).toBeGreaterThanOrEqual(5);
    // Triaged within the hour in this test's clock: the median is the first bucket.
    expect(physio.timeToTriage.median).toEqual({ withinHours: 1 });
    // Another ICB's analyst sees none of it.
    const other = await dashboard({
      principal: { role: "icb-analyst", userId: "b", icbId: "icb-humber-north-yorkshire" },
      query: { from: today, to: today },
    });
    expect(
      other.body.referrals.some((r: { service: string }) => r.service === "physiotherapy"),
    ).toBe(false);
  });
});
