export * from "./advice/index.ts";
export * from "./directory/index.ts";
export * from "./document-reference.ts";
export * from "./identifiers.ts";
export * from "./operation-outcome.ts";
export * from "./phb/index.ts";
export * from "./referral-resources.ts";
export * from "./server/index.ts";
