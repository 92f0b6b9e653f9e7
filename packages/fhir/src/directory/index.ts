export * from "./directory-input.ts";
export * from "./healthcare-service.ts";
export * from "./location.ts";
export * from "./organization.ts";
export * from "./questionnaire.ts";
export * from "./schedule.ts";
export * from "./service-types.ts";
export * from "./slot.ts";
