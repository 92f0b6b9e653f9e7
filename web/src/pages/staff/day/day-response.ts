import type { StaffDayResponse } from "@front-door/contracts";
import {
  type Fields,
  guarded,
  isBoolean,
  isClockTime,
  isInstant,
  isKeyOf,
  isObject,
  isOptional,
  isString,
} from "../../../lib/response-guard.ts";
import { appointmentStatusTags, channelLabels, slotStatusTags } from "../../../lib/staff-labels.ts";

type DaySlot = StaffDayResponse["slots"][number];
type Appointment = NonNullable<DaySlot["appointment"]>;
type Patient = NonNullable<Appointment["patient"]>;

const isChannel = isKeyOf(channelLabels);
const isSlotStatus = isKeyOf(slotStatusTags);
const isAppointmentStatus = isKeyOf(appointmentStatusTags);
const isOptionalString = isOptional(isString);

function hasStrings(value: Fields, keys: readonly string[]): boolean {
  return keys.every((key) => isString(value[key]));
}

function isCarer(value: unknown): boolean {
  return (
    isObject(value) &&
    (value.kind === "carer" || value.kind === "advocate") &&
    isString(value.name) &&
    isBoolean(value.mayActOnMyBehalf)
  );
}

function isPatient(value: unknown): value is Patient {
  if (!isObject(value) || !isString(value.id) || !isOptionalString(value.preferredName)) {
    return false;
  }
  const { name, communication: needs } = value;
  return (
    isObject(name) &&
    hasStrings(name, ["given", "family"]) &&
    isObject(needs) &&
    isBoolean(needs.britishSignLanguage) &&
    isBoolean(needs.easyRead) &&
    isBoolean(needs.largePrint) &&
    isOptionalString(needs.interpreterLanguage) &&
    isOptionalString(needs.otherNeeds) &&
    isOptionalString(needs.accessibilityNeeds) &&
    (needs.carer === undefined || isCarer(needs.carer))
  );
}

function isAppointment(value: unknown): value is Appointment {
  return (
    isObject(value) &&
    hasStrings(value, ["id", "bookingReference"]) &&
    isAppointmentStatus(value.status) &&
    isChannel(value.channel) &&
    (value.bookedBy === "patient" || value.bookedBy === "staff") &&
    (value.patient === undefined || isPatient(value.patient))
  );
}

function isDaySlot(value: unknown): value is DaySlot {
  return (
    isObject(value) &&
    hasStrings(value, ["id", "templateId", "siteId", "service", "localDate"]) &&
    isChannel(value.channel) &&
    isSlotStatus(value.status) &&
    isBoolean(value.sameDayOnly) &&
    isInstant(value.start) &&
    isInstant(value.end) &&
    isClockTime(value.localStart) &&
    isClockTime(value.localEnd) &&
    isOptionalString(value.blockedReason) &&
    (value.appointment === undefined || isAppointment(value.appointment))
  );
}

/** The day list: what the page draws from each slot, checked without zod (see response-guard). */
export function isStaffDayResponse(value: unknown): value is StaffDayResponse {
  return (
    isObject(value) &&
    isObject(value.site) &&
    hasStrings(value.site, ["id", "name"]) &&
    isString(value.date) &&
    Array.isArray(value.slots) &&
    value.slots.every(isDaySlot)
  );
}

export const staffDayResponse = guarded(isStaffDayResponse);
