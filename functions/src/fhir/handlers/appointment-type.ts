import { type Principal, type ServiceCode, serviceName } from "@front-door/contracts";
import { addDays, daysBetween, londonToday } from "@front-door/domain";
import { appointmentOf, appointmentStatusOf, ukCoreProfile } from "@front-door/fhir";
import {
  type AppointmentRecord,
  appointmentsOfPatient,
  getAppointment,
  getReferral,
  getSite,
  type Site,
  slotsOfDay,
} from "@front-door/store";
import { type FhirDeps, type FhirResourceType, FhirSearchError } from "./fhir-resource-type.ts";
import {
  type DateCondition,
  dateConditionOf,
  idsOf,
  pageOfCandidates,
  referencedIdsOf,
  tokensOf,
} from "./search-value-parsing.ts";

/** The widest date range a site's appointments are searched over: a month of day lists. */
export const maxSiteSearchDays = 31;

/** The patient's own; a site's for its staff; nobody else's. */
function mayRead(principal: Principal, appointment: AppointmentRecord): boolean {
  if (principal.role === "patient") return appointment.patientId === principal.patientId;
  if (principal.role === "receptionist" || principal.role === "clinician") {
    return appointment.siteId === principal.siteId;
  }
  return false;
}

/** Builds resources for one request, reading each site once. */
function appointmentResources(deps: FhirDeps) {
  const sites = new Map<string, Promise<Site | undefined>>();
  return async (appointment: AppointmentRecord) => {
    let site = sites.get(appointment.siteId);
    if (!site) {
      site = getSite(deps.db, deps.tableName, appointment.siteId);
      sites.set(appointment.siteId, site);
    }
    return appointmentOf({
      ...appointment,
      site: { id: appointment.siteId, name: (await site)?.name ?? appointment.siteId },
      service: {
        code: appointment.service,
        name: serviceName(appointment.service as ServiceCode),
      },
    });
  };
}

/** Every condition of a search on one appointment (authorisation first). */
interface AppointmentFilter {
  ids?: string[] | undefined;
  patients?: (string | undefined)[] | undefined;
  locations?: (string | undefined)[] | undefined;
  basedOn?: (string | undefined)[] | undefined;
  statuses?: string[] | undefined;
  date?: DateCondition | undefined;
}

function matches(principal: Principal, f: AppointmentFilter, a: AppointmentRecord): boolean {
  return (
    mayRead(principal, a) &&
    (!f.ids || f.ids.includes(a.id)) &&
    (!f.patients || f.patients.includes(a.patientId)) &&
    (!f.locations || f.locations.includes(a.siteId)) &&
    (!f.basedOn || (a.referralId !== undefined && f.basedOn.includes(a.referralId))) &&
    (!f.statuses || f.statuses.includes(appointmentStatusOf[a.status])) &&
    (!f.date || f.date.matches(Date.parse(a.start)))
  );
}

const statusCodes = Object.values(appointmentStatusOf) as string[];

function filterOf(query: Parameters<typeof idsOf>[0]): AppointmentFilter {
  const statuses = tokensOf(query, "status")?.map(({ system, code }) => {
    if (
      !statusCodes.includes(code) ||
      (system && system !== "http://hl7.org/fhir/appointmentstatus")
    ) {
      throw new FhirSearchError("status", `status is one of ${statusCodes.join(", ")}`);
    }
    return code;
  });
  return {
    ids: idsOf(query),
    patients: referencedIdsOf(query, "patient", "Patient"),
    locations: referencedIdsOf(query, "location", "Location"),
    basedOn: referencedIdsOf(query, "based-on", "ServiceRequest"),
    statuses,
    date: dateConditionOf(query, "date"),
  };
}

/**
 * The London dates a site search reads: the date range asked for, at most a month. Cancelled
 * appointments have left their slot, so a site's search by date finds only those still in a
 * slot (booked, arrived, fulfilled, no-show); by patient or referral it finds them all.
 */
