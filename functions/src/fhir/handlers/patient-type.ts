import type { Principal } from "@front-door/contracts";
import { isValidNhsNumber } from "@front-door/domain";
import { nhsNumberSystem, patientOf, ukCoreProfile } from "@front-door/fhir";
import {
  adviceRequestsOfPatient,
  appointmentsOfPatient,
  getPatient,
  getSite,
  type Patient,
  patientByNhsNumber,
  referralsOfPatient,
} from "@front-door/store";
import { type FhirDeps, type FhirResourceType, FhirSearchError } from "./fhir-resource-type.ts";
import { idsOf, pageOfCandidates, tokensOf } from "./search-value-parsing.ts";

/**
 * Whether a patient is one of a site's: registered there, or with an appointment, a
 * self-referral or an advice request there. The registration is on the record already read;
 * the rest is the patient's own history, three Queries at once, each bounded by what that one
 * patient has done (their appointments on gsi1, their referral and advice headlines in their
 * partition), never by the site's size.
 */
export async function isPatientOfSite(
  deps: FhirDeps,
  patient: Patient,
  siteId: string,
): Promise<boolean> {
  if (patient.registeredSiteId === siteId) return true;
  const [appointments, referrals, advice] = await Promise.all([
    appointmentsOfPatient(deps.db, deps.tableName, patient.id),
    referralsOfPatient(deps.db, deps.tableName, patient.id),
    adviceRequestsOfPatient(deps.db, deps.tableName, patient.id),
  ]);
  return [...appointments, ...referrals, ...advice].some((item) => item.siteId === siteId);
}

/** The caller themselves; staff their site's patients; anyone else (analysts, PHB teams) no one. */
async function mayRead(deps: FhirDeps, principal: Principal, patient: Patient): Promise<boolean> {
  if (principal.role === "patient") return patient.id === principal.patientId;
  if (principal.role === "receptionist" || principal.role === "clinician") {
    return isPatientOfSite(deps, patient, principal.siteId);
  }
  return false;
}

async function patientResource(deps: FhirDeps, patient: Patient) {
  const site = patient.registeredSiteId
    ? await getSite(deps.db, deps.tableName, patient.registeredSiteId)
    : undefined;
  return patientOf({
    id: patient.id,
    nhsNumber: patient.nhsNumber,
    name: patient.name,
    dateOfBirth: patient.dateOfBirth,
    practice: patient.registeredSiteId
      ? { siteId: patient.registeredSiteId, name: site?.name ?? patient.registeredSiteId }
      : undefined,
    contact: patient.profile.contact,
  });
}

/** NHS numbers asked for: England's system (or none given), ten digits with a good check digit. */
function nhsNumbersOf(query: Parameters<typeof tokensOf>[0]): (string | undefined)[] | undefined {
  return tokensOf(query, "identifier")?.map(({ system, code }) => {
    if (system !== undefined && system !== nhsNumberSystem) return undefined;
    if (!/^\d{10}$/.test(code) || !isValidNhsNumber(code)) {
      throw new FhirSearchError("identifier", "Not an NHS number: 10 digits with its check digit");
    }
    return code;
  });
}

/** A patient, by id or by NHS number (UK Core Patient). */
export const patientType: FhirResourceType = {
  type: "Patient",
  profile: ukCoreProfile.Patient,
  async read(deps, principal, id) {
    const patient = await getPatient(deps.db, deps.tableName, id);
    if (!patient || !(await mayRead(deps, principal, patient))) return undefined;
    return patientResource(deps, patient);
  },
  search: {
    params: [
      {
        name: "identifier",
        type: "token",
        documentation: `The NHS number: ${nhsNumberSystem}|<10 digits>. A malformed one is a 400.`,
      },
      { name: "_id", type: "token", documentation: "The patient's id." },
    ],
    async run(deps, principal, query) {
      const ids = idsOf(query);
      const nhsNumbers = nhsNumbersOf(query);
      if (principal.role !== "patient" && !ids && !nhsNumbers) {
        throw new FhirSearchError("identifier", "Search for a patient by identifier or _id");
      }
      // A patient's search is only ever about themselves; staff's the ids or numbers asked for.
      const candidates =
        principal.role === "patient"
          ? [{ id: principal.patientId }]
          : [
              ...[...new Set(ids)].map((id) => ({ id })),
              ...(ids
                ? []
                : [...new Set(nhsNumbers)].flatMap((n) => (n ? [{ nhsNumber: n }] : []))),
            ];
      return pageOfCandidates(candidates, query, async (candidate) => {
        const patient =
          "id" in candidate
            ? await getPatient(deps.db, deps.tableName, candidate.id)
            : await patientByNhsNumber(deps.db, deps.tableName, candidate.nhsNumber);
        if (!patient) return undefined;
        if (ids && !ids.includes(patient.id)) return undefined;
        if (nhsNumbers && !nhsNumbers.includes(patient.nhsNumber)) return undefined;
        if (!(await mayRead(deps, principal, patient))) return undefined;
        return patientResource(deps, patient);
      });
    },
  },
};
