import type { ServiceCode } from "@front-door/contracts";
import type { Slot } from "@medplum/fhirtypes";
import { frontDoorSystem } from "../referral-resources.ts";
import { profiled, siteServiceId } from "./directory-input.ts";
import { serviceTypeOf } from "./service-types.ts";

/** What the Slot view needs of a stored slot. */
export interface SlotForFhir {
  id: string;
  siteId: string;
  service: ServiceCode;
  channel: "in-person" | "telephone" | "video";
  /** UTC instants, ISO 8601. */
  start: string;
  end: string;
}

/** FHIR Slot.status, as the caller should read it (see the Slot type's status rule). */
export type FhirSlotStatus =
  | "free"
  | "busy"
  | "busy-unavailable"
  | "busy-tentative"
  | "entered-in-error";

/**
 * Slot ids: the store's id (`<siteId>_<service>_<channel>_<yyyymmdd>_<hhmm>_<n>`) with each "_"
 * as "." (FHIR ids allow letters, digits, "-" and "."; the store's ids have no ".").
 */
export const fhirSlotId = (slotId: string) => slotId.replaceAll("_", ".");
export const slotIdOfFhir = (id: string) => id.replaceAll(".", "_");

/** How the appointment happens: no UK Core or GP Connect R4 element, so an extension of ours. */
export const deliveryChannelExtension = `${frontDoorSystem}/StructureDefinition/delivery-channel`;

/** A slot: Slot/<id>, on Schedule/<siteId>.<service>. Nothing in it names who holds or booked it. */
export function slotOf(slot: SlotForFhir, status: FhirSlotStatus): Slot & { id: string } {
  return {
    resourceType: "Slot",
    id: fhirSlotId(slot.id),
    ...profiled("Slot"),
    extension: [{ url: deliveryChannelExtension, valueCode: slot.channel }],
    serviceType: [serviceTypeOf(slot.service)],
    schedule: { reference: `Schedule/${siteServiceId(slot.siteId, slot.service)}` },
    status,
    start: slot.start,
    end: slot.end,
  };
}
