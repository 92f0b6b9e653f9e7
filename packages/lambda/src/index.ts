export * from "./config.ts";
export * from "./fhir-errors.ts";
export * from "./http.ts";
export type * from "./idempotency-types.ts";
export * from "./principal.ts";
export * from "./responses.ts";
export * from "./short-lived-cache.ts";
export * from "./token-verifier.ts";
export type * from "./types.ts";
