import type { Principal } from "@front-door/contracts";
import { findPhbOffer, phbTracker } from "@front-door/domain";
import type { PhbForFhir } from "@front-door/fhir";
import { getIcb, getPatient, getPhbApplication } from "@front-door/store";
import type { PhbDeps } from "./phb-shared.ts";

/**
 * A PHB application for its FHIR views, if the caller may read it: the person who applied
 * (for themselves, or for someone they act for) or the PHB team of its ICB. Anyone else is
 * told nothing (undefined: a 404, as with the application's own routes).
 */
export async function readablePhbForFhir(
  deps: PhbDeps,
  principal: Principal,
  applicationId: string,
): Promise<PhbForFhir | undefined> {
  const found = await getPhbApplication(deps.db, deps.tableName, applicationId);
  const record = found?.record;
  const allowed =
    record &&
    ((principal.role === "patient" && record.applicantPatientId === principal.patientId) ||
      (principal.role === "phb-team" && record.case.icbId === principal.icbId));
  if (!record || !allowed) return undefined;
  const [applicant, icb] = await Promise.all([
    getPatient(deps.db, deps.tableName, record.applicantPatientId),
    getIcb(deps.db, deps.tableName, record.case.icbId),
  ]);
  const applicantPerson = {
    nhsNumber: applicant?.nhsNumber ?? "",
    name: applicant ? `${applicant.name.given} ${applicant.name.family}` : "",
  };
  const other = record.forSomeoneElse;
  return {
    id: record.id,
    reference: record.reference,
    version: record.version,
    case: record.case,
    icb: {
      id: record.case.icbId,
      name: icb?.name ?? findPhbOffer(record.case.icbId)?.icbName ?? record.case.icbId,
      odsCode: icb?.odsCode,
    },
    person: other
      ? { nhsNumber: other.nhsNumber, name: `${other.givenName} ${other.familyName}` }
      : applicantPerson,
    ...(other ? { actingFor: applicantPerson } : {}),
    nextStep: phbTracker(record.case).nextStep,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