function siteDaysOf(date: DateCondition | undefined): string[] {
  if (date?.from === undefined || date.to === undefined) {
    throw new FhirSearchError(
      "date",
      `Give a patient, a based-on referral, or a date range (ge and le) of at most ${maxSiteSearchDays} days`,
    );
  }
  if (date.to <= date.from) return [];
  const first = londonToday(new Date(date.from));
  const last = londonToday(new Date(date.to - 1));
  const days = daysBetween(first, last) + 1;
  if (days > maxSiteSearchDays) {
    throw new FhirSearchError("date", `A site's appointments: at most ${maxSiteSearchDays} days`);
  }
  return Array.from({ length: days }, (_, i) => addDays(first, i));
}

/** Where the appointments a search may match are read from: the narrowest list that has them. */
async function candidatesOf(
  deps: FhirDeps,
  principal: Principal,
  f: AppointmentFilter,
): Promise<(AppointmentRecord | string)[]> {
  if (f.ids) return [...new Set(f.ids)];
  if (principal.role === "patient") {
    return appointmentsOfPatient(deps.db, deps.tableName, principal.patientId);
  }
  if (principal.role !== "receptionist" && principal.role !== "clinician") return [];
  const patients = f.patients?.filter((p) => p !== undefined) ?? [];
  if (f.patients) {
    const lists = await Promise.all(
      [...new Set(patients)].map((p) => appointmentsOfPatient(deps.db, deps.tableName, p)),
    );
    return lists.flat().sort((a, b) => a.start.localeCompare(b.start));
  }
  if (f.basedOn) {
    // A referral's appointments are its patient's, with its id: read through the referral.
    const referrals = await Promise.all(
      [...new Set(f.basedOn.filter((r) => r !== undefined))].map((r) =>
        getReferral(deps.db, deps.tableName, r),
      ),
    );
    const patientIds = referrals.flatMap((r) =>
      r && r.referral.siteId === principal.siteId ? [r.referral.patientId] : [],
    );
    const lists = await Promise.all(
      [...new Set(patientIds)].map((p) => appointmentsOfPatient(deps.db, deps.tableName, p)),
    );
    return lists.flat().sort((a, b) => a.start.localeCompare(b.start));
  }
  const days = siteDaysOf(f.date);
  const slots = await Promise.all(
    days.map((day) => slotsOfDay(deps.db, deps.tableName, principal.siteId, day)),
  );
  return slots.flat().flatMap((slot) => (slot.appointmentId ? [slot.appointmentId] : []));
}

/** An appointment: a patient's own, a site's for its staff (UK Core Appointment). */
export const appointmentType: FhirResourceType = {
  type: "Appointment",
  profile: ukCoreProfile.Appointment,
  async read(deps, principal, id) {
    const appointment = await getAppointment(deps.db, deps.tableName, id);
    if (!appointment || !mayRead(principal, appointment)) return undefined;
    return appointmentResources(deps)(appointment);
  },
  search: {
    params: [
      { name: "_id", type: "token", documentation: "The appointment's id." },
      {
        name: "patient",
        type: "reference",
        documentation: "Patient/<id>. A patient finds only their own.",
      },
      {
        name: "date",
        type: "date",
        documentation: `The start, with ge, le, gt, lt or eq; repeat for a range. Staff searching their site without a patient or referral give a range of at most ${maxSiteSearchDays} days.`,
      },
      {
        name: "status",
        type: "token",
        documentation: "booked, arrived, fulfilled, noshow or cancelled.",
      },
      {
        name: "location",
        type: "reference",
        documentation: "Location/<siteId>. Staff find only their own site's.",
      },
      {
        name: "based-on",
        type: "reference",
        documentation: "ServiceRequest/<referralId>: the appointment booked for a self-referral.",
      },
    ],
    async run(deps, principal, query) {
      const filter = filterOf(query);
      const candidates = await candidatesOf(deps, principal, filter);
      const resourceOf = appointmentResources(deps);
      return pageOfCandidates(candidates, query, async (candidate) => {
        const appointment =
          typeof candidate === "string"
            ? await getAppointment(deps.db, deps.tableName, candidate)
            : candidate;
        return appointment && matches(principal, filter, appointment)
          ? resourceOf(appointment)
          : undefined;
      });
    },
  },
};
