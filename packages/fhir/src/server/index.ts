export * from "./capability-statement.ts";
export * from "./searchset-bundle.ts";
