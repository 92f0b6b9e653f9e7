export * from "./identifiers.ts";
export * from "./phb/index.ts";
export * from "./referral-resources.ts";
