export * from "./advice-fhir-input.ts";
export * from "./advice-resources.ts";
