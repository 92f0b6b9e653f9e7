import { claimNames, type Principal, roles } from "@front-door/contracts";

export type Claims = Record<string, string | number | boolean | string[] | undefined>;

/**
 * API Gateway's JWT authorizer hands claims over as strings, and arrays as "[a b]". The local
 * runner does the same; a plain array is accepted too.
 */
export function claimList(value: Claims[string]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  const text = String(value).trim();
  if (text.startsWith("[") && text.endsWith("]")) {
    return text
      .slice(1, -1)
      .split(/[\s,]+/)
      .filter(Boolean);
  }
  return text === "" ? [] : [text];
}

const text = (value: Claims[string]): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/**
 * The caller's role and scope, or undefined when the claims do not describe exactly one known
 * role with the scope that role needs (which the glue answers with 403).
 */
export function principalFromClaims(claims: Claims): Principal | undefined {
  const userId = text(claims[claimNames.subject]);
  if (!userId) return undefined;
  const known = claimList(claims[claimNames.groups]).filter((group) =>
    (roles as readonly string[]).includes(group),
  );
  // A person in two role groups is a configuration error: refuse rather than guess.
  if (known.length !== 1) return undefined;
  const role = known[0] as Principal["role"];
  const displayName = text(claims[claimNames.displayName]);
  const principal = scoped(role, userId, claims);
  return principal && displayName ? { ...principal, displayName } : principal;
}

function scoped(role: Principal["role"], userId: string, claims: Claims): Principal | undefined {
  switch (role) {
    case "patient": {
      const patientId = text(claims[claimNames.patientId]);
      const nhsNumber = text(claims[claimNames.nhsNumber]);
      return patientId && nhsNumber ? { role, userId, patientId, nhsNumber } : undefined;
    }
    case "receptionist":
    case "clinician": {
      const siteId = text(claims[claimNames.siteId]);
      return siteId ? { role, userId, siteId } : undefined;
    }
    case "icb-analyst": {
      const icbId = text(claims[claimNames.icbId]);
      return icbId ? { role, userId, icbId } : undefined;
    }
    case "phb-team": {
      const icbId = text(claims[claimNames.icbId]);
      const limit = text(claims[claimNames.approvalLimitPence]);
      // Digits only: a limit that is not a whole number of pence is no limit at all.
      const approvalLimitPence = limit && /^\d{1,12}$/.test(limit) ? Number(limit) : undefined;
      return icbId && approvalLimitPence !== undefined
        ? { role, userId, icbId, approvalLimitPence }
        : undefined;
    }
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}
