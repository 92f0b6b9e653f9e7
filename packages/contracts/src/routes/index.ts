/** Every route as its own export, for function entries (see route-table.ts). */
export * from "./advice.ts";
export * from "./core.ts";
export * from "./documents.ts";
export * from "./fhir.ts";
export * from "./phb.ts";
export * from "./same-day-patient.ts";
export * from "./self-referral.ts";
export * from "./staff.ts";
