/**
 * Delegated limits: a member of the PHB team may sign off a plan whose annual total is within
 * their approval limit; above it, a decision-maker of the same ICB with a higher limit must.
 */
export type SignOffCheck =
  | { kind: "may-sign-off" }
  | { kind: "other-icb" }
  | { kind: "over-limit"; limitPence: number; planTotalPence: number };

export function signOffCheck(
  signer: { icbId: string; approvalLimitPence: number },
  plan: { icbId: string; annualTotalPence: number },
): SignOffCheck {
  if (signer.icbId !== plan.icbId) return { kind: "other-icb" };
  if (signer.approvalLimitPence < plan.annualTotalPence) {
    return {
      kind: "over-limit",
      limitPence: signer.approvalLimitPence,
      planTotalPence: plan.annualTotalPence,
    };
  }
  return { kind: "may-sign-off" };
}
