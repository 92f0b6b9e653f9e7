export * from "./referral-resources.ts";
