import * as z from "zod/mini";

/** The kinds of signed-in user. Cognito groups carry exactly these names. */
export const roles = ["patient", "receptionist", "clinician", "icb-analyst", "phb-team"] as const;
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
  /**
   * An ICB's personal health budget team member (case manager or decision-maker): sees that
   * ICB's applications only, and signs off plans whose annual total is within their limit.
   */
  | { role: "phb-team"; userId: string; icbId: string; approvalLimitPence: number }
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
  /** Whole pence a year, as a string of digits (Cognito custom attributes are strings). */
  approvalLimitPence: "custom:approval_limit_pence",
} as const;
