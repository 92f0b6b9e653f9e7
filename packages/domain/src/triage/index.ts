export * from "./advice.ts";
export * from "./answers.ts";
export * from "./assess.ts";
export * from "./free-text.ts";
export * from "./questionnaire.ts";
export * from "./record.ts";
export * from "./red-flags.ts";
