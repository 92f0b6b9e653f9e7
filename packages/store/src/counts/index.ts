export * from "./sharded-counter.ts";
