import * as z from "zod/mini";

/** The four kinds of signed-in user. Cognito groups carry exactly these names. */
export const roles = ["patient", "receptionist", "clinician", "icb-analyst"] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/**
 * Who is calling, with the scope their role is limited to. Built by the function glue from the
 * JWT claims that API Gateway's authorizer (or the local runner) has already verified.
 */
export type Principal = (
  | { role: "patient"; userId: string; patientId: string; nhsNumber: string }
  | { role: "receptionist" | "clinician"; userId: string; siteId: string }
  | { role: "icb-analyst"; userId: string; icbId: string }
) & { displayName?: string };

/** Names of the token claims that carry role and scope (Cognito ID-token shape). */
export const claimNames = {
  subject: "sub",
  groups: "cognito:groups",
  displayName: "name",
  patientId: "custom:patient_id",
  nhsNumber: "custom:nhs_number",
  siteId: "custom:site_id",
  icbId: "custom:icb_id",
} as const;
