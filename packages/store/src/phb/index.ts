export * from "./phb-applications.ts";
export * from "./phb-counts.ts";
export type * from "./records.ts";
