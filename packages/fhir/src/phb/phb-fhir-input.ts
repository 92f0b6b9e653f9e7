import type { PhbCase } from "@front-door/domain";
import { frontDoorSystem } from "../referral-resources.ts";

/** What the FHIR views of a PHB application are made from: the stored case and its context. */
export interface PhbForFhir {
  id: string;
  /** Short, for the phone: "PHB-7K2Q9D". */
  reference: string;
  version: number;
  case: PhbCase;
  icb: { id: string; name: string; odsCode?: string | undefined };
  /** The person the budget is for (the applicant, or whoever they applied for). */
  person: { nhsNumber: string; name: string };
  /** Who applied for them, when that was someone else. */
  actingFor?: { nhsNumber: string; name: string };
  /** What happens next, in the tracker's words. */
  nextStep: string;
  createdAt: string;
  updatedAt: string;
}

export const phbReferenceSystem = `${frontDoorSystem}/Id/phb-reference`;

/** The Task for an application's progress: prefixed, so Task ids of the journeys never clash. */
export function phbTaskId(applicationId: string): string {
  return `phb-${applicationId}`;
}
