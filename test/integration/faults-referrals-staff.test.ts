import type { Principal, RouteDefinition } from "@front-door/contracts";
import { routes } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import { publishSessionTemplates, releaseHold } from "@front-door/store";
import { beforeAll, describe } from "vitest";
import { makeMyReferralHold } from "../../functions/src/referrals/handlers/referral-booking.ts";
import {
  makeMyReferralAction,
  makeSelfReferralCreate,
} from "../../functions/src/referrals/handlers/self-referral.ts";
import { makeStaffReferralAction } from "../../functions/src/referrals/handlers/staff-referrals.ts";
import { makeStaffAppointmentAction } from "../../functions/src/staff/handlers/staff-appointments.ts";
import { makeStaffBookingCreate } from "../../functions/src/staff/handlers/staff-booking.ts";
import {
  makeStaffPublish,
  makeStaffTemplatePut,
} from "../../functions/src/staff/handlers/staff-templates.ts";
import {
  clinician,
  now,
  physio,
  physioAnswers,
  receptionist,
  today,
  tom,
} from "./referral-fixtures.ts";
import { type HandlerDeps, type Result, routeCaller } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";
import { itSurvivesFaults, type WriteCase } from "./write-faults.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
  const armley = { id: "site-armley", icbId: "icb-west-yorkshire" };
  await publishSessionTemplates(
    t.db,
    t.tableName,
    armley,
    [
      {
        id: "physio",
        siteId: "site-armley",
        service: "physiotherapy",
        daysOfWeek: ["wed", "thu"],
        startTime: "09:00",
        endTime: "12:00",
        slotMinutes: 30,
        parallel: 2,
        channel: "in-person",
        sameDayOnly: false,
      },
    ],
    today,
    "2026-12-31",
  );
});

/** Free physio times, each handed out once: Wednesdays and Thursdays in December. */
const freeSlots = ["09", "10", "16", "17", "23", "24", "30", "31"].flatMap((day) =>
  ["0900", "0930", "1000", "1030", "1100", "1130"].flatMap((time) =>
    [1, 2].map((column) => `site-armley_physiotherapy_in-person_202612${day}_${time}_${column}`),
  ),
);
const nextSlot = () => {
  const slotId = freeSlots.shift();
  if (!slotId) throw new Error("out of free slots");
  return slotId;
};

const call = <R extends RouteDefinition>(
  table: TestTable,
  route: R,
  make: (deps: HandlerDeps) => RouteHandler<R>,
  body: { principal: Principal; params?: Record<string, string>; body?: unknown },
) => routeCaller(table, route, make, () => now)(body);

/** A fixture's call, which must answer `status`: its body (Result's body, JSON). */
async function expectStatus(answer: Promise<Result>, status = 200): Promise<Result["body"]> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`fixture: ${got} ${JSON.stringify(body)}`);
  return body;
}

/** Tom's self-referral to Armley's physio, accepted by its clinician: ready to book. */
async function acceptedReferral(table: TestTable) {
  const made = await expectStatus(
    call(table, routes.selfReferralCreate, makeSelfReferralCreate, {
      principal: tom,
      body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
    }),
  );
  const referralId = made.referral.id as string;
  await expectStatus(
    call(table, routes.staffReferralAction, makeStaffReferralAction, {
      principal: clinician,
      params: { referralId },
      body: { type: "accept", priority: "routine" },
    }),
  );
  return referralId;
}

/** Tom's accepted referral with a time held; earlier holds of his let go, as a new one does. */
async function heldReferral(table: TestTable) {
  const referralId = await acceptedReferral(table);
  const slotId = nextSlot();
  await expectStatus(
    call(table, routes.myReferralHold, makeMyReferralHold, {
      principal: tom,
      params: { referralId },
      body: { slotId },
    }),
  );
  return { referralId, slotId };
}

async function bookedReferral(table: TestTable) {
  const { referralId, slotId } = await heldReferral(table);
  await expectStatus(
    call(table, routes.myReferralAction, makeMyReferralAction, {
      principal: tom,
      params: { referralId },
      body: { type: "book", slotId },
    }),
  );
  return referralId;
}

