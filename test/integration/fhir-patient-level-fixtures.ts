import { type Principal, routes } from "@front-door/contracts";
import { isValidNhsNumber } from "@front-door/domain";
import { publishSessionTemplates } from "@front-door/store";
import { expect } from "vitest";
import { makeFhirRead } from "../../functions/src/fhir/handlers/fhir-read.ts";
import { fhirResourceType } from "../../functions/src/fhir/handlers/fhir-registry.ts";
import type { FhirSearchQuery } from "../../functions/src/fhir/handlers/fhir-resource-type.ts";
import { makeSelfReferralCreate } from "../../functions/src/referrals/handlers/self-referral.ts";
import { makeStaffReferralAction } from "../../functions/src/referrals/handlers/staff-referrals.ts";
import { makeMyAppointmentCancel } from "../../functions/src/same-day/handlers/my-appointments.ts";
import { fhirValidatorErrors } from "../../packages/fhir/src/testing/fhir-validator.ts";
import { r4InvariantErrors } from "../../packages/fhir/src/testing/r4-invariants.ts";
import { r4SchemaErrors } from "../../packages/fhir/src/testing/r4-schema.ts";
import {
  amira,
  analyst,
  clinician,
  edith,
  now,
  physio,
  physioAnswers,
  tom,
} from "./referral-fixtures.ts";
import { routeCaller } from "./route-caller.ts";
import type { TestTable } from "./support.ts";

/**
 * The world the patient-level FHIR tests read: Tom (registered at Armley) and Amira (registered
 * at Chapeltown) each referred to Armley's physiotherapy and booked; Tom's second referral booked
 * then cancelled by him, with a reason; Edith (York) with nothing at Armley. Readers from every
 * side: Armley's staff, Chapeltown's (same ICB), York's (another ICB), an analyst, a PHB team.
 */

export const armleyReceptionist: Principal = {
  role: "receptionist",
  userId: "r-armley",
  siteId: "site-armley",
};
export const chapeltownReceptionist: Principal = {
  role: "receptionist",
  userId: "r-chapeltown",
  siteId: "site-chapeltown",
};
export const yorkClinician: Principal = {
  role: "clinician",
  userId: "c-york",
  siteId: "site-york-clifton",
};
export const phbTeam: Principal = {
  role: "phb-team",
  userId: "phb-wy",
  icbId: "icb-west-yorkshire",
  approvalLimitPence: 5_000_000,
};
export { amira, analyst, edith, tom };

/** Armley's physiotherapy slot at a London date and time (column 1 of 2). */
export const physioSlot = (date: string, time: string) =>
  `site-armley_physiotherapy_in-person_${date.replaceAll("-", "")}_${time.replace(":", "")}_1`;

export interface World {
  tomReferral: string;
  tomAppointment: string;
  tomCancelledReferral: string;
  tomCancelledAppointment: string;
  amiraReferral: string;
  amiraAppointment: string;
}

export async function buildWorld(t: TestTable): Promise<World> {
  const call = <R extends Parameters<typeof routeCaller>[1]>(
    route: R,
    make: Parameters<typeof routeCaller<R>>[2],
  ) => routeCaller(t, route, make, () => now);
  const submit = call(routes.selfReferralCreate, makeSelfReferralCreate);
  const staffAct = call(routes.staffReferralAction, makeStaffReferralAction);
  const cancel = call(routes.myAppointmentCancel, makeMyAppointmentCancel);
  await publishSessionTemplates(
    t.db,
    t.tableName,
    { id: "site-armley", icbId: "icb-west-yorkshire" },
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
    "2026-12-08",
    "2026-12-20",
  );
  const booked = async (patient: Principal, slotId: string) => {
    const made = await submit({
      principal: patient,
      body: { serviceId: physio, questionnaireVersion: 1, answers: physioAnswers },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const referralId = made.body.referral.id as string;
    const result = await staffAct({
      principal: clinician,
      params: { referralId },
      body: { type: "accept-and-book", priority: "routine", slotId },
    });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return { referralId, appointmentId: result.body.referral.appointment.id as string };
  };
  const tomOne = await booked(tom, physioSlot("2026-12-09", "09:30"));
  const amiraOne = await booked(amira, physioSlot("2026-12-10", "10:00"));
  const tomTwo = await booked(tom, physioSlot("2026-12-16", "11:00"));
  const cancelled = await cancel({
    principal: tom,
    params: { appointmentId: tomTwo.appointmentId },
    body: { reason: "I feel better <b>now</b>" },
  });
  expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
  return {
    tomReferral: tomOne.referralId,
    tomAppointment: tomOne.appointmentId,
    tomCancelledReferral: tomTwo.referralId,
    tomCancelledAppointment: tomTwo.appointmentId,
    amiraReferral: amiraOne.referralId,
    amiraAppointment: amiraOne.appointmentId,
  };
}

/** The generic read route, through the real middleware chain. */
export function fhirReader(t: TestTable) {
  const read = routeCaller(t, routes.fhirRead, makeFhirRead, () => now);
  return (principal: Principal, resourceType: string, id: string) =>
    read({ principal, params: { resourceType, id } });
}

/** A type's search.run, as the search route calls it, straight against DynamoDB Local. */
export function fhirSearcher(t: TestTable, db: TestTable["db"] = t.db) {
  const deps = { db, tableName: t.tableName, now: () => now };
  return async (
    principal: Principal,
    type: string,
    params: [string, string][] = [],
    options: { count?: number; page?: string } = {},
  ) => {
    const search = fhirResourceType(type)?.search;
    if (!search) throw new Error(`${type} has no search`);
    const grouped = new Map<string, string[]>();
    for (const [name, value] of params) grouped.set(name, [...(grouped.get(name) ?? []), value]);
    const query: FhirSearchQuery = {
      params: grouped,
      count: options.count ?? 20,
      ...(options.page !== undefined ? { page: options.page } : {}),
    };
    const page = await search.run(deps, principal, query);
    for (const resource of page.resources) expectValidFhir(resource);
    return page;
  };
}

const nhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
const odsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

/** Every identifier under NHS England's systems in a resource: NHS numbers and ODS codes. */
function nationalIdentifierErrors(value: unknown, path = "$"): string[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => nationalIdentifierErrors(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const own: string[] = [];
  if (record.system === nhsNumberSystem && !isValidNhsNumber(String(record.value ?? ""))) {
    own.push(`${path}: not an NHS number`);
  }
  if (record.system === odsSystem && !/^[A-Z0-9]{3,6}$/.test(String(record.value ?? ""))) {
    own.push(`${path}: not an ODS code`);
  }
  return [
    ...own,
    ...Object.entries(record).flatMap(([k, v]) => nationalIdentifierErrors(v, `${path}.${k}`)),
  ];
}

/** HL7's R4 schema, the value-set validator, the R4 invariants and UK identifier systems. */
export function expectValidFhir(resource: unknown) {
  expect(r4SchemaErrors(resource)).toEqual([]);
  expect(fhirValidatorErrors(resource)).toEqual([]);
  expect(r4InvariantErrors(resource)).toEqual([]);
  expect(nationalIdentifierErrors(resource)).toEqual([]);
}

export const ids = (page: { resources: { id?: string }[] }) =>
  page.resources.map((r) => r.id).sort();
