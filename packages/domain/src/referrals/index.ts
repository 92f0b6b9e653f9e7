export * from "./age.ts";
export * from "./answers.ts";
export * from "./enablement.ts";
export * from "./questionnaire-load.ts";
export * from "./questionnaire-model.ts";
export * from "./questionnaire-response.ts";
export * from "./response-validation.ts";
