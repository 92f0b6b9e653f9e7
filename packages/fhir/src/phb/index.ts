export * from "./care-plan.ts";
export * from "./phb-fhir-input.ts";
export * from "./phb-task.ts";
