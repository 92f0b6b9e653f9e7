import { odsSystem } from "../identifiers.ts";

/** ODS codes: 3 to 10 capital letters and digits (ICBs QWO, practices B86001, sites RR801). */
const odsCode = /^[A-Z0-9]{3,10}$/;

/**
 * Every identifier under the ODS system, anywhere in a resource (references by identifier too),
 * that is not ODS-shaped; and every Organization without one, where `requireOnOrganizations`.
 */
export function odsIdentifierErrors(resource: unknown, requireOnOrganizations = false): string[] {
  const errors: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
      return;
    }
    if (!value || typeof value !== "object") return;
    const object = value as Record<string, unknown>;
    if (object.system === odsSystem && !odsCode.test(String(object.value ?? ""))) {
      errors.push(`${path}: "${String(object.value)}" is not an ODS code`);
    }
    if (requireOnOrganizations && object.resourceType === "Organization") {
      const ids = (object.identifier as { system?: string }[] | undefined) ?? [];
      if (!ids.some((id) => id.system === odsSystem)) errors.push(`${path}: no ODS identifier`);
    }
    for (const [key, child] of Object.entries(object)) walk(child, `${path}.${key}`);
  };
  walk(resource, "$");
  return errors;
}
