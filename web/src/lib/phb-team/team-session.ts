import { claimNames } from "@front-door/contracts";
import { decodeJwtClaims, readSession, type Session } from "../session.ts";
import { approvalLimitOf } from "./plan-check.ts";

/**
 * Who is signed in, as the PHB pages need it: the token's subject (to say "you" and to take an
 * application) and their approval limit (to say whether they may sign a plan off). The API
 * decides both; these only shape what the page offers.
 */
export interface TeamMember {
  session: Session | undefined;
  userId: string | undefined;
  approvalLimitPence: number | undefined;
}

export function teamMember(): TeamMember {
  const session = readSession(sessionStorage);
  const claims = session ? decodeJwtClaims(session.token) : undefined;
  const sub = claims?.[claimNames.subject];
  return {
    session,
    userId: typeof sub === "string" ? sub : undefined,
    approvalLimitPence: approvalLimitOf(claims?.[claimNames.approvalLimitPence]),
  };
}