let lastHold: string | undefined;
let templates = 0;
/** Weekdays from February 2027, none published yet: one for each publish. */
let publishDay = Date.parse("2027-01-31T12:00:00Z");
function nextWeekday(): string {
  do publishDay += 86_400_000;
  while ([0, 6].includes(new Date(publishDay).getUTCDay()));
  return new Date(publishDay).toISOString().slice(0, 10);
}

const cases: WriteCase[] = [
  {
    name: "a self-referral",
    route: routes.selfReferralCreate,
    make: makeSelfReferralCreate,
    status: 200,
    prepare: async () => ({
      principal: tom,
      body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
    }),
  },
  {
    name: "a clinician accepting a referral",
    route: routes.staffReferralAction,
    make: makeStaffReferralAction,
    status: 200,
    prepare: async (table) => {
      const made = await expectStatus(
        call(table, routes.selfReferralCreate, makeSelfReferralCreate, {
          principal: tom,
          body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
        }),
      );
      return {
        principal: clinician,
        params: { referralId: made.referral.id },
        body: { type: "accept", priority: "routine" },
      };
    },
  },
  {
    name: "holding a time for a referral",
    route: routes.myReferralHold,
    make: makeMyReferralHold,
    status: 200,
    prepare: async (table) => {
      // Let the previous run's hold go, so each run holds from the same start.
      if (lastHold) await releaseHold(table.db, table.tableName, lastHold, "patient-tom");
      lastHold = nextSlot();
      return {
        principal: tom,
        params: { referralId: await acceptedReferral(table) },
        body: { slotId: lastHold },
      };
    },
  },
  {
    name: "booking a referral's held time",
    route: routes.myReferralAction,
    make: makeMyReferralAction,
    status: 200,
    prepare: async (table) => {
      const { referralId, slotId } = await heldReferral(table);
      return { principal: tom, params: { referralId }, body: { type: "book", slotId } };
    },
  },
  {
    name: "a patient cancelling a referral's booking",
    route: routes.myReferralAction,
    make: makeMyReferralAction,
    status: 200,
    prepare: async (table) => ({
      principal: tom,
      params: { referralId: await bookedReferral(table) },
      body: { type: "cancel-booking" },
    }),
  },
  {
    name: "a receptionist booking a patient into a slot",
    route: routes.staffBookingCreate,
    make: makeStaffBookingCreate,
    status: 201,
    prepare: async () => ({
      principal: receptionist,
      body: { slotId: nextSlot(), nhsNumber: "999 000 1383" },
    }),
  },
  {
    name: "a receptionist cancelling an appointment",
    route: routes.staffAppointmentAction,
    make: makeStaffAppointmentAction,
    status: 200,
    prepare: async (table) => {
      const booked = await expectStatus(
        call(table, routes.staffBookingCreate, makeStaffBookingCreate, {
          principal: receptionist,
          body: { slotId: nextSlot(), nhsNumber: "999 000 1383" },
        }),
        201,
      );
      return {
        principal: receptionist,
        params: { appointmentId: booked.appointment.id },
        body: { action: "cancel", reason: "Clinician unwell" },
      };
    },
  },
  {
    name: "a session template changed",
    route: routes.staffTemplatePut,
    make: makeStaffTemplatePut,
    status: 200,
    prepare: async () => {
      templates += 1;
      return {
        principal: { ...receptionist, siteId: "site-wakefield-cdc" },
        params: { templateId: "faults-clinic" },
        body: {
          service: "chest-x-ray",
          daysOfWeek: ["mon", "tue", "wed", "thu", "fri"],
          startTime: "07:00",
          endTime: `0${7 + (templates % 2)}:30`,
          slotMinutes: 15,
          parallel: 1,
          channel: "in-person",
          sameDayOnly: false,
        },
      };
    },
  },
  {
    name: "a day of sessions published",
    route: routes.staffPublish,
    make: makeStaffPublish,
    status: 200,
    // Publishing is written in batches, each slot only where none is: a publish cut short by
    // a fault is finished by sending it again.
    resumable: true,
    prepare: async () => {
      const day = nextWeekday();
      return {
        principal: { ...receptionist, siteId: "site-wakefield-cdc" },
        body: { from: day, to: day },
      };
    },
  },
];

describe("self-referral and staff writes when DynamoDB conflicts, throttles or fails", () => {
  itSurvivesFaults(
    () => t,
    cases,
    () => now,
  );
});
