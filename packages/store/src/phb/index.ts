export * from "./phb-applications.ts";
export * from "./phb-counts.ts";
export * from "./phb-review-reminders.ts";
export type * from "./records.ts";
