import type { SlotRecord } from "./slots.ts";

/**
 * What a slot must be for a hold, checked in the hold's own conditional write rather than by
 * reading the slot first. Each is optional; starts are UTC ISO 8601 as slots store them
 * (`toISOString`), so they compare as strings, in DynamoDB and here alike.
 */
export interface HoldRequirements {
  service?: string;
  /** The earliest start allowed (inclusive). */
  startsFrom?: string;
  /** Starts must be before this. */
  startsBefore?: string;
}

const fields = [
  ["service", "#service", ":requiredService", "="],
  ["startsFrom", "#start", ":startsFrom", ">="],
  ["startsBefore", "#start", ":startsBefore", "<"],
] as const;

/** The requirements as a condition expression fragment, with its names and values. */
export function holdRequirementsCondition(requirements: HoldRequirements): {
  expression: string;
  names: Record<string, string>;
  values: Record<string, string>;
} {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const [field, name, value, operator] of fields) {
    const required = requirements[field];
    if (required === undefined) continue;
    parts.push(`${name} ${operator} ${value}`);
    names[name] = name === "#service" ? "service" : "start";
    values[value] = required;
  }
  return { expression: parts.join(" AND "), names, values };
}

/**
 * The same requirements read in code, for a slot whose hold failed its condition: if the slot
 * meets them, what failed was its status (someone else holds or has booked it). String
 * comparison, as DynamoDB compares strings.
 */
export function meetsHoldRequirements(slot: SlotRecord, requirements: HoldRequirements): boolean {
  const { service, startsFrom, startsBefore } = requirements;
  if (service !== undefined && slot.service !== service) return false;
  if (startsFrom !== undefined && !(slot.start >= startsFrom)) return false;
  if (startsBefore !== undefined && !(slot.start < startsBefore)) return false;
  return true;
}
