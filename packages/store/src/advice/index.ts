export * from "./appointment-answer.ts";
export * from "./counts.ts";
export * from "./records.ts";
export * from "./requests.ts";
export * from "./settings.ts";
