export * from "./records.ts";
export * from "./referrals.ts";
